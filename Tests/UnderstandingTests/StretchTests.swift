import Planner
import Testing

@testable import Understanding

/// An answers file's stretch: the goal raised once, and said so in the plan's assumptions.
struct StretchFromAnswersTests {
    @Test func aStretchRaisesTheGoalGiven() throws {
        let source = """
            rep: Ada Stone
            goal: $1,200,000
            stretch: 115%
            period: '2027'
            as_of: '2026-12-15'
            deal_size: 30k
            close_rate: 25%
            meeting_to_opportunity: 50%
            """
        let inputs = try AnswerSheet.inputs(from: source, today: Day(year: 2026, month: 12, day: 15)!).get()
        #expect(inputs.goal == 1_380_000)
        #expect(inputs.assumptions.first { $0.key == "goal" }?.said == "stretch 115% of 1200000")
    }
}
