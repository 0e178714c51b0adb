import Foundation
import TestSupport
import Testing

/// Every committed fuzz input, and every crash the fuzzers ever found, replayed through the same entry points.
struct ReplayTests {
    static let targets = FuzzEntries.all.keys.sorted()

    static func inputs(_ folder: String, _ target: String) -> [URL] {
        guard let root = Bundle.module.url(forResource: folder, withExtension: nil) else { return [] }
        let dir = root.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test(arguments: targets)
    func theCorpusRunsClean(_ target: String) throws {
        let files = Self.inputs("Corpus", target)
        #expect(files.count >= 4, "the \(target) corpus is committed")
        let entry = try #require(FuzzEntries.all[target])
        for file in TestDepth.sample(files, quick: 4) { entry(try Data(contentsOf: file)) }
    }

    @Test(arguments: targets)
    func everyCrashFoundStaysFixed(_ target: String) throws {
        let entry = try #require(FuzzEntries.all[target])
        for file in Self.inputs("Regressions", target) {
            let data = try Data(contentsOf: file)
            // Regression files for the readers hold one crashing line each; each line runs alone as well.
            entry(data)
            for line in data.split(separator: 0x0A) { entry(Data(line)) }
        }
    }
}
