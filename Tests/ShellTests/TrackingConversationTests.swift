import Foundation
import Planner
import Terminal
import TestSupport
import Testing

@testable import Workflows

/// The check-in and revisit conversations through the real sessions: golden screens and the files they leave.
struct TrackingConversationTests {
    /// A Friday: the default week is this one.
    let today = Day(iso: "2027-01-15")!

    /// Lines, Ctrl-C and the end of input as a person at a terminal would give them.
    final class ScriptedLines: LineSource {
        var events: [LineEvent]
        let screen: TranscriptTests.RecordingScreen
        let isTerminal: Bool

        init(_ events: [LineEvent], screen: TranscriptTests.RecordingScreen, isTerminal: Bool = false) {
            self.events = events
            self.screen = screen
            self.isTerminal = isTerminal
        }

        func read(prompt: String, choices: [String]) -> LineEvent {
            guard !events.isEmpty else { return .ended }
            let event = events.removeFirst()
            switch event {
            case .line(let line): screen.show(prompt + line)
            case .interrupted: screen.show(prompt + "^C")
            case .ended: screen.show(prompt + "^D")
            case .terminated(let signal): screen.show(prompt + "(signal \(signal))")
            }
            return event
        }
    }

    func plans(_ folder: TemporaryFolder) -> String {
        let plans = folder.url.appendingPathComponent("plans").path
        _ = NewPlanFromAnswers(
            answersPath: examplePath("01-worked-example.yaml"), place: Place(dir: plans, today: today),
            asOf: Day(iso: "2027-01-04"), json: false
        ).run(words: words)
        return plans
    }

    func converse(
        _ events: [LineEvent], plans: String, terminal: Bool = false,
        _ run: (TrackingConversation) -> Int32
    ) -> (String, Int32) {
        let screen = TranscriptTests.RecordingScreen()
        let source = ScriptedLines(events, screen: screen, isTerminal: terminal)
        let conversation = TrackingConversation(rep: nil, place: Place(dir: plans, today: today), source: source, screen: screen)
        let code = run(conversation)
        return (screen.text.replacingOccurrences(of: plans, with: "<plans>"), code)
    }

    func checkIns(_ plans: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/checkins.csv"), encoding: .utf8)
    }

    @Test func aOneLineCheckIn() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        let (screen, code) = converse(
            [
                .line("this week. I made 80 calls and booked 1 meeting, 6 referral asks, held 2 meetings, 1 opp, no deals"),
                .line("that's everything"), .line("yes"),
            ], plans: plans
        ) { $0.checkIn(words: words) }
        #expect(code == 0)
        expectGolden(screen, "checkin-one-line.screen.txt")
        #expect(try checkIns(plans).contains("Mark Rivera,2027-01-11,80,1,6,0,0,0,2,1,0,0,0,"))
        #expect(!folder.files().contains("plans/mark-rivera/checkin-draft.json"), "a saved check-in leaves no draft")
    }

    @Test func aCheckInCorrectedAtTheConfirmation() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        let (screen, code) = converse(
            [
                .line("120 calls, 3 meetings from calls"), .line("that's everything"),
                .line("actually change calls to 130"), .line("no"), .line("held 4"), .line("yes"),
            ], plans: plans
        ) { $0.checkIn(words: words) }
        #expect(code == 0)
        expectGolden(screen, "checkin-corrected.screen.txt")
        #expect(try checkIns(plans).contains("Mark Rivera,2027-01-11,130,3,0,0,0,0,4,0,0,0,0,"))
    }

    @Test func aCheckInResumedAfterCtrlC() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        let (first, stopped) = converse(
            [.line("last week"), .line("95 calls"), .interrupted(hadText: false)], plans: plans, terminal: true
        ) {
            $0.checkIn(words: words)
        }
        #expect(stopped == 130, "Ctrl-C exits 128 + SIGINT")
        #expect(folder.files().contains("plans/mark-rivera/checkin-draft.json"))
        let (second, code) = converse([.line(""), .line("that's everything"), .line("yes")], plans: plans) { $0.checkIn(words: words) }
        #expect(code == 0)
        expectGolden(first + "--- again ---\n" + second, "checkin-resumed.screen.txt")
        #expect(try checkIns(plans).contains("Mark Rivera,2027-01-04,95,0,"))
    }

    @Test func aWeekAlreadyCheckedInIsSaidAsSoonAsItIsNamed() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        _ = converse([.line("jan 12: 120 calls"), .line("that's everything"), .line("yes")], plans: plans) { $0.checkIn(words: words) }
        let before = try checkIns(plans)
        let (screen, code) = converse(
            [.line("week of jan 11th"), .line("no"), .line("2 weeks ago"), .line("last week"), .line("quit")], plans: plans
        ) {
            $0.checkIn(words: words)
        }
        #expect(code == 0)
        expectGolden(screen, "checkin-week-taken.screen.txt")
        #expect(try checkIns(plans) == before)
    }

    @Test func aRevisitWithNoCheckIns() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        let (screen, code) = converse(
            [
                .line("2"), .line("240 calls, 6 meetings from them, 16 referral asks, 4 meetings from referrals"), .line(""), .line(""),
                .line("held 8, 4 opps, won 1 lost 3, $30,000"), .line("yes"), .line("actual"), .line(""), .line("25"),
                .line("Mon to Thu 8 to 11:30"), .line("behind on calls"), .line("yes"),
            ], plans: plans
        ) { $0.revisit(words: words) }
        #expect(code == 0, "\(screen.suffix(400))")
        expectGolden(screen, "revisit-no-checkins.screen.txt")
        #expect(folder.files().contains("plans/mark-rivera/plan-r1.md"))
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan.json")))
        #expect(plan.revision == 2)
        #expect(plan.revisions.first?.reason == "behind on calls")
        #expect(plan.prospectingHours == 25)
        #expect(plan.inputs.closeRate == 0.25)
        #expect(plan.timeBlocks.blocks == (1...4).map { TimeBlock(weekday: $0, start: 480, end: 690) }, "the blocks chosen at the revisit")
    }

    @Test func aQuestionAskedInARevisitIsAnsweredNotTaken() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        _ = converse(
            [.line("jan 12: 120 calls, 2 meetings from calls, held 3, 1 opp"), .line("that's everything"), .line("yes")],
            plans: plans
        ) { $0.checkIn(words: words) }
        let (screen, code) = converse(
            [.line("what does blended mean?"), .line("planned"), .line("that's everything"), .line("no")],
            plans: plans
        ) { $0.revisit(words: words) }
        #expect(code == 0)
        expectGolden(screen, "revisit-question.screen.txt")
        #expect(!folder.files().contains("plans/mark-rivera/plan-r1.md"), "no: nothing saved")
    }
}
