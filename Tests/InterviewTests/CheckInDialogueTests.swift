import CustomDump
import Planner
import Testing
import Tracking
import Understanding

@testable import Interview

/// The check-in conversation, each event with its exact state change and every action it returns.
struct CheckInDialogueTests {
    /// A Friday: the week Enter takes is this one.
    static let friday = Day(year: 2027, month: 1, day: 15)!
    static let thisWeek = Day(year: 2027, month: 1, day: 11)!
    static let firstWeek = Day(year: 2027, month: 1, day: 4)!
    static let earlier = CheckIn(
        week: firstWeek, activities: [.init(name: "calls", attempts: 50, meetings: 1), .init(name: "emails", attempts: 0, meetings: 0)],
        meetingsHeld: 1)
    let setup = CheckInDialogue.Setup(today: friday, activities: ["calls", "emails"], firstWeek: firstWeek, checkedIn: [earlier])

    func started() -> CheckInDialogue {
        var dialogue = CheckInDialogue(setup: setup)
        _ = dialogue.start()
        return dialogue
    }

    func confirming() -> CheckInDialogue {
        var dialogue = started()
        _ = dialogue.receive("120 calls")
        _ = dialogue.receive("that's everything")
        return dialogue
    }

    func heard(_ parts: [(WeekField, FieldValue, FieldValue?)]) -> CheckInDialogue.Action {
        .say(.field(.heard(parts.map { .init(field: $0.0, value: $0.1, was: $0.2) })))
    }

    @Test func itOpensOnTheWeekWithTheDefaultSaid() {
        var dialogue = CheckInDialogue(setup: setup)
        let actions = dialogue.start()
        #expect(actions == [.say(.opening(week: Self.thisWeek)), .ask(.week, number: 1, of: 11)])
        #expect(dialogue.talk?.asking == .week)
        #expect(dialogue.talk?.entries.values == [:])
    }

    @Test func theDefaultWeekFollowsTheDayAndThePlan() {
        func week(_ day: Day, first: Day = Self.firstWeek) -> Day {
            CheckInDialogue.Setup(today: day, activities: [], firstWeek: first).defaultWeek
        }
        #expect(week(Day(year: 2027, month: 1, day: 15)!) == Self.thisWeek, "Friday: this week")
        #expect(week(Day(year: 2027, month: 1, day: 17)!) == Self.thisWeek, "Sunday: this week")
        #expect(week(Day(year: 2027, month: 1, day: 13)!) == Self.firstWeek, "Wednesday: last week")
        #expect(week(Day(year: 2027, month: 1, day: 8)!, first: Self.thisWeek) == Self.thisWeek, "never before the plan's first week")
    }

    @Test func oneLineFillsEveryFieldItNamesAndAsksTheNextOpenOne() {
        var dialogue = started()
        expectDifference(dialogue) {
            let actions = dialogue.receive("this week. I made 80 calls and booked 1 meeting, sent 120 emails, no deals")
            var e = setup.blank
            e.values = [
                .week: .week(Self.thisWeek), .attempts("calls"): .count(80), .booked("calls"): .count(1),
                .attempts("emails"): .count(120), .dealsWon: .count(0),
            ]
            #expect(
                actions == [
                    heard([
                        (.week, .week(Self.thisWeek), nil), (.attempts("calls"), .count(80), nil), (.booked("calls"), .count(1), nil),
                        (.attempts("emails"), .count(120), nil), (.dealsWon, .count(0), nil),
                    ]),
                    .saveDraft(e), .ask(.booked("emails"), number: 5, of: 11),
                ])
        } changes: {
            $0.talk?.entries.values = [
                .week: .week(Self.thisWeek), .attempts("calls"): .count(80), .booked("calls"): .count(1),
                .attempts("emails"): .count(120), .dealsWon: .count(0),
            ]
            $0.talk?.asking = .booked("emails")
        }
    }

    @Test func aFigureForNoActivityOfThePlanIsSaidNotDropped() {
        var dialogue = started()
        _ = dialogue.receive("")
        expectDifference(dialogue) {
            let actions = dialogue.receive("80 calls and 12 linkedin messages")
            var e = setup.blank
            e.values = [.week: .week(Self.thisWeek), .attempts("calls"): .count(80)]
            #expect(
                actions == [
                    heard([(.attempts("calls"), .count(80), nil)]),
                    .say(.field(.unplaced([.init(figure: 12, reason: .notInPlan("linkedin"))]))),
                    .saveDraft(e), .ask(.booked("calls"), number: 3, of: 11),
                ])
        } changes: {
            $0.talk?.entries.values = [.week: .week(Self.thisWeek), .attempts("calls"): .count(80)]
            $0.talk?.asking = .booked("calls")
        }
    }

    @Test func atTheConfirmationAChangeIsTakenAndShown() {
        var dialogue = confirming()
        #expect(dialogue.talk?.isConfirming == true)
        expectDifference(dialogue) {
            let actions = dialogue.receive("actually change calls to 130")
            #expect(
                actions == [
                    heard([(.attempts("calls"), .count(130), .count(120))]),
                    .saveDraft(dialogue.talk?.entries ?? setup.blank), .confirm(dialogue.talk?.entries ?? setup.blank),
                ])
        } changes: {
            $0.talk?.entries.values[.attempts("calls")] = .count(130)
        }
        expectDifference(dialogue) {
            #expect(
                dialogue.receive("emails 40") == [
                    heard([(.attempts("emails"), .count(40), .count(0))]),
                    .saveDraft(dialogue.talk?.entries ?? setup.blank), .confirm(dialogue.talk?.entries ?? setup.blank),
                ])
        } changes: {
            $0.talk?.entries.values[.attempts("emails")] = .count(40)
        }
    }

    @Test func noAtTheConfirmationAsksWhatToChangeAndBackGoesToTheLastQuestion() {
        var dialogue = confirming()
        expectNoDifference(dialogue.receive("no"), [.say(.field(.whatToChange)), .reconfirm])
        #expect(dialogue.talk?.isConfirming == true)
        expectDifference(dialogue) {
            #expect(dialogue.receive("back") == [.ask(.note, number: 11, of: 11)])
        } changes: {
            $0.talk?.asking = .note
        }
        expectDifference(dialogue) {
            #expect(dialogue.receive("change emails") == [.ask(.attempts("emails"), number: 4, of: 11)])
        } changes: {
            $0.talk?.asking = .attempts("emails")
        }
    }

    @Test func yesSavesTheWeekAndEnds() {
        var dialogue = confirming()
        let week = dialogue.checkIn(dialogue.talk?.entries ?? setup.blank)
        #expect(week.week == Self.thisWeek)
        #expect(week.activities.first == .init(name: "calls", attempts: 120, meetings: 0))
        expectDifference(dialogue) {
            #expect(dialogue.receive("yes") == [.save(week, replacing: false), .end(.saved)])
        } changes: {
            $0.ending = .saved
        }
    }

    @Test func aWeekAlreadyCheckedInIsSaidAsSoonAsItIsNamed() {
        var dialogue = started()
        var e = setup.blank
        e.values[.week] = .week(Self.firstWeek)
        expectDifference(dialogue) {
            #expect(
                dialogue.receive("jan 5") == [
                    heard([(.week, .week(Self.firstWeek), nil)]), .saveDraft(e), .say(.weekTaken(Self.earlier)),
                    .offerReplace(Self.earlier),
                ])
        } changes: {
            $0.talk?.entries.values[.week] = .week(Self.firstWeek)
            $0.talk?.asking = .attempts("calls")
            $0.weekTaken = Self.earlier
        }
        var replacing = dialogue
        expectDifference(replacing) {
            #expect(replacing.receive("replace it") == [.ask(.attempts("calls"), number: 2, of: 11)])
        } changes: {
            $0.weekTaken = nil
            $0.replacing = Self.firstWeek
            // Enter keeps the figures already checked in.
            $0.talk?.entries.fallbacks[.attempts("calls")] = .count(50)
            $0.talk?.entries.fallbacks[.booked("calls")] = .count(1)
            $0.talk?.entries.fallbacks[.meetingsHeld] = .count(1)
        }
        expectDifference(dialogue) {
            #expect(dialogue.receive("no") == [.ask(.week, number: 1, of: 11)])
        } changes: {
            $0.weekTaken = nil
            $0.talk?.entries.values[.week] = nil
            $0.talk?.asking = .week
        }
    }

    @Test func anotherWeekNamedAtTheReplaceQuestionIsTaken() {
        var dialogue = started()
        _ = dialogue.receive("jan 5")
        expectDifference(dialogue) {
            var e = setup.blank
            e.values[.week] = .week(Self.thisWeek)
            #expect(
                dialogue.receive("this week") == [
                    heard([(.week, .week(Self.thisWeek), .week(Self.firstWeek))]), .saveDraft(e),
                    .ask(.attempts("calls"), number: 2, of: 11),
                ])
        } changes: {
            $0.weekTaken = nil
            $0.talk?.entries.values[.week] = .week(Self.thisWeek)
        }
    }

    @Test func aDraftIsOfferedAndDecliningKeepsItAside() {
        var draft = setup.blank
        draft.values = [.week: .week(Self.thisWeek), .attempts("calls"): .count(95)]
        var dialogue = CheckInDialogue(setup: setup)
        #expect(dialogue.start(draft: draft) == [.say(.opening(week: Self.thisWeek)), .offerResume(draft)])
        #expect(dialogue.offeredDraft == draft)
        var resumed = dialogue
        #expect(resumed.receive("") == [.say(.resumed), .ask(.booked("calls"), number: 3, of: 11)])
        #expect(resumed.talk?.entries == draft)
        #expect(dialogue.receive("no") == [.setDraftAside(draft), .ask(.week, number: 1, of: 11)])
        #expect(dialogue.talk?.entries == setup.blank)
    }

    @Test func quittingKeepsTheDraftAndSaysSo() {
        var dialogue = started()
        _ = dialogue.receive("120 calls")
        let kept = dialogue.talk?.entries ?? setup.blank
        expectDifference(dialogue) {
            #expect(dialogue.quit() == [.saveDraft(kept), .end(.quit)])
        } changes: {
            $0.ending = .quit
        }
        #expect(dialogue.receive("more") == [], "nothing is heard after the end")
    }

    @Test func aQuestionIsAnsweredAndIDontKnowTakesWhatEnterWouldSayingSo() {
        var dialogue = started()
        _ = dialogue.receive("")
        let before = dialogue
        #expect(
            dialogue.receive("what counts as an attempt?") == [
                .say(.field(.explain(.attempts("calls")))), .ask(.attempts("calls"), number: 2, of: 11),
            ])
        expectNoDifference(dialogue, before)
        expectDifference(dialogue) {
            let actions = dialogue.receive("no idea")
            #expect(
                actions == [
                    .say(.field(.dontKnow(.attempts("calls"), .count(0)))), .saveDraft(dialogue.talk?.entries ?? setup.blank),
                    .ask(.booked("calls"), number: 3, of: 11),
                ])
        } changes: {
            $0.talk?.entries.values[.attempts("calls")] = .count(0)
            $0.talk?.asking = .booked("calls")
        }
    }

    @Test func aLineNotUnderstoodIsRefusedWithWhatWasWrong() {
        var dialogue = started()
        _ = dialogue.receive("")
        expectDifference(dialogue) {
            #expect(
                dialogue.receive("lots") == [
                    .say(.field(.refused(.attempts("calls"), .notUnderstood(.count), said: "lots", attempt: 1))),
                    .ask(.attempts("calls"), number: 2, of: 11),
                ])
        } changes: {
            $0.talk?.misses = 1
        }
    }

    @Test func aWeekThatHasNotHappenedOrCameBeforeThePlanIsNotTaken() {
        var dialogue = started()
        let before = dialogue
        let ahead = Day(year: 2027, month: 3, day: 8)!
        #expect(
            dialogue.receive("2027-03-08") == [
                .say(.field(.unplaced([.init(figure: 0, reason: .weekAhead(ahead))]))), .ask(.week, number: 1, of: 11),
            ])
        #expect(dialogue.talk?.entries == before.talk?.entries)
        #expect(
            dialogue.receive("week of dec 7th") == [
                .say(.field(.unplaced([.init(figure: 0, reason: .weekBeforePlan(Day(year: 2026, month: 12, day: 7)!))]))),
                .ask(.week, number: 1, of: 11),
            ])
    }

    @Test func aChangeWithItsValueIsTakenAtTheConfirmation() {
        var dialogue = confirming()
        expectDifference(dialogue) {
            let actions = dialogue.receive("change the note to sick monday")
            #expect(actions.first == .say(.field(.heard([.init(field: .note, value: .text("sick monday"), was: .text(""))]))))
            #expect(actions.last == .confirm(dialogue.talk?.entries ?? setup.blank))
        } changes: {
            $0.talk?.entries.values[.note] = .text("sick monday")
        }
    }
}
