import Foundation

/// How much of the sampled suites (seeds, corpora) to run: an even sample in the everyday `swift test`, all of it
/// under `make test` and CI, which set `SALESPLAN_FULL_TESTS=1`. A failure in the sample is a failure in the whole.
public enum TestDepth {
    public static let full = ProcessInfo.processInfo.environment["SALESPLAN_FULL_TESTS"] == "1"

    /// All of `cases`, or `quick` of them spread evenly from first to last.
    public static func sample<T>(_ cases: [T], quick: Int) -> [T] {
        guard !full, quick > 0, cases.count > quick else { return cases }
        return (0..<quick).map { cases[$0 * (cases.count - 1) / max(1, quick - 1)] }
    }
}
