import Foundation

/// Exact binomial probabilities, in log space, over the window where the mass is.
public enum Binomial {
    /// Standard deviations either side of the mean that are computed; the mass beyond is below 1e-30.
    static let reach = 12.0

    /// The probabilities of X ~ Binomial(n, p) from `first` on; every value outside is negligible.
    public struct Window: Sendable {
        public let first: Int
        public let masses: [Double]
    }

    public static func window(trials n: Int, success p: Double) -> Window {
        guard n > 0, p > 0 else { return Window(first: 0, masses: [1]) }
        if p >= 1 { return Window(first: n, masses: [1]) }
        let mean = Double(n) * p
        let spread = reach * (Double(n) * p * (1 - p)).squareRoot() + 10
        let low = max(0, Int((mean - spread).rounded(.down)))
        let high = min(n, Int((mean + spread).rounded(.up)))
        let logP = log(p), logQ = log1p(-p)
        // The mass at the mode in log space, the rest by the ratio of neighbours: one exp, not one per value.
        let mode = min(high, max(low, Int((Double(n + 1) * p).rounded(.down))))
        let peak = exp(logFactorial(n) - logFactorial(mode) - logFactorial(n - mode) + Double(mode) * logP + Double(n - mode) * logQ)
        var masses = [Double](repeating: 0, count: high - low + 1)
        masses[mode - low] = peak
        let odds = p / (1 - p)
        var mass = peak
        for k in stride(from: mode, to: high, by: 1) {
            mass *= Double(n - k) / Double(k + 1) * odds
            masses[k + 1 - low] = mass
        }
        mass = peak
        for k in stride(from: mode, to: low, by: -1) {
            mass *= Double(k) / (Double(n - k + 1) * odds)
            masses[k - 1 - low] = mass
        }
        return Window(first: low, masses: masses)
    }

    /// ln n!, exact sums for small n and Stirling's series (error below 1e-15) beyond.
    static func logFactorial(_ n: Int) -> Double {
        if n < 32 {
            var sum = 0.0
            if n > 1 { for k in 2...n { sum += log(Double(k)) } }
            return sum
        }
        let x = Double(n)
        let x2 = x * x
        return x * log(x) - x + 0.5 * log(2 * Double.pi * x)
            + 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x2 * x2 * x)
    }

    /// P(X = k) for k in 0...n, X ~ Binomial(n, p).
    public static func distribution(trials n: Int, success p: Double) -> [Double] {
        let w = window(trials: max(0, n), success: p)
        var all = Array(repeating: 0.0, count: max(0, n) + 1)
        for (i, m) in w.masses.enumerated() { all[w.first + i] = m }
        return all
    }

    /// P(X + Y ≥ target) for independent X ~ Binomial(n, p) and Y ~ Binomial(m, q).
    public static func chanceOfAtLeast(
        _ target: Int, trials n: Int, success p: Double, plus m: Int, success q: Double
    ) -> Double {
        guard target > 0 else { return 1 }
        let x = window(trials: max(0, n), success: p)
        let y = window(trials: max(0, m), success: q)
        // tails[i] = P(X ≥ x.first + i), summed from the top so small tails keep their precision.
        var tails = Array(repeating: 0.0, count: x.masses.count + 1)
        for i in stride(from: x.masses.count - 1, through: 0, by: -1) { tails[i] = tails[i + 1] + x.masses[i] }
        var chance = 0.0
        for (j, pj) in y.masses.enumerated() where pj > 0 {
            let need = target - (y.first + j) - x.first
            let tail = need <= 0 ? 1 : (need < tails.count ? tails[need] : 0)
            chance += pj * tail
        }
        return min(1, max(0, chance))
    }
}
