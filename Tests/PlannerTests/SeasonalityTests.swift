import TestSupport
import Testing

@testable import Planner

/// A known season shapes the monthly goal and leans the weeks to those whose meetings close in busy months.
struct SeasonalityTests {
    /// 24 deals won over two years: December brings three times an average month, August half.
    static let history: [Double] = [80, 80, 100, 100, 100, 100, 100, 50, 100, 100, 100, 290].map { $0 * 1_000 }

    @Test func theHistoryShapesTheMonthlyGoalShrunkByTheDealsItRestsOn() throws {
        let season = try #require(Seasonality(wonByMonth: Self.history, deals: 24))
        #expect(season.source == .history)
        expectClose(season.weights.reduce(0, +), 12, within: 1e-9)
        // December: 290 of 1,300 is 2.68 months' worth; 24 deals trust it two-thirds: 2/3 × 2.68 + 1/3 = 2.12.
        expectClose(season.weights[11], 2.0 / 3 * 290 * 12 / 1300 + 1.0 / 3, within: 1e-9)
        #expect(season.weights[7] < 0.8)
        var inputs = markRivera()
        inputs.seasonality = season
        let plan = try Planner.plan(inputs)
        let months = try #require(plan.monthlyGoals)
        #expect(months.count == 12)
        expectClose(months.map(\.goal).reduce(0, +), 1_200_000, within: 1e-6)
        #expect(months[11].goal > 2 * months[7].goal)
        // The contract's figures do not move: the season shapes when, not how much.
        #expect(plan.weekly.meetings == 8)
        #expect(plan.totals.meetings == 300)
    }

    @Test func weeksLeanToMeetingsThatCloseInBusyMonths() throws {
        var inputs = markRivera()
        inputs.lastPeriod = true
        inputs.seasonality = Seasonality(weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1], source: .team)
        let plan = try Planner.plan(inputs)
        let targets = plan.weekTargets
        // An 8-week cycle: meetings in September close in November, the busy month.
        let september = try #require(targets.first { $0.week == day("2027-09-13") })
        let may = try #require(targets.first { $0.week == day("2027-05-10") })
        #expect(september.meetings > 2 * may.meetings)
        // 8 a week over 38.14 prospecting weeks and the 6 undated weeks off, as without a season.
        #expect(targets.map(\.meetings).reduce(0, +) == 353)
        var even = markRivera()
        even.lastPeriod = true
        #expect(try Planner.plan(even).weekTargets.first { $0.week == day("2027-05-10") }?.meetings == 8)
    }

    @Test func weightsMustBeTwelveAndSomeAboveZero() {
        #expect(Seasonality(weights: [1, 2], source: .given) == nil)
        #expect(Seasonality(weights: Array(repeating: 0, count: 12), source: .given) == nil)
        #expect(Seasonality(weights: Array(repeating: 2, count: 12), source: .given)?.weights == Array(repeating: 1, count: 12))
    }
}
