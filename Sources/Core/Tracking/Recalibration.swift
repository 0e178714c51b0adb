import Planner

/// The plan's ratios weighed against what happened: (successes + k × planned) ÷ (trials + k).
public struct Recalibration: Equatable, Sendable {
    /// Which ratios the catch-up plan uses.
    public enum Choice: String, Equatable, Sendable, Codable, CaseIterable {
        case planned, actual, blended
    }

    /// How much evidence the plan's own ratio counts for, in the ratio's trials.
    public static let k = 10.0
    /// Under this many trials an actual ratio is a small sample (for an activity: meetings booked).
    public static let smallSample = 20
    public static let smallChannelSample = 5

    /// One ratio: planned, measured, blended.
    public struct Blend: Equatable, Sendable, Codable {
        public var planned: Double
        public var actual: Double?
        public var blended: Double
        public var sample: Int
        /// k in this ratio's trials (for an activity: attempts, ten planned meetings' worth).
        public var k: Double
        public var small: Bool

        /// Nothing measured yet, or a rate of nought that no plan can rest on: "actual" takes the blend for it.
        public var actualUnusable: Bool { actual.map { $0 <= 0 } ?? false }

        public func value(_ choice: Choice) -> Double {
            switch choice {
            case .planned: return planned
            case .actual: return actualUnusable ? blended : actual ?? planned
            case .blended: return blended
            }
        }
    }

    public var closeRate: Blend
    public var meetingToOpportunity: Blend
    public var dealSize: Blend
    /// Attempts per meeting, per activity.
    public var attemptsPerMeeting: [String: Blend]

    static func blend(successes: Double, trials: Double, planned: Double, k: Double) -> Double {
        (successes + k * planned) / (trials + k)
    }

    public init(plan: Plan, totals t: CheckInTotals) {
        let i = plan.inputs
        let k = Self.k
        // What really happened is measured once, by `Actuals`; here it is blended with what was planned.
        let measured = Actuals(plan: plan, totals: t)
        let resolved = Double(t.dealsWon + t.dealsLost)
        closeRate = Blend(
            planned: i.closeRate, actual: measured.closeRate.value,
            blended: Self.blend(successes: Double(t.dealsWon), trials: resolved, planned: i.closeRate, k: k),
            sample: Int(resolved), k: k, small: Int(resolved) < Self.smallSample)
        let held = Double(t.meetingsHeld)
        meetingToOpportunity = Blend(
            planned: i.meetingToOpportunity, actual: measured.meetingToOpportunity.value,
            blended: Self.blend(successes: Double(t.opportunitiesCreated), trials: held, planned: i.meetingToOpportunity, k: k),
            sample: t.meetingsHeld, k: k, small: t.meetingsHeld < Self.smallSample)
        let won = Double(t.dealsWon)
        dealSize = Blend(
            planned: i.dealSize, actual: measured.dealSize.value,
            blended: Self.blend(successes: t.revenueClosed, trials: won, planned: i.dealSize, k: k),
            sample: t.dealsWon, k: k, small: t.dealsWon < Self.smallSample)
        var channels: [String: Blend] = [:]
        let measuredChannels = Dictionary(measured.attemptsPerMeeting.map { ($0.name, $0.measured.value) }) { a, _ in a }
        for c in i.channels {
            let attempts = Double(t.attempts(c.name)), booked = Double(t.booked(c.name))
            // The meeting rate (meetings ÷ attempts) is what blends; k is ten planned meetings' worth of attempts.
            let kAttempts = k * c.attemptsPerMeeting
            let rate = Self.blend(successes: booked, trials: attempts, planned: 1 / c.attemptsPerMeeting, k: kAttempts)
            channels[c.name] = Blend(
                planned: c.attemptsPerMeeting, actual: measuredChannels[c.name] ?? nil, blended: 1 / rate,
                sample: t.booked(c.name), k: kAttempts, small: t.booked(c.name) < Self.smallChannelSample)
        }
        attemptsPerMeeting = channels
    }

    /// The plan's inputs with the chosen ratios; rates stay within (0, 1].
    public func apply(_ choice: Choice, to inputs: PlanInputs) -> PlanInputs {
        var next = inputs
        next.closeRate = min(1, max(1e-6, closeRate.value(choice)))
        next.meetingToOpportunity = min(1, max(1e-6, meetingToOpportunity.value(choice)))
        next.dealSize = max(1, dealSize.value(choice))
        next.channels = inputs.channels.map { c in
            var updated = c
            if let blend = attemptsPerMeeting[c.name] { updated.attemptsPerMeeting = max(1e-6, blend.value(choice)) }
            return updated
        }
        return next
    }
}
