/// The contract's rounding rule: a value within 1e-9 of a whole number is that number.
public enum Rounding {
    public static let tolerance = 1e-9

    /// ⌈x⌉, so that `7 ÷ 0.35` is 20, not 21.
    public static func up(_ x: Double) -> Double {
        let nearest = x.rounded()
        return abs(x - nearest) < tolerance ? nearest : x.rounded(.up)
    }

    /// ⌊x⌋ with the same tolerance.
    public static func down(_ x: Double) -> Double {
        let nearest = x.rounded()
        return abs(x - nearest) < tolerance ? nearest : x.rounded(.down)
    }

    /// ⌈x⌉ as a count; values past what a plan can mean are capped rather than trapping.
    public static func upCount(_ x: Double) -> Int {
        clampedCount(up(x))
    }

    public static func downCount(_ x: Double) -> Int {
        clampedCount(down(x))
    }

    static let maxCount = 1_000_000_000_000.0

    private static func clampedCount(_ x: Double) -> Int {
        guard x.isFinite else { return x > 0 ? Int(maxCount) : 0 }
        return Int(min(max(x, -maxCount), maxCount))
    }
}
