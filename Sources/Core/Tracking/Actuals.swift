import Planner

/// A ratio as measured, with how many trials it rests on.
public struct Measured: Equatable, Sendable, Codable {
    public var value: Double?
    public var sample: Int
}

/// The ratios that really happened over the weeks checked in.
public struct Actuals: Equatable, Sendable {
    public var weeks: Int
    /// Attempts per first meeting booked, per activity (sample: meetings booked).
    public var attemptsPerMeeting: [(name: String, measured: Measured)]
    /// Opportunities created per first meeting held (sample: meetings held).
    public var meetingToOpportunity: Measured
    /// Won ÷ (won + lost), resolved opportunities only (sample: won + lost).
    public var closeRate: Measured
    /// Revenue closed per deal won (sample: deals won).
    public var dealSize: Measured

    public static func == (a: Actuals, b: Actuals) -> Bool {
        a.weeks == b.weeks && a.meetingToOpportunity == b.meetingToOpportunity && a.closeRate == b.closeRate
            && a.dealSize == b.dealSize && a.attemptsPerMeeting.map(\.name) == b.attemptsPerMeeting.map(\.name)
            && a.attemptsPerMeeting.map(\.measured) == b.attemptsPerMeeting.map(\.measured)
    }

    public init(plan: Plan, totals t: CheckInTotals) {
        weeks = t.weeks
        attemptsPerMeeting = plan.inputs.channels.map { c in
            let booked = t.booked(c.name)
            return (c.name, Measured(value: booked > 0 ? Double(t.attempts(c.name)) / Double(booked) : nil, sample: booked))
        }
        meetingToOpportunity = Measured(
            value: t.meetingsHeld > 0 ? Double(t.opportunitiesCreated) / Double(t.meetingsHeld) : nil, sample: t.meetingsHeld)
        let resolved = t.dealsWon + t.dealsLost
        closeRate = Measured(value: resolved > 0 ? Double(t.dealsWon) / Double(resolved) : nil, sample: resolved)
        dealSize = Measured(value: t.dealsWon > 0 ? t.revenueClosed / Double(t.dealsWon) : nil, sample: t.dealsWon)
    }
}
