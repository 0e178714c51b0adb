import TestSupport
import Testing

@testable import Planner

/// Properties that hold for any sensible inputs, checked over many seeded random cases.
struct PropertyTests {
    static let seeds: [UInt64] = TestDepth.sample(Array(1...300), quick: 10)

    func randomInputs(_ random: inout SeededRandom) -> PlanInputs {
        var inputs = simpleInputs(
            goal: Double(Int.random(in: 10...400, using: &random)) * 5_000,
            dealSize: Double(Int.random(in: 2...100, using: &random)) * 1_000)
        inputs.closeRate = Double.random(in: 0.05...0.9, using: &random)
        inputs.meetingToOpportunity = Double.random(in: 0.05...0.95, using: &random)
        inputs.openOpportunities = Int.random(in: 0...30, using: &random)
        inputs.workingDays = Int.random(in: 1...7, using: &random)
        inputs.salesCycleWeeks = Double.random(in: 0...10, using: &random)
        inputs.channels = [
            Channel(name: "calls", attemptsPerMeeting: Double.random(in: 1...80, using: &random), share: 0.6),
            Channel(name: "events", attemptsPerMeeting: Double.random(in: 0.2...3, using: &random), share: 0.4),
        ]
        return inputs
    }

    @Test(arguments: seeds)
    func moreWeeklyMeetingsNeverLowerTheChance(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let plan = try Planner.plan(randomInputs(&random))
        let odds = plan.dealCountOdds
        var previous = -1.0
        let top = plan.weekly.meetings + 6
        for weekly in stride(from: 0, through: top, by: max(1, top / 60)) {
            let chance = odds.chance(weeklyMeetings: weekly)
            #expect(chance >= previous - 1e-12, "weekly \(weekly)")
            #expect((0...1).contains(chance))
            previous = chance
        }
    }

    @Test(arguments: seeds)
    func aLargerDealNeverNeedsMoreDeals(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let inputs = randomInputs(&random)
        var larger = inputs
        larger.dealSize *= Double.random(in: 1...3, using: &random)
        #expect(try Planner.plan(larger).totals.deals <= Planner.plan(inputs).totals.deals)
    }

    @Test(arguments: seeds)
    func byDayAlwaysSumsToTheWeeklyCount(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let plan = try Planner.plan(randomInputs(&random))
        for (weekly, daily) in zip(plan.weekly.activities, plan.daily.activities) {
            #expect(daily.byDay.reduce(0, +) == weekly.count)
            #expect(daily.byDay.count == plan.inputs.workingDays)
            #expect(daily.byDay.max() == daily.count)
        }
    }

    @Test(arguments: seeds)
    func theEightyPercentFigureIsTheSmallestThatReachesEighty(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let plan = try Planner.plan(randomInputs(&random))
        let odds = plan.dealCountOdds
        let w = plan.confidence.weeklyMeetingsFor80Percent
        #expect(odds.chance(weeklyMeetings: w) >= 0.8)
        if w > 0 { #expect(odds.chance(weeklyMeetings: w - 1) < 0.8) }
    }

    @Test func daysRoundTripThroughTheirParts() {
        var random = SeededRandom(seed: 42)
        for _ in 0..<2_000 {
            let d = Day(ordinal: Int.random(in: -100_000...100_000, using: &random))
            let (y, m, dd) = d.parts
            #expect(Day(year: y, month: m, day: dd) == d)
            // Written as YYYY-MM-DD, read back in the years a plan may cover, and refused outside them.
            #expect(Day(iso: d.description) == (Day.plausibleYears.contains(y) ? d : nil))
        }
        #expect(day("2027-01-04").weekday == 1)
        #expect(day("2027-03-15").adding(months: 6) == day("2027-09-15"))
        #expect(day("2027-01-31").adding(months: 1) == day("2027-02-28"))
    }
}
