import Foundation
import Testing
import Understanding

/// docs/answers.md names every key the answers reader accepts, and no other, one `### \`key\`` heading each.
struct AnswersReferenceTests {
    static let reference = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/answers.md")

    @Test func theReferenceHasAHeadingForEachKeyTheReaderAccepts() throws {
        let text = try String(contentsOf: Self.reference, encoding: .utf8)
        let headings = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("### `"), line.hasSuffix("`") else { return nil }
            return String(line.dropFirst(5).dropLast())
        }
        #expect(headings.count == Set(headings).count, "a key documented twice: \(headings)")
        #expect(
            Set(headings) == Set(AnswerSheet.keys),
            "undocumented: \(Set(AnswerSheet.keys).subtracting(headings).sorted()); not read: \(Set(headings).subtracting(AnswerSheet.keys).sorted())"
        )
    }
}
