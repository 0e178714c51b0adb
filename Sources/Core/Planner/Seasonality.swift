/// How a rep's sales fall over the year: a weight for each month (1 is an average month).
public struct Seasonality: Equatable, Sendable, Codable {
    /// Where the weights came from.
    public enum Source: String, Equatable, Sendable, Codable {
        /// team.yaml's `seasonality:`.
        case team
        /// The won amounts in the rep's CRM history, by the month they closed.
        case history
        /// The answers file's `seasonality:`.
        case given
    }

    /// January first; they average 1.
    public var weights: [Double]
    public var source: Source

    /// The weights as given, scaled to average 1; nil unless there are twelve, none negative, some above zero.
    public init?(weights given: [Double], source: Source) {
        guard given.count == 12, given.allSatisfy({ $0 >= 0 && $0.isFinite }) else { return nil }
        let total = given.reduce(0, +)
        guard total > 0 else { return nil }
        weights = given.map { $0 * 12 / total }
        self.source = source
    }

    /// From won amounts by closing month (January first), shrunk towards an even year by the deals they rest on:
    /// with n deals, n ÷ (n + 12) of the history's shape and the rest even, so one large deal is not a season.
    public init?(wonByMonth amounts: [Double], deals: Int) {
        guard amounts.count == 12, deals > 0 else { return nil }
        let total = amounts.reduce(0, +)
        guard total > 0 else { return nil }
        let trust = Double(deals) / Double(deals + 12)
        self.init(weights: amounts.map { trust * $0 * 12 / total + (1 - trust) }, source: .history)
    }

    public func weight(_ day: Day) -> Double { weights[day.month - 1] }

    /// Each month of the period with its part of the goal: the goal spread over the period's days, each day weighed by
    /// its month.
    public func monthlyGoals(_ goal: Double, period: Period) -> [MonthlyGoal] {
        var days: [(month: Day, weight: Double)] = []
        var day = period.start
        while day <= period.end {
            let first = Day(year: day.year, month: day.month, day: 1) ?? day
            let next = first.adding(months: 1)
            let last = min(period.end, next.adding(days: -1))
            days.append((first, Double(day.days(to: last) + 1) * weight(day)))
            day = next
        }
        let total = days.map(\.weight).reduce(0, +)
        return days.map { MonthlyGoal(month: $0.month, goal: total > 0 ? goal * $0.weight / total : 0) }
    }

    enum CodingKeys: String, CodingKey { case weights, source }
}

/// One month's part of the goal.
public struct MonthlyGoal: Equatable, Sendable, Codable {
    /// The month's first day.
    public var month: Day
    public var goal: Double
}

extension Plan {
    /// Each week's weight for its meetings: the season of the month its meetings close in, a sales cycle later; 1 for
    /// every week when no season is known.
    func seasonalWeights(_ starts: [Day]) -> [Double] {
        guard let season = inputs.seasonality else { return starts.map { _ in 1 } }
        let lag = Int((inputs.salesCycleWeeks * 7).rounded())
        return starts.map { season.weight($0.adding(days: 3 + lag)) }
    }

    /// The goal month by month when a season is known.
    public var monthlyGoals: [MonthlyGoal]? {
        inputs.seasonality.map { $0.monthlyGoals(inputs.goal, period: period) }
    }
}
