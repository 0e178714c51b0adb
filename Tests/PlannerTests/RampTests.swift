import TestSupport
import Testing

@testable import Planner

/// A new rep's ramp: full activity from week one, expected meetings lower while ramping.
struct RampTests {
    let ramp = Ramp(steps: [.init(weeks: 4, conversion: 0.5), .init(weeks: 4, conversion: 0.75)])

    @Test func eachWeekHasItsShareOfConversion() {
        #expect((0..<10).map(ramp.conversion(week:)) == [0.5, 0.5, 0.5, 0.5, 0.75, 0.75, 0.75, 0.75, 1, 1])
    }

    @Test func effectiveWeeksWeighEachWeekAndThePartWeek() {
        // 4 × 0.5 + 4 × 0.75 + 2 × 1 + 0.5 × 1 = 7.5
        #expect(ramp.effectiveWeeks(10.5) == 7.5)
        #expect(ramp.effectiveWeeks(3) == 1.5)
        #expect(Ramp(steps: []).effectiveWeeks(12) == 12)
    }

    @Test func theActivityIsSetForTheRampFromWeekOne() throws {
        var inputs = simpleInputs(goal: 1_000_000, dealSize: 25_000)
        inputs.channels = [Channel(name: "calls", attemptsPerMeeting: 40, share: 1, minutesPerAttempt: 3)]
        let steady = try Planner.plan(inputs)
        inputs.ramp = ramp
        let ramped = try Planner.plan(inputs)
        let plan = try #require(ramped.ramp)
        // The contract's figures are unchanged; the ramp adds its own.
        #expect(ramped.weekly == steady.weekly)
        #expect(plan.effectiveWeeks == ramp.effectiveWeeks(steady.calendar.prospectingWeeks))
        #expect(plan.weeklyMeetingsAtFull == Rounding.upCount(Double(steady.totals.meetings) / plan.effectiveWeeks))
        #expect(plan.activities[0].count == Rounding.upCount(Double(plan.weeklyMeetingsAtFull) * 40))
        #expect(plan.activities[0].count > steady.weekly.activities[0].count)
        #expect(plan.expectedMeetings.prefix(4).allSatisfy { $0 < plan.weeklyMeetingsAtFull })
        #expect(plan.expectedMeetings.last == plan.weeklyMeetingsAtFull)
        #expect(plan.expectedMeetings.count == 26)
    }
}
