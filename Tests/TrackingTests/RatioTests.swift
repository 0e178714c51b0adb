import Planner
import TestSupport
import Testing

@testable import Tracking

/// Actuals, recalibrated ratios, pacing, the catch-up plan and capacity, with worked numbers.
struct RatioTests {
    let weeks = fourWeeks(calls: 600, booked: 12, held: 12, created: 4, won: 1, lost: 1, revenue: 12_000)

    @Test func actualsWithTheirSampleSizes() throws {
        let a = Actuals(plan: try patQuinn(), totals: CheckInTotals(weeks))
        #expect(a.attemptsPerMeeting.first?.measured == Measured(value: 2_400.0 / 48, sample: 48))
        #expect(a.meetingToOpportunity == Measured(value: 16.0 / 48, sample: 48))
        #expect(a.closeRate == Measured(value: 0.5, sample: 8))
        #expect(a.dealSize == Measured(value: 12_000, sample: 4))
    }

    @Test func closeRateCountsResolvedOpportunitiesOnly() throws {
        let open = fourWeeks(calls: 600, booked: 12, held: 12, created: 4, won: 0, lost: 0, revenue: 0)
        #expect(Actuals(plan: try patQuinn(), totals: CheckInTotals(open)).closeRate == Measured(value: nil, sample: 0))
    }

    @Test func blendedIsSuccessesPlusKPlannedOverTrialsPlusK() throws {
        let r = Recalibration(plan: try patQuinn(), totals: CheckInTotals(weeks))
        // Close: (4 + 10 × 0.25) ÷ (8 + 10) = 6.5 ÷ 18.
        expectClose(r.closeRate.blended, 6.5 / 18, within: 1e-12)
        #expect(r.closeRate.small)
        // Meetings to opportunities: (16 + 10 × 0.5) ÷ (48 + 10) = 21 ÷ 58.
        expectClose(r.meetingToOpportunity.blended, 21.0 / 58, within: 1e-12)
        // Deal size: (48,000 + 10 × 10,000) ÷ (4 + 10).
        expectClose(r.dealSize.blended, 148_000.0 / 14, within: 1e-9)
        // Calls: the meeting rate blends, k = 10 meetings' worth = 400 attempts: (48 + 400 × 1/40) ÷ (2,400 + 400).
        let calls = try #require(r.attemptsPerMeeting["calls"])
        expectClose(calls.blended, 2_800.0 / 58, within: 1e-9)
        #expect(calls.k == 400)
        #expect(!calls.small)
    }

    @Test func pacingThisWeekAndSoFar() throws {
        let plan = try patQuinn()
        let p = Pacing.make(plan: plan, checkIns: weeks, week: day("2027-01-18"))
        #expect(p.weeks == 3)
        #expect(p.thisWeek.first == Pace(measure: .activity("calls"), target: 760, actual: 600))
        #expect(p.soFar.first == Pace(measure: .activity("calls"), target: 2_280, actual: 1_800))
        #expect(p.soFar[1] == Pace(measure: .meetings, target: 57, actual: 36))
        // Said of the weeks so far, as the table's percentages are: 79% of the calls is not "the activity is there".
        #expect(p.verdict == .behindMeetingsMost(activity: "calls", activityShare: 1_800.0 / 2_280, meetingsShare: 36.0 / 57))
        // Revenue to the end of the week against the goal pro-rated by the days of the period gone (Jan 4 – Jan 24).
        #expect(p.revenue.goal == 300_000)
        expectClose(p.revenue.proRated, 300_000 * 21.0 / 91, within: 1e-6)
        #expect(Pacing.make(plan: plan, checkIns: weeks, week: day("2027-01-18")).weeks == 3)
    }

    @Test func verdictsCompareActivityWithMeetings() {
        func paces(_ activity: Double, _ meetings: Double) -> [Pace] {
            [Pace(measure: .activity("calls"), target: 100, actual: activity), Pace(measure: .meetings, target: 10, actual: meetings)]
        }
        let weights = ["calls": 0.1]
        #expect(
            Pacing.verdict(paces(70, 10), meetingsPerAttempt: weights)
                == .convertingBetter(activity: "calls", activityShare: 0.7, meetingsShare: 1))
        #expect(Pacing.verdict(paces(100, 10), meetingsPerAttempt: weights) == .onPlan)
        #expect(
            Pacing.verdict(paces(100, 5), meetingsPerAttempt: weights)
                == .convertingWorse(activity: "calls", activityShare: 1, meetingsShare: 0.5))
        #expect(
            Pacing.verdict(paces(50, 4), meetingsPerAttempt: weights)
                == .behind(activity: "calls", activityShare: 0.5, meetingsShare: 0.4))
        // Several activities weigh by the meetings each attempt should book: 40 calls and 2 events make one meeting each.
        let mixed = [
            Pace(measure: .activity("calls"), target: 400, actual: 400), Pace(measure: .activity("events"), target: 2, actual: 0),
            Pace(measure: .meetings, target: 11, actual: 10),
        ]
        guard case .behind(let name, let share, _) = Pacing.verdict(mixed, meetingsPerAttempt: ["calls": 0.025, "events": 0.5]) else {
            Issue.record("expected behind")
            return
        }
        #expect(name == Pacing.allActivities)
        expectClose(share, 10.0 / 11, within: 1e-12)
    }

    @Test func withPlannedRatiosTheCatchUpIsAFreshPlanFromTheSameInputs() throws {
        let plan = try patQuinn()
        let revisit = try Revisit(previous: plan, checkIns: weeks, choices: .init(today: day("2027-02-01"), ratios: .planned))
        var fresh = plan.inputs
        fresh.asOf = day("2027-02-01")
        fresh.closedToDate = 48_000
        fresh.openOpportunities = 16 - 4 - 4
        let expected = try Planner.plan(fresh)
        #expect(revisit.plan.totals == expected.totals)
        #expect(revisit.plan.weekly == expected.weekly)
        #expect(revisit.plan.confidence == expected.confidence)
        #expect(revisit.plan.inputs.closeRate == 0.25)
        #expect(revisit.plan.revision == 2)
        #expect(revisit.plan.revisions.map(\.ratios) == ["planned"])
    }

    @Test func theCatchUpUsesTheChosenRatios() throws {
        let plan = try patQuinn()
        let actual = try Revisit(previous: plan, checkIns: weeks, choices: .init(today: day("2027-02-01"), ratios: .actual))
        #expect(actual.plan.inputs.closeRate == 0.5)
        #expect(actual.plan.inputs.channels.first?.attemptsPerMeeting == 50)
        let blended = try Revisit(previous: plan, checkIns: weeks, choices: .init(today: day("2027-02-01")))
        expectClose(blended.plan.inputs.closeRate, 6.5 / 18, within: 1e-12)
        let open = try Revisit(previous: plan, checkIns: weeks, choices: .init(today: day("2027-02-01"), openOpportunities: 3))
        #expect(open.plan.inputs.openOpportunities == 3)
    }

    @Test func eachCapacityLeverFitsTheHoursAndNoLess() throws {
        let plan = try patQuinn()
        let capacity = Capacity(plan: plan, hours: 20)
        // 38 h of activities and 19 first meetings of 45 min.
        expectClose(capacity.needed, 38 + 19 * 0.75, within: 1e-9)
        #expect(!capacity.fits)
        for lever in capacity.levers {
            guard let to = lever.to else { continue }
            var inputs = plan.inputs
            var worse = plan.inputs
            switch lever.ratio {
            case .closeRate:
                inputs.closeRate = to
                worse.closeRate = to - 0.01
            case .meetingToOpportunity:
                inputs.meetingToOpportunity = to
                worse.meetingToOpportunity = to - 0.01
            case .dealSize:
                inputs.dealSize = to
                worse.dealSize = to * 0.97
            case .attemptsPerMeeting:
                inputs.channels[0].attemptsPerMeeting = to
                worse.channels[0].attemptsPerMeeting = to * 1.05
            }
            #expect(try Planner.plan(inputs).weeklyHours <= 20 + 1e-9, "\(lever)")
            #expect(try Planner.plan(worse).weeklyHours > 20, "\(lever)")
        }
        let goal = try #require(capacity.goalThatFits)
        var fits = plan.inputs
        fits.goal = goal
        #expect(try Planner.plan(fits).weeklyHours <= 20 + 1e-9)
        #expect(Capacity(plan: plan, hours: 53).fits)
    }
}
