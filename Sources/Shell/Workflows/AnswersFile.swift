import Foundation
import PlanReport
import PlanStore
import Prompts

/// Reads an answers file as text: size-capped, UTF-8, a byte-order mark dropped; problems said in words.
enum AnswersFile {
    /// An answers file is small; anything past this is not one.
    static let sizeLimit = 1 << 20

    static func read(_ path: String, words: PromptBook, into out: inout Outcome) -> String? {
        guard let data = bytes(path, limit: sizeLimit, words: words, into: &out) else { return nil }
        guard var text = String(data: data, encoding: .utf8) else {
            out.fail(words.text("answers.not_text", ["path": path]), .badInput)
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// A file the person named, whole, at most `limit` bytes; links are followed, pipes and devices refused.
    static func bytes(_ path: String, limit: Int, words: PromptBook, into out: inout Outcome) -> Data? {
        do {
            switch try BoundedFile.read(path, limit: limit, followLinks: true) {
            case .data(let data): return data
            case .missing:
                out.fail(words.text("answers.cannot_read", ["path": path, "reason": String(cString: strerror(ENOENT))]), .files)
            }
        } catch .tooLarge {
            out.fail(words.text("answers.too_large", ["path": path, "limit": Figures.grouped(limit)]), .files)
        } catch {
            out.fail(error.words(words), .files)
        }
        return nil
    }

    /// Every problem in the file, one line each, under a header naming the file.
    static func refuse(_ problems: [String], path: String, words: PromptBook, into out: inout Outcome) {
        let header = problems.count == 1 ? "answers.refused_one" : "answers.refused"
        out.complain(words.text(header, ["count": String(problems.count), "path": path]))
        for line in problems { out.complain("  " + line) }
        out.status = .badInput
    }
}
