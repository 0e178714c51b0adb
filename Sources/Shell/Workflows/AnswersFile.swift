import Foundation
import PlanReport
import Prompts

/// Reads an answers file as text: size-capped, UTF-8, a byte-order mark dropped; problems said in words.
enum AnswersFile {
    /// An answers file is small; anything past this is not one.
    static let sizeLimit = 1 << 20

    static func read(_ path: String, words: PromptBook, into out: inout Outcome) -> String? {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= sizeLimit else {
                out.fail(words.text("answers.too_large", [
                    "path": path, "size": Figures.grouped(size), "limit": Figures.grouped(sizeLimit),
                ]), .files)
                return nil
            }
            data = try Data(contentsOf: url)
        } catch {
            out.fail(words.text("answers.cannot_read", ["path": path, "reason": reason(error)]), .files)
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            out.fail(words.text("answers.not_text", ["path": path]), .badInput)
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError || ns.code == 260 {
            return String(cString: strerror(ENOENT))
        }
        return ns.localizedDescription
    }

    /// Every problem in the file, one line each, under a header naming the file.
    static func refuse(_ problems: [String], path: String, words: PromptBook, into out: inout Outcome) {
        let header = problems.count == 1 ? "answers.refused_one" : "answers.refused"
        out.complain(words.text(header, ["count": String(problems.count), "path": path]))
        for line in problems { out.complain("  " + line) }
        out.status = .badInput
    }
}
