import Foundation
import PromptFiles
import Prompts
import Testing

@testable import PlanReport

/// The words load from the shipped bundle, a manager's folder rewords them, and a missing folder says where it looked.
struct PromptBookTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("prompts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theShippedWordsHaveThePlanTemplateAndTheMessages() {
        #expect(words.has("summary.headline"))
        #expect(words.file("plan.md", ["rep": "X"])?.hasPrefix("# Sales action plan: X") == true)
        #expect(words.folders.first?.hasSuffix("salesplan_Prompts.resources/en") == true)
    }

    @Test func aManagersFolderRewordsOnlyWhatItHolds() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "format:\n  money: \"£{{amount}}\"\n".write(to: folder.appendingPathComponent("format.yaml"), atomically: true, encoding: .utf8)
        let book = try PromptBook.load(override: folder.path, environment: [:])
        #expect(Figures(words: book).money(450_000) == "£450,000")
        #expect(Figures(words: book).percent(0.25) == "25%")
        let fromEnvironment = try PromptBook.load(environment: ["SALESPLAN_PROMPTS": folder.path])
        #expect(Figures(words: fromEnvironment).money(1) == "£1")
    }

    @Test func aMissingFolderIsAnErrorThatSaysWhereItLooked() {
        #expect(throws: PromptBook.LoadError.notFound(looked: ["/no/such/prompts"])) {
            try PromptBook.load(override: "/no/such/prompts", environment: [:])
        }
        let message = PromptBook.LoadError.notFound(looked: ["/a/en", "/b/en"]).description
        #expect(message.contains("/a/en"))
        #expect(message.contains("/b/en"))
        #expect(message.contains("--prompts"))
    }

    @Test func aBrokenTemplateNamesItsFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "bad: \"{{#open}} never closed\"\n".write(to: folder.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        #expect {
            try PromptBook.load(override: folder.path, environment: [:])
        } throws: { error in
            guard case .unreadable(let file, _) = error as? PromptBook.LoadError else { return false }
            return file.contains("x.yaml")
        }
    }

    @Test func everyShippedTemplateCompiles() throws {
        try words.validate()
    }

    @Test func templatesAreTextNotHTML() {
        #expect(words.text("problem.line_given", ["key": "goal", "given": "<b>&", "message": "x"]) == "goal: \"<b>&\" x")
    }

    @Test func pluralsPickTheirForm() {
        #expect(words.text("summary.chance", count: 1, ["chance": "50%", "meetings80": "1"]).contains("1 first meeting a week"))
        #expect(words.text("summary.chance", count: 2, ["chance": "50%", "meetings80": "2"]).contains("2 first meetings a week"))
    }
}

/// Every key the code names by its literal text is worded in the shipped words: a missing one would show as
/// `[key]` to a rep, so it fails here instead.
struct EveryNamedKeyIsWorded {
    static let sources: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func namedKeys() throws -> [String: String] {
        let pattern = try NSRegularExpression(pattern: #"(?:text|help)\("([a-z_]+(?:\.[a-z0-9_]+)+)""#)
        var keys: [String: String] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                keys[String(text[range])] = file.lastPathComponent
            }
        }
        return keys
    }

    @Test func everyLiteralKeyInTheSourcesHasItsText() throws {
        let keys = try Self.namedKeys()
        #expect(keys.count > 300, "the sources were not found at \(Self.sources.path)")
        let missing = keys.filter { key, _ in !words.has(key) && !words.has(key + ".one") && !words.has(key + ".other") }
        #expect(missing.isEmpty, "named in the code but not worded: \(missing.sorted { $0.key < $1.key })")
    }
}
