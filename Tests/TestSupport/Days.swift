import Planner

/// A day written `YYYY-MM-DD` in a test; a bad one is the test's own mistake.
public func day(_ text: String) -> Day {
    guard let d = Day(iso: text) else { fatalError("bad test date \(text)") }
    return d
}
