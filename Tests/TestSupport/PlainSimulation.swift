import Foundation
import Planner

/// The odds of a goal simulated the plain way, to check `OddsModel` against: every meeting a coin, every deal its
/// own size, the rates from a Beta inverted over a grid. Optimised even in debug builds (it flips millions of coins).
public struct PlainSimulation {
    public var model: OddsModel
    public var draws: Int

    public init(model: OddsModel, draws: Int = 20_000) {
        self.model = model
        self.draws = draws
    }

    /// The Beta(α, β) quantile function, from its density summed over a fine grid.
    static func betaQuantiles(rate: Double, trials: Double) -> (Double) -> Double {
        let alpha = rate * trials, beta = (1 - rate) * trials
        let cells = 20_000
        var cumulative = [0.0]
        for i in 0..<cells {
            let x = (Double(i) + 0.5) / Double(cells)
            cumulative.append(cumulative[i] + pow(x, alpha - 1) * pow(1 - x, beta - 1))
        }
        let total = cumulative[cells]
        return { u in
            let target = u * total
            var low = 0, high = cells
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid + 1] < target { low = mid + 1 } else { high = mid }
            }
            return (Double(low) + 0.5) / Double(cells)
        }
    }

    /// Gamma(shape, 1) by Marsaglia and Tsang, with Box–Muller normals.
    static func gamma(_ shape: Double, _ random: inout SeededRandom) -> Double {
        if shape < 1 { return gamma(shape + 1, &random) * pow(Double.random(in: 0..<1, using: &random), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            let u1 = Double.random(in: Double.ulpOfOne..<1, using: &random)
            let u2 = Double.random(in: 0..<1, using: &random)
            let x = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
            let v = pow(1 + c * x, 3)
            guard v > 0 else { continue }
            let u = Double.random(in: Double.ulpOfOne..<1, using: &random)
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) { return d * v }
        }
    }

    public func chance(meetings: Int) -> Double {
        var random = SeededRandom(seed: 7)
        let m2o = Self.betaQuantiles(rate: model.meetingToOpportunity, trials: model.evidence.meetingTrials)
        let close = Self.betaQuantiles(rate: model.closeRate, trials: model.evidence.closeTrials)
        let cv = model.evidence.dealSizeCV
        func dealSize() -> Double {
            cv == 0 ? model.dealSize : Self.gamma(1 / (cv * cv), &random) * model.dealSize * cv * cv
        }
        func coin(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        var reached = 0
        for _ in 0..<draws {
            let a = m2o(Double.random(in: 0..<1, using: &random))
            let c = close(Double.random(in: 0..<1, using: &random))
            var revenue = 0.0
            for opportunity in model.open where coin(opportunity.probability ?? c) {
                revenue += opportunity.amount ?? dealSize()
            }
            for _ in 0..<model.openByCount where coin(c) { revenue += dealSize() }
            for _ in 0..<meetings where coin(a) && coin(c) { revenue += dealSize() }
            if revenue >= model.need { reached += 1 }
        }
        return Double(reached) / Double(draws)
    }
}
