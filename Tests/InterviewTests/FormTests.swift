import CustomDump
import Planner
import Testing
import Understanding
@testable import Interview

/// The check-in and revisit conversations' rules, each with its exact state change.
struct FormTests {
    let fields = [
        Form.Field(key: "week", kind: .week, fallback: .week(Day(year: 2027, month: 1, day: 11)!)),
        Form.Field(key: "attempts", subject: "calls", kind: .count, fallback: .count(0)),
        Form.Field(key: "revenue_closed", kind: .money, fallback: .money(0)),
        Form.Field(key: "weeks", kind: .count, fallback: nil),
    ]

    func started(maxMisses: Int? = nil) -> Form {
        var form = Form(fields: fields, today: Day(year: 2027, month: 1, day: 20)!, maxMisses: maxMisses)
        _ = form.start()
        return form
    }

    @Test func anAnswerIsReadInItsFieldsKindAndTheNextFieldIsAsked() {
        var form = started()
        _ = form.receive("")
        expectDifference(form) {
            let effects = form.receive("120")
            #expect(effects == [.say(.readBack(fields[1], .count(120))), .ask(index: 2, number: 3, of: 4)])
        } changes: {
            $0.values["attempts:calls"] = .count(120)
            $0.current = 2
        }
    }

    @Test func aLineLongerThanAnyAnswerIsRefusedUnread() {
        var form = started()
        _ = form.receive("")
        let pasted = "120 " + String(repeating: "9", count: Misunderstanding.longestAnswer)
        expectDifference(form) {
            let effects = form.receive(pasted)
            #expect(effects.first == .say(.refused(fields[1], .tooLong(pasted.utf8.count), said: String(pasted.prefix(40)), attempt: 1)))
        } changes: {
            $0.misses = 1
        }
    }

    @Test func enterTakesTheDefaultAndARequiredFieldWaits() {
        var form = started()
        expectDifference(form) {
            _ = form.receive("")
        } changes: {
            $0.values["week"] = .week(Day(year: 2027, month: 1, day: 11)!)
            $0.current = 1
        }
        _ = form.receive("that's everything")
        #expect(form.current == 3)
        let unchanged = form
        #expect(form.receive("") == [.say(.needsAnswer(fields[3])), .ask(index: 3, number: 4, of: 4)])
        expectNoDifference(form, unchanged)
    }

    @Test func aRefusedAnswerCountsAMissAndAPipeGivesUp() {
        var form = started(maxMisses: 2)
        _ = form.receive("")
        expectDifference(form) {
            _ = form.receive("lots")
        } changes: {
            $0.misses = 1
        }
        let effects = form.receive("heaps")
        #expect(effects.last == .end(.gaveUp))
        #expect(form.ending == .gaveUp)
    }

    @Test func backSkipAndSummary() {
        var form = started()
        _ = form.receive("last week")
        expectDifference(form) {
            _ = form.receive("back")
        } changes: {
            $0.current = 0
        }
        _ = form.receive("this week")
        #expect(form.values["week"] == .week(Day(year: 2027, month: 1, day: 18)!))
        expectDifference(form) {
            _ = form.receive("skip")
        } changes: {
            $0.values["attempts:calls"] = .count(0)
            $0.current = 2
        }
        let unchanged = form
        #expect(form.receive("summary").first == .summary(form.values))
        expectNoDifference(form, unchanged)
    }

    @Test func confirmingSubmitsAndNoGoesThroughItAgain() {
        var form = started()
        for line in ["", "120", "$30k", "4"] { _ = form.receive(line) }
        #expect(form.confirming)
        var again = form
        _ = again.receive("no")
        #expect(again.current == 0)
        #expect(!again.confirming)
        let effects = form.receive("yes")
        #expect(effects == [.submit(form.values), .end(.saved)])
        #expect(form.values["revenue_closed"] == .money(30_000))
        #expect(form.values["weeks"] == .count(4))
    }

    @Test func aFormThatDoesNotConfirmSubmitsWithTheLastAnswer() {
        var form = Form(fields: [Form.Field(key: "replace", kind: .yesNo, fallback: .yes(false))],
                        today: Day(year: 2027, month: 1, day: 20)!, confirms: false)
        _ = form.start()
        #expect(form.receive("yes").suffix(2) == [.submit(["replace": .yes(true)]), .end(.saved)])
    }

    @Test func quitStopsWithoutSubmitting() {
        var form = started()
        #expect(form.receive("quit") == [.say(.quitting), .end(.quit)])
        #expect(form.receive("120") == [])
    }
}
