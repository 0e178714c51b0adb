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

    /// Up to the blocks: the worked example's figures with calls of 3 minutes, 40 to a meeting.
    let timed =
        requiredLines + [
            "none", "10", "8 weeks", "6 weeks", "5", "calls: 40 dials per meeting, 3 minutes each", "no",
            "skip",
        ]

    @Test func theHoursAreAskedWhenTheActivitiesAreTimedAndWeighed() throws {
        var interview = after(timed)
        #expect(interview.question == .slot(.prospectingHours))
        #expect(interview.prompt(for: .slot(.prospectingHours)).fallback == Fallback.none)
        _ = interview.receive("about 2 hours a day")
        #expect(interview.answers.values[.prospectingHours] == .hours(10))
        #expect(interview.question == .slot(.manager))
        let inputs = try interview.inputs()
        #expect(inputs.prospectingHours == 10)
        // 320 calls at 3 min and 8 meetings of 45 min: 22 h against the 10 said.
        let plan = try interview.plan()
        #expect(plan.warnings.contains(.overCapacity))
        #expect(!plan.warnings.contains(.beyondOnePerson))
    }

    @Test func theHoursAreNotAskedWhenNoActivityIsTimed() {
        let interview = after(requiredLines + ["none", "10", "8 weeks", "6 weeks", "5", "calls: 40 dials per meeting", "no", "skip"])
        #expect(interview.question == .slot(.manager))
        #expect(!interview.answers.order.contains(.prospectingHours))
    }

    @Test func hoursSaidInPassingAreHeardWithTheirCue() {
        var interview = after(Array(requiredLines.prefix(3)))
        _ = interview.receive("30k deals, and I can give about 12 hours a week to prospecting")
        #expect(interview.answers.values[.dealSize] == .money(30_000))
        #expect(interview.answers.values[.prospectingHours] == .hours(12))
    }

    @Test func aPlanWithinReachStillSavesOnEnter() throws {
        var interview = after(requiredLines + ["that's everything"])
        #expect(interview.prompt(for: .confirm).fallback == .yes)
        let inputs = try interview.inputs()
        #expect(interview.receive("") == [.savePlan(inputs), .end(.saved)])
    }
}
