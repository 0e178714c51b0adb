import TestSupport
import Testing

@testable import Planner

/// The contract's edge cases: rounding, goal reached, infeasible, pipeline covers, the income route.
struct EdgeCaseTests {
    @Test func roundingTreatsNearWholeNumbersAsWhole() {
        #expect(Rounding.up(7 / 0.35) == 20)
        #expect(Rounding.up(20.000_000_000_1) == 20)
        #expect(Rounding.up(20.01) == 21)
        #expect(Rounding.down(19.999_999_999_9) == 20)
        #expect(Rounding.down(19.99) == 19)
    }

    @Test func sevenDealsAtThirtyFivePercentNeedTwentyOpportunities() throws {
        // Example 04: 7 ÷ 0.35 is exactly 20 in arithmetic, 20.000000000000004 in floating point.
        let inputs = PlanInputs(
            rep: "Lee Park", period: period("2027-01-01", "2027-06-30"), asOf: day("2027-01-01"), goal: 175_000,
            dealSize: 25_000, closeRate: 0.35, meetingToOpportunity: 0.4)
        let plan = try Planner.plan(inputs)
        #expect(plan.totals.deals == 7)
        #expect(plan.totals.opportunities == 20)
        #expect(plan.totals.meetings == 50)
        #expect(plan.weekly.meetings == 2)
        expectClose(plan.confidence.chanceOfGoal, 0.584, within: 5e-4)
        #expect(plan.confidence.weeklyMeetingsFor80Percent == 3)
    }

    @Test func goalAlreadyReachedGivesZerosAndAWarning() throws {
        var inputs = simpleInputs(goal: 500_000, dealSize: 20_000)
        inputs.period = period("2027-01-01", "2027-12-31")
        inputs.asOf = day("2027-10-01")
        inputs.closedToDate = 520_000
        inputs.channels = [Channel(name: "calls", attemptsPerMeeting: 30, share: 1)]
        let plan = try Planner.plan(inputs)
        #expect(plan.totals == Plan.Totals(remainingGoal: 0, deals: 0, opportunities: 0, meetings: 0))
        #expect(plan.weekly.meetings == 0)
        #expect(plan.weekly.activities.map(\.count) == [0])
        #expect(plan.monthly == Plan.Monthly(deals: 0, opportunities: 0))
        #expect(plan.confidence.chanceOfGoal == 1)
        #expect(plan.confidence.weeklyMeetingsFor80Percent == 0)
        #expect(plan.warnings == [.goalReached])
    }

    @Test func tooLittleTimeIsInfeasibleAndComputedOverOneWeek() throws {
        let inputs = PlanInputs(
            rep: "Tom Reed", profile: .under, period: period("2027-01-01", "2027-03-31"), asOf: day("2027-03-10"),
            goal: 90_000, dealSize: 15_000, closeRate: 0.25, meetingToOpportunity: 0.5, salesCycleWeeks: 6)
        let plan = try Planner.plan(inputs)
        #expect(!plan.feasible)
        // 48 first meetings in one week: too late says it; the realism gate holds it back all the same.
        #expect(plan.warnings == [.infeasible])
        #expect(plan.isBeyondReach)
        #expect(plan.calendar.days == 22)
        expectClose(plan.calendar.prospectingWeeks, -2.857143, within: 1e-6)
        #expect(plan.weekly.meetings == 48)
        #expect(plan.daily.meetings == 10)
        #expect(plan.monthly == Plan.Monthly(deals: 9, opportunities: 36))
        expectClose(plan.confidence.chanceOfGoal, 0.565, within: 5e-4)
        #expect(plan.confidence.weeklyMeetingsFor80Percent == 62)
    }

    @Test func openPipelineCoveringTheGoalNeedsNoNewMeetings() throws {
        let inputs = PlanInputs(
            rep: "Kim Zhao", period: period("2027-10-01", "2027-12-31"), asOf: day("2027-10-01"), goal: 200_000,
            dealSize: 40_000, closeRate: 0.25, meetingToOpportunity: 0.5, openOpportunities: 24, workingDays: 4)
        let plan = try Planner.plan(inputs)
        #expect(plan.totals == Plan.Totals(remainingGoal: 200_000, deals: 5, opportunities: 0, meetings: 0))
        #expect(plan.weekly.meetings == 0)
        #expect(plan.monthly == Plan.Monthly(deals: 2, opportunities: 8))
        expectClose(plan.confidence.chanceOfGoal, 0.753, within: 5e-4)
        #expect(plan.confidence.weeklyMeetingsFor80Percent == 1)
        #expect(plan.warnings == [.pipelineCovers])
    }

    @Test func incomeRouteWorksOutTheRevenueGoal() throws {
        let route = IncomeRoute(incomeGoal: 180_000, baseSalary: 60_000, commissionRate: 0.1)
        #expect(route.revenueGoal == 1_200_000)
        let inputs = PlanInputs(
            rep: "Sam Okafor", period: period("2027-07-01", "2027-12-31"), asOf: day("2027-06-01"),
            goal: route.revenueGoal, incomeRoute: route, dealSize: 8_000, closeRate: 0.3, meetingToOpportunity: 0.6,
            channels: [
                Channel(name: "calls", attemptsPerMeeting: 25, share: 0.5),
                Channel(name: "emails", attemptsPerMeeting: 80, share: 0.5),
            ])
        let plan = try Planner.plan(inputs)
        #expect(plan.totals == Plan.Totals(remainingGoal: 1_200_000, deals: 150, opportunities: 500, meetings: 834))
        #expect(plan.weekly.meetings == 32)
        #expect(
            plan.weekly.activities == [
                .init(name: "calls", count: 400, minutes: nil), .init(name: "emails", count: 1280, minutes: nil),
            ])
        #expect(plan.daily.meetings == 7)
        expectClose(plan.confidence.chanceOfGoal, 0.563, within: 5e-4)
        #expect(plan.confidence.weeklyMeetingsFor80Percent == 34)
    }

    @Test func incomeRouteRoundsUpToAWholeDollar() {
        #expect(IncomeRoute(incomeGoal: 100_000, baseSalary: 0, commissionRate: 0.3).revenueGoal == 333_334)
    }

    @Test func fourDayWeekSpreadsTheRemainderOverTheFirstDays() throws {
        let inputs = PlanInputs(
            rep: "Jo Brandt", period: period("2027-02-01", "2027-04-25"), asOf: day("2027-02-01"), goal: 96_000,
            dealSize: 4_000, closeRate: 0.4, meetingToOpportunity: 0.75, weeksOff: 2.5, workingDays: 4,
            channels: [Channel(name: "walk-ins", attemptsPerMeeting: 6, share: 1, minutesPerAttempt: 15)])
        let plan = try Planner.plan(inputs)
        #expect(plan.calendar.prospectingWeeks == 9.5)
        #expect(plan.weekly.meetings == 9)
        #expect(plan.daily.activities == [.init(name: "walk-ins", count: 14, byDay: [14, 14, 13, 13])])
        #expect(plan.daily.meetings == 3)
    }

    @Test func aPlanMadeAfterThePeriodIsRefused() {
        var inputs = simpleInputs()
        inputs.asOf = day("2027-07-01")
        #expect(throws: Planner.Refusal.asOfAfterPeriod(asOf: day("2027-07-01"), end: day("2027-06-30"))) {
            try Planner.plan(inputs)
        }
    }

    @Test func theStartIsTheLaterOfPeriodStartAndToday() throws {
        var inputs = simpleInputs()
        inputs.asOf = day("2027-04-01")
        let plan = try Planner.plan(inputs)
        #expect(plan.calendar.start == day("2027-04-01"))
        #expect(plan.calendar.days == 91)
    }

    @Test func exactBinomialMatchesAHandCount() {
        // P(Bin(2, 0.5) ≥ 1) = 3/4; with one open opportunity at 50% too, P(Bin(3, .5) ≥ 2) = 1/2.
        expectClose(Binomial.chanceOfAtLeast(1, trials: 2, success: 0.5, plus: 0, success: 0.3), 0.75, within: 1e-12)
        expectClose(Binomial.chanceOfAtLeast(2, trials: 2, success: 0.5, plus: 1, success: 0.5), 0.5, within: 1e-12)
        #expect(Binomial.chanceOfAtLeast(3, trials: 2, success: 1, plus: 0, success: 0) == 0)
        #expect(Binomial.chanceOfAtLeast(0, trials: 0, success: 0.5, plus: 0, success: 0.5) == 1)
    }

    @Test func slugs() {
        #expect(Slug.make("Mark O'Neil") == "mark-o-neil")
        #expect(Slug.make("  Ana   López ") == "ana-lopez")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("...") == "rep")
        #expect(Slug.make(".") == "rep")
    }
}
