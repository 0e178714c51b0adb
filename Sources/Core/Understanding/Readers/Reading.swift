import Planner

/// A value understood from what a person typed, with how it was read.
public struct Reading<Value: Equatable & Sendable>: Equatable, Sendable {
    public var value: Value
    /// Both ends when the person gave a range and the midpoint was taken.
    public var range: ClosedRange<Double>?

    public init(_ value: Value, range: ClosedRange<Double>? = nil) {
        self.value = value
        self.range = range
    }
}
