import Dispatch
import Foundation

/// The odds of the goal with their real uncertainty: ratios known only from some past cases, deal sizes that vary,
/// open opportunities that close with their own chances. Simulated with a fixed seed, so the same plan gives the same
/// figures.
///
/// Each draw picks a meeting→opportunity rate and a close rate from Beta(p·n, (1−p)·n), which open opportunities
/// close and what they bring, and how much the deals of the new meetings bring (a sum of deal sizes is Gamma with shape
/// deals ÷ cv² and scale deal × cv²). From these it works out the fewest first meetings that reach the goal in that
/// draw; the chance of a meeting count is the share of draws it covers.
public struct OddsModel: Equatable, Sendable {
    public static let draws = 100_000
    public static let seed: UInt64 = 20_271_231

    /// Revenue still to close.
    public var need: Double
    public var dealSize: Double
    public var meetingToOpportunity: Double
    public var closeRate: Double
    public var evidence: OddsEvidence
    /// Open opportunities expected to close in the period, each with what is known of it.
    public var open: [OpenOpportunity]
    /// Open opportunities known only by count: each closes at the close rate and is worth a deal.
    public var openByCount: Int

    public init(
        need: Double, dealSize: Double, meetingToOpportunity: Double, closeRate: Double, evidence: OddsEvidence,
        open: [OpenOpportunity] = [], openByCount: Int = 0
    ) {
        self.need = need
        self.dealSize = dealSize
        self.meetingToOpportunity = meetingToOpportunity
        self.closeRate = closeRate
        self.evidence = evidence
        self.open = open
        self.openByCount = openByCount
    }

    /// The model for a plan's inputs: the pipeline closing in the period, and the count beyond the listed ones.
    public init(_ inputs: PlanInputs) {
        let listed = inputs.openPipeline.filter { $0.closes(by: inputs.period.end) }
        self.init(
            need: max(0, inputs.goal - inputs.closedToDate), dealSize: inputs.dealSize,
            meetingToOpportunity: inputs.meetingToOpportunity, closeRate: inputs.closeRate, evidence: inputs.evidence,
            open: listed, openByCount: max(0, inputs.openOpportunities - inputs.openPipeline.count))
    }

    /// Rate pairs drawn; each serves `draws ÷ ratePairs` draws of the rest (the rates are the slow part to draw).
    public static let ratePairs = 4_000

    /// The fewest first meetings that reach the goal in each draw (`Int32.max` when none would), worked out in two
    /// halves side by side, each from its own seed.
    public func meetingsNeeded(draws count: Int = draws, seed: UInt64 = seed) -> [Int32] {
        let halves = count >= 2 * Self.ratePairs ? 2 : 1
        var needed = [Int32](repeating: 0, count: count)
        let cover = Cover(self)
        needed.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let all = buffer
            DispatchQueue.concurrentPerform(iterations: halves) { half in
                let from = count * half / halves, to = count * (half + 1) / halves
                fill(
                    UnsafeMutableBufferPointer(rebasing: all[from..<to]), pairs: max(1, Self.ratePairs / halves),
                    seed: seed &+ UInt64(half), cover: cover)
            }
        }
        return needed
    }

    private func fill(_ needed: UnsafeMutableBufferPointer<Int32>, pairs wanted: Int, seed: UInt64, cover: Cover) {
        let count = needed.count
        var draws = Draws(seed: seed)
        let pairs = max(1, min(count, wanted))
        // The rates, stratified over their distributions and paired at random (a Latin hypercube): as close to
        // their true spread with a few thousand pairs as independent draws come with many more.
        let m2o = Beta(rate: meetingToOpportunity, trials: evidence.meetingTrials).stratified(pairs, &draws)
        var close = Beta(rate: closeRate, trials: evidence.closeTrials).stratified(pairs, &draws)
        for k in stride(from: close.count - 1, to: 0, by: -1) { close.swapAt(k, Int(draws.next() % UInt64(k + 1))) }
        let sums = cover.sums
        var wins = [Double](repeating: 0, count: openByCount + 1)
        var i = 0
        for pair in 0..<pairs {
            let a = m2o[pair], c = close[pair]
            Self.cumulativeBinomial(trials: openByCount, chance: c, into: &wins)
            let wait = Wait(chance: a * c)
            let end = count * (pair + 1) / pairs
            while i < end {
                defer { i += 1 }
                // Open opportunities that close: those with an amount bring it; the others are deals like any, so
                // they count towards the deals that cover the goal (a sum of deal sizes is one Gamma).
                var fixed = 0.0
                var dealSized = 0
                for opportunity in open where draws.uniform() < (opportunity.probability ?? c) {
                    if let amount = opportunity.amount { fixed += amount } else { dealSized += 1 }
                }
                if openByCount > 0 {
                    let u = draws.uniform()
                    var won = 0
                    while won < openByCount, wins[won] < u { won += 1 }
                    dealSized += won
                }
                let left = need - fixed
                guard left > 0 else {
                    needed[i] = 0
                    continue
                }
                let total = fixed == 0 ? cover.deals(draws.uniform()) : sums.dealsToCover(left, z: draws.quickNormal())
                let deals = total - dealSized
                guard deals > 0 else {
                    needed[i] = 0
                    continue
                }
                needed[i] = wait.meetings(toWin: deals, rootInverse: sums.rootInverse(deals), &draws)
            }
        }
    }

    /// The deals whose sizes cover the whole need, by the uniform draw behind the sum's normal quantile: looked up
    /// for the cells of the draw where the count does not change, worked out where it does.
    struct Cover: Sendable {
        let sums: DealSums
        let need: Double
        /// The deals at the lower edge of each cell; the last entry is the upper edge of the last cell.
        private let edges: [Int]
        static let cells = 2048

        init(_ model: OddsModel) {
            let expectedDeals = model.dealSize > 0 ? 3 * model.need / model.dealSize : 0
            let upTo = Int(expectedDeals.isFinite ? min(expectedDeals, 60_000) : 0) + model.openByCount + model.open.count + 64
            let sums = DealSums(dealSize: model.dealSize, cv: max(0, model.evidence.dealSizeCV), upTo: upTo)
            self.sums = sums
            let need = model.need
            self.need = need
            edges = (0...Self.cells).map { j in
                j == 0 || j == Self.cells ? -1 : sums.dealsToCover(need, z: NormalQuantiles.acklam(Double(j) / Double(Self.cells)))
            }
        }

        /// For a need above zero (the draws with nothing left to cover never ask).
        @inline(__always) func deals(_ u: Double) -> Int {
            let cell = Int(u * Double(Self.cells))
            let low = edges[cell], high = edges[cell + 1]
            return low == high ? low : sums.dealsToCover(need, z: NormalQuantiles.acklam(u))
        }
    }

    /// P(X ≤ k) for X ~ Binomial(n, p), k = 0...n, written into `cumulative`.
    private static func cumulativeBinomial(trials n: Int, chance p: Double, into cumulative: inout [Double]) {
        guard n > 0 else { return }
        var mass = pow(1 - p, Double(n)), total = mass
        for k in 0..<n {
            cumulative[k] = total
            mass *= p >= 1 ? 0 : Double(n - k) / Double(k + 1) * p / (1 - p)
            total += mass
        }
        cumulative[n] = 1
    }

    /// Gamma(shape, 1) at the normal quantile `z` (Wilson–Hilferty), from 1 ÷ (9·shape) and 1 ÷ (3·√shape).
    @inline(__always) static func gamma(shape: Double, ninth: Double, third: Double, z: Double) -> Double {
        let root = 1 - ninth + z * third
        return root <= 0 ? 0 : shape * root * root * root
    }

    /// What a number of deals brings: the sum of their sizes is Gamma(deals ÷ cv², deal × cv²).
    struct DealSums {
        let dealSize: Double, variance: Double, scale: Double, perDeal: Double, perScale: Double
        /// 1 ÷ (9·shape) and 1 ÷ (3·√shape) for 0...n deals, and 1 ÷ √k, worked out once.
        let ninths: [Double], thirds: [Double], rootInverses: [Double]

        init(dealSize: Double, cv: Double, upTo n: Int) {
            self.dealSize = dealSize
            variance = cv * cv
            scale = dealSize * variance
            perScale = scale > 0 ? 1 / scale : 0
            perDeal = variance > 0 ? 1 / variance : 0
            let perDeal = perDeal
            ninths = (0...max(1, n)).map { $0 == 0 || perDeal == 0 ? 0 : 1 / (9 * Double($0) * perDeal) }
            thirds = (0...max(1, n)).map { $0 == 0 || perDeal == 0 ? 0 : 1 / (3 * (Double($0) * perDeal).squareRoot()) }
            rootInverses = (0...max(1, n)).map { $0 == 0 ? 0 : 1 / Double($0).squareRoot() }
        }

        /// 1 ÷ √k, from the table when it holds k.
        @inline(__always) func rootInverse(_ k: Int) -> Double {
            k < rootInverses.count ? rootInverses[k] : 1 / Double(k).squareRoot()
        }

        /// The sum of `deals` deal sizes at the normal quantile `z`.
        @inline(__always) func revenue(deals k: Int, z: Double) -> Double {
            guard variance > 0 else { return Double(k) * dealSize }
            let shape = Double(k) * perDeal
            if k < ninths.count { return OddsModel.gamma(shape: shape, ninth: ninths[k], third: thirds[k], z: z) * scale }
            let third = 1 / (3 * shape.squareRoot())
            return OddsModel.gamma(shape: shape, ninth: third * third, third: third, z: z) * scale
        }

        /// The fewest deals whose sizes add up to `left` at the normal quantile `z`: guessed from the sum's normal
        /// approximation (s + z·√s in shape units), then checked one deal either way.
        func dealsToCover(_ left: Double, z: Double) -> Int {
            guard variance > 0 else { return max(1, Int(min((left / dealSize).rounded(.up), Double(Int32.max)))) }
            let target = left * perScale
            let root = (-z + (z * z + 4 * target).squareRoot()) / 2
            var k = max(1, Int(min(root * root * variance, Double(Int32.max))))
            if revenue(deals: k, z: z) >= left {
                while k > 1, revenue(deals: k - 1, z: z) >= left { k -= 1 }
                return k
            }
            // Too few: gallop up to a count that covers, then halve the gap (`low` never covers, `high` always does).
            var low = k, high = k + 1, step = 1
            while revenue(deals: high, z: z) < left, high < Int(Int32.max) {
                low = high
                step *= 2
                high = min(Int(Int32.max), low + step)
            }
            while high - low > 1 {
                let mid = (low + high) / 2
                if revenue(deals: mid, z: z) >= left { high = mid } else { low = mid }
            }
            return high
        }
    }

    /// The first meetings it takes to win some deals when each meeting wins one with chance `p`: the trial of the last
    /// success (a sum of geometric waits for a few deals; for many, the negative binomial's misses as a Gamma of the
    /// same mean and spread).
    struct Wait {
        let p: Double, perLogMiss: Double, perP: Double, thirdOfMissRoot: Double

        init(chance p: Double) {
            self.p = p
            perLogMiss = p > 0 && p < 1 ? 1 / log1p(-p) : 0
            perP = p > 0 ? 1 / p : 0
            thirdOfMissRoot = p < 1 ? 1 / (3 * (1 - p).squareRoot()) : 0
        }

        /// `rootInverse` is 1 ÷ √deals, from a table.
        func meetings(toWin deals: Int, rootInverse: Double, _ draws: inout Draws) -> Int32 {
            guard p > 0 else { return Int32.max }
            guard p < 1 else { return Int32(clamping: deals) }
            var total = 0.0
            if deals <= 12 {
                for _ in 0..<deals { total += (log(draws.uniform()) * perLogMiss).rounded(.up) }
            } else {
                let shape = Double(deals) * (1 - p)
                let third = thirdOfMissRoot * rootInverse
                let misses =
                    OddsModel.gamma(
                        shape: shape, ninth: third * third,
                        third: third, z: draws.quickNormal()) * perP
                // Truncation rounds the half-up misses down: they are never negative.
                let rounded = Double(deals) + misses + 0.5
                return rounded < Double(Int32.max) ? Int32(rounded) : Int32.max
            }
            return total.isFinite && total < Double(Int32.max) ? Int32(total) : Int32.max
        }
    }

    /// A ratio known from `trials` past cases: Beta(p·n, (1−p)·n).
    private struct Beta {
        var rate: Double
        var trials: Double

        func draw(_ draws: inout Draws) -> Double {
            guard trials > 0, rate > 0, rate < 1 else { return rate }
            return draws.beta(rate * trials, (1 - rate) * trials)
        }

        /// Cells the distribution is summed over for its quantiles.
        static let cells = 4096

        /// `count` values, one from each of `count` equal slices of the distribution, in order: its quantiles at
        /// (j + U) ÷ count, read from its density summed over a grid. A density unbounded at an end (a shape below
        /// one) is drawn instead.
        func stratified(_ count: Int, _ draws: inout Draws) -> [Double] {
            guard trials > 0, rate > 0, rate < 1 else { return Array(repeating: rate, count: count) }
            let alpha = rate * trials, beta = (1 - rate) * trials
            guard alpha >= 1, beta >= 1 else { return (0..<count).map { _ in draw(&draws) } }
            let cells = Self.cells
            var cumulative = [Double](repeating: 0, count: cells + 1)
            var mass = [Double](repeating: 0, count: cells)
            // In log space around the mode, so that large shapes neither overflow nor vanish.
            let mode = (alpha - 1) / max(alpha + beta - 2, 1e-12)
            let peak = (alpha - 1) * log(max(mode, 1e-300)) + (beta - 1) * log(max(1 - mode, 1e-300))
            for k in 0..<cells {
                let x = (Double(k) + 0.5) / Double(cells)
                mass[k] = exp((alpha - 1) * log(x) + (beta - 1) * log1p(-x) - peak)
                cumulative[k + 1] = cumulative[k] + mass[k]
            }
            let total = cumulative[cells]
            var values: [Double] = []
            values.reserveCapacity(count)
            var cell = 0
            for j in 0..<count {
                let target = (Double(j) + draws.uniform()) / Double(count) * total
                while cell < cells - 1, cumulative[cell + 1] < target { cell += 1 }
                let within = mass[cell] > 0 ? min(1, max(0, (target - cumulative[cell]) / mass[cell])) : 0.5
                values.append((Double(cell) + within) / Double(cells))
            }
            return values
        }
    }
}

/// The simulated meetings a goal needs, draw by draw, to read chances from: counted by meetings, so that every
/// chance and every quantile is a look-up.
public struct MeetingsNeeded: Sendable {
    /// Draws enough with at most m meetings, for m up to the largest count kept by value.
    private var covered: [Int]
    /// The counts past those, sorted (`Int32.max` where no count would do).
    private var beyond: [Int32]
    public let draws: Int

    /// Counts above this are kept sorted rather than by value.
    static let byValueUpTo = 1 << 18

    public init(_ model: OddsModel, draws: Int = OddsModel.draws, seed: UInt64 = OddsModel.seed) {
        self.init(needed: model.meetingsNeeded(draws: draws, seed: seed))
    }

    init(needed: [Int32]) {
        draws = needed.count
        var largest = 0
        for n in needed where Int(n) <= Self.byValueUpTo { largest = max(largest, Int(n)) }
        var counts = [Int](repeating: 0, count: largest + 1)
        var beyond: [Int32] = []
        for n in needed {
            if Int(n) <= largest { counts[Int(n)] += 1 } else { beyond.append(n) }
        }
        for m in counts.indices.dropFirst() { counts[m] += counts[m - 1] }
        covered = counts
        self.beyond = beyond.sorted()
    }

    /// The share of draws in which `meetings` first meetings are enough.
    public func chance(meetings: Int) -> Double {
        guard draws > 0 else { return 1 }
        guard meetings >= 0 else { return 0 }
        var enough = covered[min(meetings, covered.count - 1)]
        if meetings >= covered.count { enough += beyond.prefix { Int($0) <= meetings }.count }
        return Double(enough) / Double(draws)
    }

    /// The fewest first meetings enough in at least `target` of the draws (nil when no count is).
    public func meetings(forChance target: Double) -> Int? {
        guard draws > 0 else { return 0 }
        let rank = min(draws, max(1, Int((target * Double(draws)).rounded(.up))))
        if let last = covered.last, last >= rank {
            var low = 0, high = covered.count - 1
            while low < high {
                let mid = (low + high) / 2
                if covered[mid] >= rank { high = mid } else { low = mid + 1 }
            }
            return low
        }
        let value = beyond[rank - (covered.last ?? 0) - 1]
        return value == Int32.max ? nil : Int(value)
    }

    /// The smallest weekly count w with ⌊w × weeks⌋ at least the meetings enough for `target` (nil when none is).
    public func weeklyMeetings(forChance target: Double, weeks: Double) -> Int? {
        guard let total = meetings(forChance: target) else { return nil }
        guard total > 0 else { return 0 }
        guard weeks > 0 else { return nil }
        var weekly = max(0, Int((Double(total) / weeks).rounded(.up)) - 1)
        while Rounding.downCount(Double(weekly) * weeks) < total { weekly += 1 }
        return weekly
    }
}

/// The odds as plan.json keeps them: the chance with its real uncertainty, what 80% takes, and the model behind it.
public struct PlanOdds: Equatable, Sendable, Codable {
    public var chance: Double
    /// Nil when no weekly count reaches 80% (a ratio of zero).
    public var weeklyMeetingsFor80Percent: Int?
    public var model: Model

    /// How the odds were simulated, so they can be checked and repeated.
    public struct Model: Equatable, Sendable, Codable {
        public var draws: Int
        public var seed: UInt64
        public var dealSizeCV: Double
        public var evidence: OddsEvidence

        enum CodingKeys: String, CodingKey {
            case draws, seed, evidence
            case dealSizeCV = "deal_size_cv"
        }
    }

    enum CodingKeys: String, CodingKey {
        case chance, model
        case weeklyMeetingsFor80Percent = "weekly_meetings_for_80_percent"
    }

    public init(chance: Double, weeklyMeetingsFor80Percent: Int?, model: Model) {
        self.chance = chance
        self.weeklyMeetingsFor80Percent = weeklyMeetingsFor80Percent
        self.model = model
    }

    /// The odds of holding `meetings` first meetings over `weeks` (weekly counts are asked over these weeks).
    public init(_ model: OddsModel, meetings: Int, weeks: Double) {
        let needed = MeetingsNeeded(model)
        self.init(
            chance: needed.chance(meetings: meetings),
            weeklyMeetingsFor80Percent: needed.weeklyMeetings(forChance: Planner.targetChance, weeks: weeks),
            model: Model(
                draws: needed.draws, seed: OddsModel.seed, dealSizeCV: model.evidence.dealSizeCV,
                evidence: model.evidence))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(chance, forKey: .chance)
        try c.encode(weeklyMeetingsFor80Percent, forKey: .weeklyMeetingsFor80Percent)
        try c.encode(model, forKey: .model)
    }
}
