import Foundation
import Planner
import Testing
import TestSupport
@testable import Workflows

/// The check-in and revisit conversations through the real pipe reader: golden screens and the files they leave.
struct TrackingConversationTests {
    let today = Day(iso: "2027-01-18")!

    func plans(_ folder: TemporaryFolder) -> String {
        let plans = folder.url.appendingPathComponent("plans").path
        _ = NewPlanFromAnswers(answersPath: examplePath("01-worked-example.yaml"), place: Place(dir: plans, today: today), asOf: Day(iso: "2027-01-04"), json: false).run(words: words)
        return plans
    }

    func converse(_ lines: [String], folder: TemporaryFolder, plans: String,
                  _ run: (TrackingConversation) -> Int32) throws -> (String, Int32) {
        let input = folder.url.appendingPathComponent("input.txt")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let screen = TranscriptTests.RecordingScreen()
        let source = PipeLines(handle: try FileHandle(forReadingFrom: input), screen: screen)
        let conversation = TrackingConversation(rep: nil, place: Place(dir: plans, today: today), source: source, screen: screen)
        let code = run(conversation)
        return (screen.text.replacingOccurrences(of: plans, with: "<plans>"), code)
    }

    @Test func aCheckInConversation() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        let (screen, code) = try converse(
            ["", "120", "3", "why", "8", "2", "", "", "5", "2", "1", "lots", "2", "$30k", "solid week", "yes"],
            folder: folder, plans: plans) { $0.checkIn(words: words) }
        #expect(code == 0)
        expectGolden(screen, "checkin.screen.txt")
        let csv = try String(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/checkins.csv"), encoding: .utf8)
        #expect(csv.contains("Mark Rivera,2027-01-11,120,3,8,2,0,0,5,2,1,2,30000,solid week"))
        // The same week again asks before replacing; no keeps the first.
        let (again, _) = try converse(["", "1", "", "", "", "", "", "", "", "", "", "", "", "yes", "no"],
                                      folder: folder, plans: plans) { $0.checkIn(words: words) }
        #expect(again.contains("That week already has a check-in. Replace it? [no]"))
        #expect(again.contains("Kept the earlier check-in for the week of Jan 11, 2027"))
        #expect(try String(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/checkins.csv"), encoding: .utf8) == csv)
    }

    @Test func aRevisitConversationWithTotalsToDate() throws {
        let folder = try TemporaryFolder()
        let plans = plans(folder)
        let (screen, code) = try converse(
            ["2", "240", "6", "16", "4", "", "", "8", "4", "1", "3", "$30,000", "yes", "actual", "", "25", "Mon to Thu 8 to 11:30",
             "behind on calls", "yes"],
            folder: folder, plans: plans) { $0.revisit(words: words) }
        #expect(code == 0, "\(screen.suffix(400))")
        expectGolden(screen, "revisit.screen.txt")
        #expect(folder.files().contains("plans/mark-rivera/plan-r1.md"))
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan.json")))
        #expect(plan.revision == 2)
        #expect(plan.revisions.first?.reason == "behind on calls")
        #expect(plan.prospectingHours == 25)
        #expect(plan.inputs.closeRate == 0.25)
        #expect(plan.timeBlocks.blocks == (1...4).map { TimeBlock(weekday: $0, start: 480, end: 690) }, "the blocks chosen at the revisit")
        #expect(!plan.timeBlocks.suggested)
    }
}
