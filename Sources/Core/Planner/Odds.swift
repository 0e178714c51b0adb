/// The plan's odds: how likely a weekly meeting count is to bring the deals the goal needs.
public struct Odds: Sendable {
    public var deals: Int
    public var open: Int
    /// The chance one first meeting ends in a won deal (meeting→opportunity × close rate).
    public var perMeeting: Double
    public var closeRate: Double
    public var sellingWeeks: Double

    public init(deals: Int, open: Int, perMeeting: Double, closeRate: Double, sellingWeeks: Double) {
        self.deals = deals
        self.open = open
        self.perMeeting = perMeeting
        self.closeRate = closeRate
        self.sellingWeeks = sellingWeeks
    }

    /// The odds of `deals` from these inputs' ratios and open pipeline over `sellingWeeks`.
    public init(_ inputs: PlanInputs, deals: Int, sellingWeeks: Double) {
        self.init(
            deals: deals, open: inputs.openOpportunities, perMeeting: inputs.meetingToOpportunity * inputs.closeRate,
            closeRate: inputs.closeRate, sellingWeeks: sellingWeeks)
    }

    /// ⌊weekly × selling weeks⌋: the first meetings held over the period.
    public func meetings(weekly: Int) -> Int {
        max(0, Rounding.downCount(Double(weekly) * sellingWeeks))
    }

    public func chance(weeklyMeetings: Int) -> Double {
        chance(meetings: meetings(weekly: weeklyMeetings))
    }

    /// The chance of the deals from `meetings` first meetings over the period and the open pipeline.
    public func chance(meetings: Int) -> Double {
        Binomial.chanceOfAtLeast(deals, trials: max(0, meetings), success: perMeeting, plus: open, success: closeRate)
    }

    /// The smallest weekly meeting count whose chance is at least `target` (0 when no deals are needed).
    public func weeklyMeetings(forChance target: Double) -> Int {
        guard deals > 0 else { return 0 }
        guard perMeeting > 0, sellingWeeks > 0 else { return Int.max }
        if chance(weeklyMeetings: 0) >= target { return 0 }
        // The chance grows with the weekly count: find a count that is enough, then bisect.
        var low = 0, high = max(1, Int(Double(deals) / perMeeting / sellingWeeks))
        while chance(weeklyMeetings: high) < target {
            low = high
            high *= 2
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            if chance(weeklyMeetings: mid) >= target { high = mid } else { low = mid }
        }
        return high
    }
}

extension Plan {
    /// The weeks the weekly figures are spread over: the prospecting weeks, or one when there are too few.
    public var sellingWeeks: Double { feasible ? calendar.prospectingWeeks : 1 }

    /// The contract's simpler odds (only the luck in which deals close), to try other weekly meeting counts against.
    public var dealCountOdds: Odds { Odds(inputs, deals: totals.deals, sellingWeeks: sellingWeeks) }
}
