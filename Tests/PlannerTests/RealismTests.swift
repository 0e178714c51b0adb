import Foundation
import TestSupport
import Testing

@testable import Planner

/// The realism gate and honest odds on the plans that used to be headlined with false confidence.
struct RealismTests {
    /// The worked example squeezed into the fourth quarter: 40 deals in 5 prospecting weeks.
    static func fourthQuarter() -> PlanInputs {
        var inputs = markRivera()
        inputs.period = period("2027-10-01", "2027-12-31")
        inputs.asOf = day("2027-10-01")
        inputs.weeksOff = 0
        inputs.openOpportunities = 0
        return inputs
    }

    @Test func aFourthQuarterPlanIsBeyondOnePersonWithItsLevers() throws {
        let plan = try Planner.plan(Self.fourthQuarter())
        #expect(plan.weekly.meetings == 63)
        #expect(plan.warnings.contains(.beyondOnePerson))
        #expect(plan.isBeyondReach)
        // 1,260 calls at 3 min, 57 referral asks at 10 min, 7 events at 2 h, and 63 meetings of 45 min.
        expectClose(plan.weeklyHours, 63 + 9.5 + 14 + 63 * 0.75, within: 1e-9)
        let capacity = plan.capacity
        #expect(!capacity.fits)
        #expect(capacity.available == 40)
        let goal = try #require(capacity.goalThatFits)
        var smaller = Self.fourthQuarter()
        smaller.goal = goal
        let fitting = try Planner.plan(smaller)
        #expect(!fitting.isBeyondReach)
        smaller.goal = goal + 30_000
        #expect(try Planner.plan(smaller).isBeyondReach)
        let end = try #require(capacity.periodEndThatFits)
        var longer = Self.fourthQuarter()
        longer.period.end = end
        #expect(try !Planner.plan(longer).isBeyondReach)
        longer.period.end = end.adding(days: -7)
        #expect(try Planner.plan(longer).isBeyondReach)
        let close = try #require(capacity.levers.first { $0.ratio == .closeRate }?.to)
        var better = Self.fourthQuarter()
        better.closeRate = close
        #expect(try !Planner.plan(better).isBeyondReach)
    }

    @Test func theRepsOwnHoursAreWeighedWhenSaid() throws {
        var inputs = markRivera()
        inputs.prospectingHours = 15
        let plan = try Planner.plan(inputs)
        // 8 h of calls, 1 h 20 of referral asks, 2 h of events and 8 meetings of 45 min: 17 h 20.
        expectClose(plan.weeklyHours, 8 + 4.0 / 3 + 2 + 6, within: 1e-9)
        #expect(plan.warnings.contains(.overCapacity))
        #expect(!plan.warnings.contains(.beyondOnePerson))
        inputs.prospectingHours = 18
        #expect(try !Planner.plan(inputs).isBeyondReach)
        inputs.meetingMinutes = 90
        #expect(try Planner.plan(inputs).warnings.contains(.overCapacity))
    }

    @Test func fewProspectingWeeksAreNoCliff() throws {
        var inputs = markRivera()
        inputs.period = period("2027-10-01", "2027-12-31")
        inputs.asOf = day("2027-10-01")
        inputs.weeksOff = 3
        inputs.openOpportunities = 0
        inputs.salesCycleWeeks = 8.9
        let plan = try Planner.plan(inputs)
        #expect(plan.feasible)
        #expect(plan.calendar.prospectingWeeks < 1.5)
        #expect(plan.isBeyondReach)
        inputs.salesCycleWeeks = 9.2
        #expect(try Planner.plan(inputs).isBeyondReach)
    }

    /// 40 meetings over 34.14 prospecting weeks is 1.17 a week, rounded up to 2: the contract's odds call that 100%.
    @Test func aPlanNeedingOnePointOneSevenMeetingsAWeekIsNotCertain() throws {
        var inputs = markRivera()
        inputs.goal = 150_000
        inputs.openOpportunities = 0
        inputs.salesCycleWeeks = 12
        let plan = try Planner.plan(inputs)
        #expect(plan.totals.meetings == 40)
        expectClose(Double(plan.totals.meetings) / plan.calendar.prospectingWeeks, 1.17, within: 0.005)
        #expect(plan.weekly.meetings == 2)
        #expect(plan.confidence.chanceOfGoal > 0.93)
        let odds = try #require(plan.odds)
        #expect(odds.chance < plan.confidence.chanceOfGoal - 0.1, "\(odds.chance)")
        #expect(odds.chance > 0.5)
        let for80 = try #require(odds.weeklyMeetingsFor80Percent)
        #expect(for80 >= 2)
    }

    @Test func theOddsAreKeptWithTheirModel() throws {
        let plan = try Planner.plan(markRivera())
        let odds = try #require(plan.odds)
        #expect(odds.model.draws == 100_000)
        #expect(odds.model.seed == OddsModel.seed)
        #expect(odds.model.dealSizeCV == 0.5)
        #expect(odds.model.evidence.dealSizeCVFrom == .assumed)
        #expect(odds.model.evidence.meetingTrials == 10)
        #expect(odds.chance < plan.confidence.chanceOfGoal)
        let read = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan))
        #expect(read.odds == plan.odds)
        #expect(read.inputs.evidence == plan.inputs.evidence)
    }
}
