import Foundation

/// A seeded stream of random draws (xoshiro256**): the same seed gives the same odds on every machine.
public struct Draws: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareNormal: Double?
    /// The normal quantiles `quickNormal` reads, held here so the inner loop does not look the table up each time.
    private let quantiles = NormalQuantiles.table

    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    @inline(__always) mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform on (0, 1): never exactly 0, so its logarithm is finite.
    @inline(__always) public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// Standard normal (Marsaglia's polar method, the second value kept for the next call).
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1, v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0, s < 1 {
                let f = (-2 * log(s) / s).squareRoot()
                spareNormal = v * f
                return u * f
            }
        }
    }

    /// Gamma(shape, 1) by Marsaglia and Tsang; a shape below 1 is boosted by one and scaled back.
    public mutating func gamma(shape: Double) -> Double {
        guard shape > 0 else { return 0 }
        if shape < 1 { return gamma(shape: shape + 1) * pow(uniform(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniform()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// Standard normal by inverting its distribution (a table of 4,096 cells, Acklam's formula in the outer cells):
    /// one uniform, no rejection, for the inner loop of the odds.
    @inline(__always) public mutating func quickNormal() -> Double {
        let u = uniform()
        let scaled = u * Double(NormalQuantiles.cells)
        let cell = Int(scaled)
        guard cell > 0, cell < NormalQuantiles.cells - 1 else { return NormalQuantiles.acklam(u) }
        let low = quantiles[cell], high = quantiles[cell + 1]
        return low + (high - low) * (scaled - Double(cell))
    }

    /// Beta(a, b) from two gammas; a side with no weight is certain.
    public mutating func beta(_ a: Double, _ b: Double) -> Double {
        if b <= 0 { return 1 }
        if a <= 0 { return 0 }
        let x = gamma(shape: a), y = gamma(shape: b)
        return x / (x + y)
    }
}

/// The standard normal's quantiles at the edges of 4,096 equal cells of probability.
enum NormalQuantiles {
    static let cells = 4096
    static let table: [Double] = (0...cells).map { i in
        i == 0 ? -.infinity : i == cells ? .infinity : acklam(Double(i) / Double(cells))
    }

    /// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
    static func acklam(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let tail = 0.02425
        if p < tail || p > 1 - tail {
            let q = (-2 * log(p < tail ? p : 1 - p)).squareRoot()
            let x =
                (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
            return p < tail ? x : -x
        }
        let q = p - 0.5, r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
