import Foundation
import PlanStore
import Planner
import Terminal
import TestSupport
import Testing

@testable import Workflows

/// Conversations through the real session and pipe reader: the exact screen against a golden file, and the
/// saved plan against its expected figures.
struct TranscriptTests {
    final class RecordingScreen: Screen {
        var text = ""
        func show(_ line: String) { text += line + "\n" }
        func warn(_ line: String) { text += "[stderr] " + line + "\n" }
        var width: Int { 80 }
    }

    struct Transcript {
        var lines: [String]
        var asOf: Day
        var expect: String

        init(_ name: String) throws {
            let url = Bundle.module.url(forResource: "Transcripts", withExtension: nil)!.appendingPathComponent(name)
            var lines: [String] = []
            var asOf = Day(iso: "2027-01-01")!
            var expect = ""
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("# as-of:") { asOf = Day(iso: line.dropFirst(8).trimmingCharacters(in: .whitespaces))! }
                if line.hasPrefix("# expect:") {
                    expect = String(line.dropFirst(9).trimmingCharacters(in: .whitespaces).split(separator: "/").last ?? "")
                }
                if !line.hasPrefix("#") { lines.append(String(line)) }
            }
            if lines.last == "" { lines.removeLast() }
            self.lines = lines
            self.asOf = asOf
            self.expect = expect
        }
    }

    static let names = ["01-annual-plan.txt", "02-new-rep-correction.txt", "03-income-route.txt", "04-corrections-and-commands.txt"]

    /// Runs `lines` through a pipe into a session over a fresh plans folder.
    static func run(_ lines: [String], asOf: Day, plans: URL) -> (screen: String, code: Int32) {
        // A file, not a pipe: a pipe's buffer would fill before the session starts reading.
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-input-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: input) }
        _ = FileManager.default.createFile(atPath: input.path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        guard let handle = try? FileHandle(forReadingFrom: input) else { return ("", -1) }
        let screen = RecordingScreen()
        let session = InterviewSession(
            words: words, plans: .success(PlansFolder(root: plans)), fallback: nil, source: PipeLines(handle: handle, screen: screen),
            screen: screen, asOf: asOf)
        let code = session.run()
        return (screen.text, code)
    }

    @Test(arguments: names)
    func conversation(_ name: String) throws {
        let transcript = try Transcript(name)
        let folder = try TemporaryFolder()
        let (screen, code) = Self.run(transcript.lines, asOf: transcript.asOf, plans: folder.url)
        #expect(code == 0, "\(screen.suffix(600))")
        expectGolden(
            screen.replacingOccurrences(of: folder.url.path, with: "<plans>"), name.replacingOccurrences(of: ".txt", with: ".screen.txt"))
        let plans = folder.files().filter { $0.hasSuffix("/plan.json") }
        #expect(plans.count == 1)
        #expect(!folder.files().contains { $0.contains("draft") })
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent(plans.first ?? "")))
        let want = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: examplePath(transcript.expect))))
        #expect(differences(want, saved) == [])
    }

    @Test func inputThatEndsEarlyKeepsTheDraftAndExitsNonZero() throws {
        let folder = try TemporaryFolder()
        let (screen, code) = Self.run(["I'm Mark Rivera", "2027", "my goal is $1.2M"], asOf: Day(iso: "2026-12-15")!, plans: folder.url)
        #expect(code == 1)
        #expect(screen.contains("[stderr] To pick up where you left off, run: salesplan new"))
        #expect(folder.files() == ["mark-rivera/draft.json"])
        // The next start offers the draft and picks up at the next question.
        let (resumed, resumedCode) = Self.run(
            ["yes", "30k", "1 in 4", "half", "that's everything", "yes"],
            asOf: Day(iso: "2026-12-15")!, plans: folder.url)
        #expect(resumedCode == 0, "\(resumed.suffix(500))")
        #expect(resumed.contains("You have an unfinished plan for Mark Rivera, stopped at question 4. Resume it? [yes]"))
        #expect(folder.files() == ["mark-rivera/plan.json", "mark-rivera/plan.md", "mark-rivera/tracking.csv"])
    }

    @Test func garbageOnAPipeEndsAfterAFewRefusals() throws {
        let folder = try TemporaryFolder()
        let garbage = (0..<10_000).map { "garbage line \($0) ~~~" }
        let (screen, code) = Self.run(["Mark Rivera"] + garbage, asOf: Day(iso: "2026-12-15")!, plans: folder.url)
        #expect(code == 1)
        #expect(screen.components(separatedBy: "> garbage").count - 1 == InterviewSession.pipeMissLimit)
        #expect(folder.files() == ["mark-rivera/draft.json"])
    }
}
