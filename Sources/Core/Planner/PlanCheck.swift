/// Whether a plan read from a file holds only figures a plan can hold, so a damaged or hand-edited file
/// is refused by name instead of showing "-5 meetings a week" or planning from infinity.
public enum PlanCheck {
    /// The largest amount of money, count and ratio of attempts any answer is allowed to be.
    public static let largestMoney = 1e13
    public static let largestCount = 1e9
    public static let largestAttemptsPerMeeting = 1e6

    typealias Check = (key: String, value: Double, bounds: ClosedRange<Double>)

    /// The first key (as plan.json spells it) whose value is out of bounds, or nil when every figure is plausible.
    public static func implausibleKey(_ plan: Plan) -> String? {
        first(
            inputs(plan.inputs) + weekly(plan.weekly, prospectingHours: plan.prospectingHours) + [
                ("totals.remaining_goal", plan.totals.remainingGoal, 0...largestMoney),
                ("totals.deals", Double(plan.totals.deals), 0...largestCount),
                ("totals.opportunities", Double(plan.totals.opportunities), 0...largestCount),
                ("totals.meetings", Double(plan.totals.meetings), 0...largestCount),
                ("daily.meetings", Double(plan.daily.meetings), 0...largestCount),
                ("monthly.deals", Double(plan.monthly.deals), 0...largestCount),
                ("calendar.prospecting_weeks", plan.calendar.prospectingWeeks, -520...520),
                ("calendar.months", plan.calendar.months, 0...120),
                ("confidence.chance_of_goal", plan.confidence.chanceOfGoal, 0...1),
                ("confidence.weekly_meetings_for_80_percent", Double(plan.confidence.weeklyMeetingsFor80Percent), 0...largestCount),
                ("revision", Double(plan.revision), 1...1e6),
            ]) ?? (plan.period.start > plan.period.end ? "period" : nil)
    }

    /// The same for the slim outline an overview reads.
    public static func implausibleKey(_ outline: PlanOutline) -> String? {
        first(
            inputs(outline.inputs) + weekly(outline.weekly, prospectingHours: outline.prospectingHours) + [
                ("confidence.chance_of_goal", outline.chanceOfGoal, 0...1)
            ]) ?? (outline.inputs.period.start > outline.inputs.period.end ? "period" : nil)
    }

    static func first(_ checks: [Check]) -> String? {
        checks.first { !$0.value.isFinite || !$0.bounds.contains($0.value) }?.key
    }

    static func inputs(_ i: PlanInputs) -> [Check] {
        var checks: [Check] = [
            ("inputs.goal", i.goal, 0...largestMoney),
            ("inputs.closed_to_date", i.closedToDate, 0...largestMoney),
            ("inputs.deal_size", i.dealSize, 1e-6...largestMoney),
            ("inputs.close_rate", i.closeRate, 1e-9...1),
            ("inputs.meeting_to_opportunity", i.meetingToOpportunity, 1e-9...1),
            ("inputs.sales_cycle_weeks", i.salesCycleWeeks, 0...520),
            ("inputs.weeks_off", i.weeksOff, 0...52),
            ("inputs.open_opportunities", Double(i.openOpportunities), 0...largestCount),
            ("inputs.working_days", Double(i.workingDays), 1...7),
        ]
        for (n, channel) in i.channels.enumerated() {
            checks.append(("inputs.channels[\(n)].share", channel.share, 0...1))
            checks.append(("inputs.channels[\(n)].attempts_per_meeting", channel.attemptsPerMeeting, 1e-9...largestAttemptsPerMeeting))
            if let minutes = channel.minutesPerAttempt { checks.append(("inputs.channels[\(n)].minutes_per_attempt", minutes, 0...1440)) }
        }
        return checks
    }

    static func weekly(_ weekly: Plan.Weekly, prospectingHours: Double?) -> [Check] {
        var checks: [Check] = [("weekly.meetings", Double(weekly.meetings), 0...largestCount)]
        for (n, activity) in weekly.activities.enumerated() {
            checks.append(("weekly.activities[\(n)].count", Double(activity.count), 0...largestCount * largestAttemptsPerMeeting))
        }
        if let hours = prospectingHours { checks.append(("prospecting_hours", hours, 0...168)) }
        return checks
    }
}
