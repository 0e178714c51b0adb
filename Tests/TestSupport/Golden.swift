import CustomDump
import Foundation
import Testing

/// Compares text with a file in the calling test's `Golden/` folder; `SALESPLAN_RECORD=1 swift test` writes the file instead.
public func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation, file: String = #filePath) {
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if ProcessInfo.processInfo.environment["SALESPLAN_RECORD"] == "1" {
        // Recording says what it changed, so a re-record is reviewed, not taken on trust.
        if let expected, expected != text {
            FileHandle.standardError.write(Data("rewrote \(url.path):\n\(changedLines(expected, text))\n".utf8))
        } else if expected == nil {
            FileHandle.standardError.write(Data("wrote \(url.path)\n".utf8))
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected else {
        Issue.record("no golden file \(name); run with SALESPLAN_RECORD=1 to write it", sourceLocation: sourceLocation)
        return
    }
    if text != expected {
        let hint = "if the change is meant, re-record with SALESPLAN_RECORD=1 swift test and review git diff"
        let message = "\(name) differs from its golden file \(url.path) (− golden, + now; \(hint)):\n\(changedLines(expected, text))"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}

/// The lines that differ, − the golden file's and + the new text's, with three unchanged lines around each change
/// (CustomDump's line diff, trimmed to where it changes).
func changedLines(_ expected: String, _ text: String) -> String {
    guard let whole = diff(expected, text) else { return "(they differ in invisible characters)" }
    let lines = whole.split(separator: "\n", omittingEmptySubsequences: false)
    let changed = lines.indices.filter { lines[$0].hasPrefix("-") || lines[$0].hasPrefix("+") }
    let kept = Set(changed.flatMap { max(0, $0 - 3)...min(lines.count - 1, $0 + 3) })
    var out: [Substring] = []
    for i in lines.indices where kept.contains(i) {
        if let last = out.last, last != "…", !kept.contains(i - 1) { out.append("…") }
        out.append(lines[i])
    }
    return out.joined(separator: "\n")
}
