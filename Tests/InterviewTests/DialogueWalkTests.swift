import Planner
import TestSupport
import Testing
import Tracking
import Understanding

@testable import Interview

/// Random walks over the three dialogues: whatever is typed, a conversation that has not ended has exactly one
/// question open, and the actions of every event end by asking it.
struct DialogueWalkTests {
    static let lines = [
        "", "yes", "no", "y", "nope", "help", "why", "back", "skip", "summary", "quit", "that's everything", "restart", "I don't know",
        "what does that mean?", "change emails", "change calls to 130", "80 calls", "booked 2 meetings", "held 3, 1 opp, no deals",
        "$12k closed", "last week", "jan 25", "2 weeks ago", "blended", "actual", "12", "10 hours", "Tue 9-11", "bad month", "lots",
        "-5", "2.5 meetings", "12 linkedin messages", "replace", "\u{1B}[31mred", String(repeating: "9", count: 3000), "Mark Rivera",
        "2027", "$1.2M", "30k", "1 in 4", "half", "calls and emails", "40", "done",
    ]
    static let seeds: [UInt64] = TestDepth.sample(Array(1...40), quick: 10)

    /// Feeds random lines to `dialogue`: until it ends, each event's actions hold exactly one question, last; after, none.
    static func walk<D: Dialogue>(_ dialogue: inout D, seed: UInt64, asks: (D.Action) -> Bool, ended: (D) -> Bool) {
        var r = SeededRandom(seed: seed)
        var actions = dialogue.start(draft: nil)
        for step in 0..<60 {
            let questions = actions.filter(asks)
            if ended(dialogue) {
                #expect(questions.isEmpty, "seed \(seed) step \(step): asked after the end")
                return
            }
            #expect(questions.count == 1 && actions.last.map(asks) == true, "seed \(seed) step \(step): \(actions)")
            actions = dialogue.receive(lines[Int(r.next() % UInt64(lines.count))])
        }
    }

    @Test(arguments: seeds)
    func theCheckInAlwaysHasOneQuestionOpen(seed: UInt64) {
        let setup = CheckInDialogue.Setup(
            today: Day(iso: "2027-01-15")!, activities: ["calls", "emails"], firstWeek: Day(iso: "2027-01-04")!,
            checkedIn: [CheckIn(week: Day(iso: "2027-01-04")!)], maxMisses: seed % 2 == 0 ? 5 : nil)
        var dialogue = CheckInDialogue(setup: setup)
        Self.walk(&dialogue, seed: seed, asks: \.asks) { $0.ending != nil }
    }

    @Test(arguments: seeds)
    func theRevisitAlwaysHasOneQuestionOpen(seed: UInt64) throws {
        let checkIns =
            seed % 3 == 0
            ? []
            : [
                CheckIn(
                    week: Day(iso: "2027-01-04")!, activities: [.init(name: "calls", attempts: 400, meetings: 8)],
                    meetingsHeld: 8, opportunitiesCreated: 3, dealsWon: 1, dealsLost: 1, revenueClosed: 9_000)
            ]
        var dialogue = RevisitDialogue(
            setup: .init(
                previous: try quarterPlan(), checkIns: checkIns, today: Day(iso: "2027-01-15")!,
                maxMisses: seed % 2 == 0 ? 5 : nil))
        Self.walk(&dialogue, seed: seed, asks: \.asks) { $0.ending != nil }
    }

    @Test(arguments: seeds)
    func theInterviewAlwaysHasOneQuestionOpen(seed: UInt64) {
        var interview = Interview(
            setup: .init(asOf: Day(iso: "2026-12-15")!, maxMisses: seed % 2 == 0 ? 5 : nil, catalogue: ["calls": 40, "emails": 80]))
        Self.walk(&interview, seed: seed, asks: { if case .ask = $0 { true } else { false } }) {
            #expect($0.ending != nil || $0.question != nil, "not ended: a question is open")
            return $0.ending != nil
        }
    }
}

extension CheckInDialogue.Action {
    /// The action puts a question to the rep.
    var asks: Bool {
        switch self {
        case .ask, .offerResume, .offerReplace, .confirm, .reconfirm: return true
        case .say, .summary, .saveDraft, .setDraftAside, .save, .end: return false
        }
    }
}

extension RevisitDialogue.Action {
    var asks: Bool {
        switch self {
        case .offerResume, .askTotal, .confirmTotals, .reconfirmTotals, .askChoice, .outlook: return true
        case .say, .summaryTotals, .findings, .summaryChoices, .saveDraft, .setDraftAside, .saveRevision, .end: return false
        }
    }
}
