/// The pipeline-building target once this period's prospecting is over (or not needed): the first meetings a week
/// that fill the next period's hopper at the same goal, so it does not start empty.
public struct NextPeriod: Equatable, Sendable, Codable {
    public var weeklyMeetings: Int
    /// The first day it applies: the day after the last prospecting week, or the plan's first day when this period
    /// asks no new meetings.
    public var from: Day
    /// The next period's last day: a period as long as this one, right after it.
    public var end: Day

    enum CodingKeys: String, CodingKey {
        case from, end
        case weeklyMeetings = "weekly_meetings"
    }

    public init(weeklyMeetings: Int, from: Day, end: Day) {
        self.weeklyMeetings = weeklyMeetings
        self.from = from
        self.end = end
    }

    /// The same goal over a period as long as this one, its first meetings booked from `from` until the next
    /// period's own closing weeks (its sales cycle and the same weeks off).
    public init(_ inputs: PlanInputs, from: Day) {
        let end = Self.end(after: inputs.period)
        let deals = Funnel.deals(revenue: inputs.goal, dealSize: inputs.dealSize)
        let opportunities = Funnel.opportunities(deals: deals, closeRate: inputs.closeRate)
        let meetings = Funnel.meetings(opportunities: opportunities, meetingToOpportunity: inputs.meetingToOpportunity)
        let weeks = Double(from.days(to: end) + 1) / 7 - inputs.salesCycleWeeks - inputs.weeksOff
        self.init(weeklyMeetings: Funnel.perPeriod(meetings, over: max(1, weeks)), from: from, end: end)
    }
}

extension NextPeriod {
    /// The last day of a period as long as `period`, right after it: whole months for a period of whole months
    /// (2027 is followed by 2028, to Dec 31), else the same number of days.
    static func end(after period: Period) -> Day {
        let after = period.end.adding(days: 1)
        guard period.start.parts.day == 1, after.parts.day == 1 else {
            return period.end.adding(days: period.start.days(to: period.end) + 1)
        }
        let months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        return after.adding(months: months).adding(days: -1)
    }
}

extension Plan {
    /// The next period's pipeline target, unless the rep said this period is their last or no week is left for it.
    public var nextPeriod: NextPeriod? {
        guard !inputs.lastPeriod, inputs.goal > 0 else { return nil }
        let shares = weekShares(weekStarts)
        guard let from = nextPeriodStart(shares) else { return nil }
        return NextPeriod(inputs, from: from)
    }

    /// The day after this period's last prospecting day, or its first day when it asks no meetings; nil when no week
    /// after it is left.
    func nextPeriodStart(_ shares: [Double]) -> Day? {
        if fullSpeedWeeklyMeetings == 0 { return calendar.start }
        let next = lastProspectingDay(shares).adding(days: 1)
        return next <= period.end ? next : nil
    }
}
