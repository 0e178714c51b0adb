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
        if let expected, expected != text, let change = diff(expected, text) { print("\(name) rewritten:\n\(change)") }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected else {
        Issue.record("no golden file \(name); run with SALESPLAN_RECORD=1 to write it", sourceLocation: sourceLocation)
        return
    }
    if text != expected {
        // The whole difference, the golden file's lines marked − and what the code gave +.
        let change = diff(expected, text) ?? "(they differ in invisible characters)"
        Issue.record("\(name) differs from its golden file (− golden, + now):\n\(change)", sourceLocation: sourceLocation)
    }
}
