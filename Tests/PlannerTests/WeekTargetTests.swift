import Testing
import TestSupport
@testable import Planner

/// The one set of weekly targets: each week's share of a prospecting week, and figures that add up.
struct WeekTargetTests {
    @Test(arguments: PropertyTests.seeds)
    func theWeeksAddUpToThePlansWeeklyFiguresOverTheProspectingWindow(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var inputs = PropertyTests().randomInputs(&random)
        // A start on any day of the week, and a period of any length.
        inputs.asOf = day("2027-01-01").adding(days: Int.random(in: 0...6, using: &random))
        inputs.period = Period(start: day("2027-01-01"), end: day("2027-01-01").adding(days: Int.random(in: 70...400, using: &random)))
        let plan = try Planner.plan(inputs)
        let targets = plan.weekTargets
        #expect(targets.map(\.week) == plan.weekStarts)
        guard plan.feasible else { return }
        let window = max(0, plan.calendar.calendarWeeks - inputs.salesCycleWeeks)
        #expect(abs(targets.map(\.share).reduce(0, +) - window) < 1e-9, "the shares are the prospecting window's weeks")
        #expect(targets.allSatisfy { (0...1).contains($0.share) })
        let meetings = Double(plan.weekly.meetings) * window
        #expect(abs(Double(targets.map(\.meetings).reduce(0, +)) - meetings) <= 0.5 + 1e-9, "weekly meetings × the window, rounded")
        for (a, weekly) in plan.activityTargets.enumerated() {
            let sum = targets.map { $0.activities[a].count }.reduce(0, +)
            #expect(abs(Double(sum) - Double(weekly.count) * window) <= 0.5 + 1e-9, "\(weekly.name)")
        }
        #expect(targets.allSatisfy { $0.meetings <= plan.weekly.meetings }, "no week asks more than a full week")
    }

    @Test func theWorkedExamplesWeeks() throws {
        // The contract's worked example: 8 meetings and 160 calls a week, Jan 1 to Dec 31 2027, an 8-week cycle.
        let plan = try Planner.plan(markRivera())
        let targets = plan.weekTargets
        #expect(targets.first?.share == 3.0 / 7, "Jan 1–3")
        #expect(targets.first?.meetings == 3)
        #expect(targets[1].meetings == 8)
        // 365 days ÷ 7 − 8 = 44.14 weeks: prospecting ends on day 309, Nov 6, five days into the week of Nov 1.
        let november = try #require(targets.first { $0.week == day("2027-11-01") })
        #expect(abs(november.share - 5.0 / 7) < 1e-9)
        #expect(targets.filter { $0.week > day("2027-11-01") }.allSatisfy { $0.meetings == 0 && $0.activities.allSatisfy { $0.count == 0 } })
        #expect(targets.map(\.meetings).reduce(0, +) == 353)
        #expect(plan.target(for: day("2027-01-13"))?.week == day("2027-01-11"))
    }
}
