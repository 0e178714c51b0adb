import TestSupport
import Testing

@testable import Planner

/// A plan keeps building the next period's pipeline once its own prospecting is over, or when it needs none.
struct NextPeriodTests {
    @Test func theWorkedExampleBuildsNextYearsPipelineInItsClosingWeeks() throws {
        let plan = try Planner.plan(markRivera())
        let next = try #require(plan.nextPeriod)
        #expect(next.from == day("2027-11-08"))
        #expect(next.end == day("2028-12-31"))
        // 320 first meetings for next year's $1.2M, over Nov 8, 2027 – Dec 30, 2028 less its 8-week cycle and 6 weeks off.
        #expect(next.weeklyMeetings == 7)
        let targets = plan.weekTargets
        let closing = targets.filter { $0.week >= day("2027-11-08") }
        #expect(closing.count == 8)
        #expect(closing.allSatisfy { $0.isForNextPeriod })
        #expect(closing.dropLast().allSatisfy { $0.meetings == 7 })
        // This period's weeks still add up to what it asks: 8 a week over 38.14 prospecting weeks and 6 undated weeks off.
        #expect(targets.map { $0.meetings - $0.nextPeriodMeetings }.reduce(0, +) == 353)
        #expect(targets.filter { $0.week < day("2027-11-08") }.allSatisfy { $0.nextPeriodMeetings == 0 })
    }

    /// A nine-month cycle: this year's deals must be started in its first weeks; the rest of the year fills next year's.
    @Test func anEnterprisePlanKeepsATargetAfterItsShortWindow() throws {
        var inputs = markRivera()
        inputs.dealSize = 150_000
        inputs.openOpportunities = 0
        inputs.salesCycleWeeks = 39
        let plan = try Planner.plan(inputs)
        #expect(plan.totals.meetings == 64)
        expectClose(plan.calendar.prospectingWeeks, 7.142857, within: 1e-5)
        #expect(plan.weekly.meetings == 9)
        let next = try #require(plan.nextPeriod)
        // 7.14 prospecting weeks and the 6 weeks off the rep takes where they fall: the window ends Apr 4.
        #expect(next.from == day("2027-04-05"))
        #expect(next.weeklyMeetings == 2)
        let after = plan.weekTargets.filter { $0.week >= next.from }
        #expect(after.count == 39)
        #expect(after.allSatisfy { $0.isForNextPeriod && $0.meetings <= 2 })
        #expect(after.map(\.meetings).reduce(0, +) >= 2 * 38)
        #expect(after.first?.activities.first?.count == 40)
    }

    @Test func aGoalAlreadyMetStillBuildsThePipeline() throws {
        var inputs = markRivera()
        inputs.closedToDate = 1_300_000
        let plan = try Planner.plan(inputs)
        #expect(plan.weekly.meetings == 0)
        let next = try #require(plan.nextPeriod)
        #expect(next.from == plan.calendar.start)
        let targets = plan.weekTargets
        #expect(targets.dropFirst().allSatisfy { $0.isForNextPeriod })
        #expect(targets[5].meetings == next.weeklyMeetings)
    }

    @Test func aLastPeriodBuildsNothingAfterIt() throws {
        var inputs = markRivera()
        inputs.lastPeriod = true
        let plan = try Planner.plan(inputs)
        #expect(plan.nextPeriod == nil)
        #expect(plan.weekTargets.allSatisfy { $0.nextPeriodMeetings == 0 })
        #expect(plan.weekTargets.last?.meetings == 0)
    }
}
