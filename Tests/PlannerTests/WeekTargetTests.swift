import TestSupport
import Testing

@testable import Planner

/// The one set of weekly targets: each week's share of a prospecting week, and figures that add up.
struct WeekTargetTests {
    @Test(arguments: PropertyTests.seeds)
    func theWeeksAddUpToThePlansMeetingsAndActivities(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var inputs = PropertyTests().randomInputs(&random)
        // A start on any day of the week, a period of any length, time off on dates anywhere in it (edges included,
        // overlapping or not) and some more said only as a count.
        let first = day("2027-01-01")
        inputs.asOf = first.adding(days: Int.random(in: 0...6, using: &random))
        let length = Int.random(in: 70...400, using: &random)
        inputs.period = Period(start: first, end: first.adding(days: length))
        inputs.datesOff = (0..<Int.random(in: 0...3, using: &random)).map { _ in
            let from = first.adding(days: Int.random(in: 0...length, using: &random))
            return DatesOff(from: from, to: min(inputs.period.end, from.adding(days: Int.random(in: 0...20, using: &random))))
        }
        let undated = Double(Int.random(in: 0...3, using: &random))
        inputs.weeksOff = undated + inputs.datesOff.weeks(within: inputs.period, from: inputs.asOf, workingDays: inputs.workingDays)
        // This period's weeks alone; with a next period after it, the same weeks hold its pipeline's on top.
        let withNext = try Planner.plan(inputs)
        inputs.lastPeriod = true
        let plan = try Planner.plan(inputs)
        let targets = plan.weekTargets
        let nextTargets = withNext.weekTargets
        #expect(zip(targets, nextTargets).allSatisfy { $0.meetings == $1.meetings - $1.nextPeriodMeetings })
        if let next = withNext.nextPeriod {
            #expect(nextTargets.allSatisfy { $0.nextPeriodMeetings == 0 || $0.week.adding(days: 6) >= next.from })
            #expect(nextTargets.allSatisfy { $0.nextPeriodMeetings <= next.weeklyMeetings })
        }
        #expect(targets.map(\.week) == plan.weekStarts)
        guard plan.feasible else { return }
        // The prospecting weeks, and the weeks off that fall where the rep takes them (each a full week's targets).
        let weeks = plan.calendar.prospectingWeeks + undated
        #expect(abs(targets.map(\.share).reduce(0, +) - weeks) < 1e-9, "the shares are the prospecting weeks")
        #expect(targets.allSatisfy { (0...1 + 1e-9).contains($0.share) })
        let meetings = Double(plan.weekly.meetings) * weeks
        #expect(abs(Double(targets.map(\.meetings).reduce(0, +)) - meetings) <= 0.5 + 1e-9, "weekly meetings × the weeks, rounded")
        for (a, weekly) in plan.activityTargets.enumerated() {
            let sum = targets.map { $0.activities[a].count }.reduce(0, +)
            #expect(abs(Double(sum) - Double(weekly.count) * weeks) <= 0.5 + 1e-9, "\(weekly.name)")
        }
        #expect(targets.allSatisfy { $0.meetings <= plan.weekly.meetings }, "no week asks more than a full week")
        for target in targets where plan.isAway(week: target.week) {
            #expect(target.meetings == 0 && target.activities.allSatisfy { $0.count == 0 }, "a week away asks nothing")
        }
    }

    @Test func weeksAwayOnDatesAskNothingAndTheOthersAddUp() throws {
        // The worked example with its six weeks off: Aug 2–13 and two weeks in March on dates, two more undated.
        var inputs = markRivera()
        inputs.datesOff = [
            DatesOff(from: day("2027-03-01"), to: day("2027-03-12")), DatesOff(from: day("2027-08-02"), to: day("2027-08-13")),
        ]
        inputs.lastPeriod = true
        let plan = try Planner.plan(inputs)
        #expect(plan.weekly.meetings == 8 && plan.calendar.prospectingWeeks == 38 + 1.0 / 7, "the contract's figures are unchanged")
        let targets = plan.weekTargets
        let away = targets.filter { $0.meetings == 0 && $0.week < day("2027-11-01") }.map(\.week)
        #expect(away == [day("2027-03-01"), day("2027-03-08"), day("2027-08-02"), day("2027-08-09")])
        #expect(away.allSatisfy(plan.isAway))
        // 38.14 prospecting weeks and the 2 undated weeks off at 8 a week: 321.1, so 321 (353 less the 4 weeks away);
        // the closing weeks are the last 8 as before, from five days into the week of Nov 1.
        #expect(targets.map(\.meetings).reduce(0, +) == 321)
        #expect(targets.map { $0.activities[0].count }.reduce(0, +) == 6_423, "160 calls × 40.14 weeks")
        let november = try #require(targets.first { $0.week == day("2027-11-01") })
        expectClose(november.share, 5.0 / 7, within: 1e-9)
        #expect(targets.filter { $0.week > day("2027-11-01") }.allSatisfy { $0.meetings == 0 })
        // A week partly away asks its part: three days of five.
        inputs.datesOff = [DatesOff(from: day("2027-05-10"), to: day("2027-05-11"))]
        let part = try #require(try Planner.plan(inputs).weekTargets.holding(day("2027-05-10")))
        #expect(abs(part.share - 0.6) < 1e-9 && part.meetings == 5)
    }

    @Test func theWorkedExamplesWeeks() throws {
        // The contract's worked example: 8 meetings and 160 calls a week, Jan 1 to Dec 31 2027, an 8-week cycle; its
        // last period, so the closing weeks hold no next period's pipeline (NextPeriodTests has those).
        var inputs = markRivera()
        inputs.lastPeriod = true
        let plan = try Planner.plan(inputs)
        let targets = plan.weekTargets
        #expect(targets.first?.share == 3.0 / 7, "Jan 1–3")
        #expect(targets.first?.meetings == 3)
        #expect(targets[1].meetings == 8)
        // 365 days ÷ 7 − 8 = 44.14 weeks: prospecting ends on day 309, Nov 6, five days into the week of Nov 1.
        let november = try #require(targets.first { $0.week == day("2027-11-01") })
        expectClose(november.share, 5.0 / 7, within: 1e-9)
        #expect(
            targets.filter { $0.week > day("2027-11-01") }.allSatisfy { $0.meetings == 0 && $0.activities.allSatisfy { $0.count == 0 } })
        #expect(targets.map(\.meetings).reduce(0, +) == 353)
        #expect(plan.weekTargets.holding(day("2027-01-13"))?.week == day("2027-01-11"))
    }
}
