import Foundation
import Testing
import TestSupport
@testable import Planner

/// The simulated odds against an independent simulation written the slow, plain way: every meeting and every
/// opportunity a coin, every deal its own size, the ratios drawn by inverting their Beta distribution on a grid.
struct OddsModelTests {
    /// One draw at a time, nothing shared with the model's code.
    struct PlainSimulation {
        var model: OddsModel
        var draws = 20_000

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

        func chance(meetings: Int) -> Double {
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

    /// The worked example with a deal-size spread of 0.6 and ratios known from 50 past cases each.
    static let workedExample = OddsModel(
        need: 1_200_000, dealSize: 30_000, meetingToOpportunity: 0.5, closeRate: 0.25,
        evidence: OddsEvidence(meetingTrials: 50, meetingTrialsFrom: .history, closeTrials: 50, closeTrialsFrom: .history,
                               dealSizeCV: 0.6, dealSizeCVFrom: .history),
        openByCount: 10)

    static let cases: [(String, OddsModel, [Int])] = [
        ("worked example", workedExample, [250, 343, 450]),
        ("a few large deals, ratios only said", OddsModel(
            need: 300_000, dealSize: 100_000, meetingToOpportunity: 0.4, closeRate: 0.3, evidence: OddsEvidence(),
            openByCount: 0), [20, 45, 90]),
        ("a pipeline known deal by deal", OddsModel(
            need: 500_000, dealSize: 40_000, meetingToOpportunity: 0.35, closeRate: 0.2,
            evidence: OddsEvidence(meetingTrials: 30, closeTrials: 25, dealSizeCV: 0.4),
            open: [OpenOpportunity(amount: 120_000, probability: 0.6), OpenOpportunity(amount: 80_000, probability: 0.2),
                   OpenOpportunity(probability: 0.9), OpenOpportunity()],
            openByCount: 3), [60, 120, 200]),
    ]

    @Test(arguments: cases.indices)
    func theChanceMatchesAPlainSimulationWithinOneAndAHalfPoints(index: Int) {
        let (_, model, meetingCounts) = Self.cases[index]
        let needed = MeetingsNeeded(model)
        let plain = PlainSimulation(model: model)
        for meetings in meetingCounts {
            let simulated = needed.chance(meetings: meetings), independent = plain.chance(meetings: meetings)
            #expect(abs(simulated - independent) <= 0.015, "\(Self.cases[index].0), \(meetings) meetings: model \(simulated), plain \(independent)")
        }
    }

    @Test func theWorkedExampleWithRealSpreadIsFarFromEightyPercentAtNineAWeek() throws {
        let needed = MeetingsNeeded(Self.workedExample)
        let weeks = 343.0 / 9
        let chance = needed.chance(meetings: Int((9 * weeks).rounded(.down)))
        #expect(chance > 0.5 && chance < 0.65, "\(chance)")
        let weekly = try #require(needed.weeklyMeetings(forChance: 0.8, weeks: weeks))
        #expect((11...13).contains(weekly))
        let plain = PlainSimulation(model: Self.workedExample, draws: 10_000)
        #expect(plain.chance(meetings: Int((Double(weekly) * weeks).rounded(.down))) >= 0.785)
        #expect(plain.chance(meetings: Int((Double(weekly - 1) * weeks).rounded(.down))) < 0.815)
    }

    @Test func theSameSeedGivesTheSameOdds() {
        let a = MeetingsNeeded(Self.workedExample), b = MeetingsNeeded(Self.workedExample)
        #expect(a.chance(meetings: 300) == b.chance(meetings: 300))
        #expect(a.meetings(forChance: 0.8) == b.meetings(forChance: 0.8))
    }

    @Test func aGoalAlreadyCoveredIsCertainAndNoMeetingIsNeeded() {
        var model = Self.workedExample
        model.need = 0
        let needed = MeetingsNeeded(model)
        #expect(needed.chance(meetings: 0) == 1)
        #expect(needed.weeklyMeetings(forChance: 0.8, weeks: 30) == 0)
    }

    @Test func aRangeOfDealSizesGivesTheSpread() {
        #expect(OddsEvidence.dealSizeCV(low: 10_000, high: 60_000, mean: 30_000) == 50_000.0 / 4 / 30_000)
    }
}
