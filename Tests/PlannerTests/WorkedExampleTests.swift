import CustomDump
import TestSupport
import Testing

@testable import Planner

/// The contract's worked example, figure by figure.
struct WorkedExampleTests {
    let plan: Plan

    init() throws {
        plan = try Planner.plan(markRivera())
    }

    @Test func calendar() {
        #expect(plan.calendar.days == 365)
        expectClose(plan.calendar.prospectingWeeks, 38.142857, within: 1e-6)
        expectClose(plan.calendar.months, 11.991786, within: 1e-6)
        #expect(plan.calendar.start == day("2027-01-01"))
    }

    @Test func funnel() {
        expectNoDifference(
            plan.totals, Plan.Totals(remainingGoal: 1_200_000, deals: 40, opportunities: 150, meetings: 300))
        expectNoDifference(plan.monthly, Plan.Monthly(deals: 4, opportunities: 16))
    }

    @Test func weeklyAndDaily() {
        expectNoDifference(
            plan.weekly,
            Plan.Weekly(
                meetings: 8,
                activities: [
                    .init(name: "calls", count: 160, minutes: 480),
                    .init(name: "referral asks", count: 8, minutes: 80),
                    .init(name: "networking events", count: 1, minutes: 120),
                ]))
        expectNoDifference(
            plan.daily,
            Plan.Daily(
                meetings: 2,
                activities: [
                    .init(name: "calls", count: 32, byDay: [32, 32, 32, 32, 32]),
                    .init(name: "referral asks", count: 2, byDay: [2, 2, 2, 1, 1]),
                    .init(name: "networking events", count: 1, byDay: [1, 0, 0, 0, 0]),
                ]))
    }

    @Test func confidence() {
        expectClose(plan.confidence.chanceOfGoal, 0.567, within: 5e-4)
        #expect(plan.confidence.weeklyMeetingsFor80Percent == 9)
        #expect(plan.confidence.plannedMeetings == 305)
        #expect(plan.feasible)
        #expect(plan.warnings.isEmpty)
        #expect(plan.slug == "mark-rivera")
    }
}
