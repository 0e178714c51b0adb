import Testing

/// `actual` within `tolerance` of `expected`; when it is not, the failure says both figures.
public func expectClose(
    _ actual: Double, _ expected: Double, within tolerance: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(abs(actual - expected) <= tolerance, "got \(actual), expected \(expected) ± \(tolerance)", sourceLocation: sourceLocation)
}
