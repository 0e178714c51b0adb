import Foundation
import Testing

/// Compares text with a file in the calling test's `Golden/` folder; `SALESPLAN_RECORD=1 swift test` writes the file instead.
public func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation, file: String = #filePath) {
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SALESPLAN_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(name); run with SALESPLAN_RECORD=1 to write it", sourceLocation: sourceLocation)
        return
    }
    if text != expected {
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
        let shown = line < got.count ? String(got[line]) : "(end)"
        let wanted = line < want.count ? String(want[line]) : "(end)"
        Issue.record("\(name) differs at line \(line + 1):\n  got:  \(shown)\n  want: \(wanted)", sourceLocation: sourceLocation)
    }
}
