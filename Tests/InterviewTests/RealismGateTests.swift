import Planner
import Testing
@testable import Interview

/// A plan beyond one person is said before the summary and saving it takes a yes.
struct RealismGateTests {
    /// $3M in 30k deals over the fourth quarter: 800 first meetings in 13 weeks, 61 a week.
    let lines = ["Quinn Fourth", "October through December 2027", "$3M", "30k", "1 in 4", "half", "that's everything"]

    @Test func enterAtTheSummaryDoesNotSaveAPlanBeyondReach() throws {
        var interview = after(lines)
        #expect(interview.question == .confirm)
        let plan = try interview.plan()
        #expect(plan.weekly.meetings == 61)
        #expect(plan.warnings.contains(.beyondOnePerson))
        let prompt = interview.prompt(for: .confirm)
        #expect(prompt.fallback == .no)
        let enter = interview.receive("")
        #expect(enter == [.say(.changeWhich), .ask(prompt)])
        #expect(interview.ending == nil)
        let yes = interview.receive("yes")
        #expect(yes == [.savePlan(try interview.inputs()), .end(.saved)])
        #expect(interview.ending == .saved)
    }

    @Test func aPlanWithinReachStillSavesOnEnter() throws {
        var interview = after(requiredLines + ["that's everything"])
        #expect(interview.prompt(for: .confirm).fallback == .yes)
        let inputs = try interview.inputs()
        #expect(interview.receive("") == [.savePlan(inputs), .end(.saved)])
    }
}
