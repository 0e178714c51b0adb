import Planner

/// One rep as the manager sees the team: targets, the latest week, the period so far, the odds now, and flags.
public struct TeamRow: Equatable, Sendable {
    public enum Flag: String, Equatable, Sendable, CaseIterable, Codable {
        /// No check-in for the last two weeks.
        case noCheckIn = "no_checkin"
        /// The last two weeks checked in were each under plan.
        case behindTwoWeeks = "behind_two_weeks"
        /// The plan needs more prospecting hours than the rep has.
        case overCapacity = "over_capacity"
    }

    public var rep: String
    public var slug: String
    public var weeklyMeetings: Int
    public var weeklyActivities: [(name: String, count: Int)]
    public var lastWeek: Day?
    /// Meetings held against plan in the last week checked in.
    public var lastWeekShare: Double?
    /// Meetings held against plan over every week checked in.
    public var soFarShare: Double?
    /// The chance of reaching the goal at the pace so far (the plan's weekly meetings times the share held so far; the
    /// plan's own pace with no check-in), from today, with what has closed and the pipeline now.
    public var chanceNow: Double
    public var flags: [Flag]
    /// Whole weeks since the last check-in (or since the plan started, with none), when that is two or more.
    public var weeksWithoutCheckIn: Int?

    public static func == (a: TeamRow, b: TeamRow) -> Bool {
        a.rep == b.rep && a.slug == b.slug && a.weeklyMeetings == b.weeklyMeetings
            && a.weeklyActivities.map(\.name) == b.weeklyActivities.map(\.name)
            && a.weeklyActivities.map(\.count) == b.weeklyActivities.map(\.count)
            && a.lastWeek == b.lastWeek && a.lastWeekShare == b.lastWeekShare && a.soFarShare == b.soFarShare
            && a.chanceNow == b.chanceNow && a.flags == b.flags && a.weeksWithoutCheckIn == b.weeksWithoutCheckIn
    }

    /// Under this share of the planned meetings, a week is behind.
    public static let behindBelow = 0.9

    public init(plan: Plan, checkIns: [CheckIn], today: Day) {
        self.init(outline: PlanOutline(plan), checkIns: checkIns, today: today)
    }

    /// `earlier`: outlines of the plans a revision replaced, so each week is graded against the plan in force then.
    public init(outline plan: PlanOutline, checkIns: [CheckIn], today: Day, earlier: [PlanOutline] = []) {
        rep = plan.rep
        slug = plan.slug
        weeklyMeetings = plan.weekly.meetings
        weeklyActivities = plan.activityTargets.map { ($0.name, $0.count) }
        let sorted = checkIns.sorted { $0.week < $1.week }
        lastWeek = sorted.last?.week
        // Each week against what the plan asked of that week: less in a part week, none once prospecting is over.
        let plans = [plan] + earlier
        func share(_ weeks: [CheckIn]) -> Double? {
            let asked = weeks.map { (plans.inForce(at: $0.week) ?? plan).meetingsTarget(for: $0.week) }.reduce(0, +)
            guard asked > 0 else { return nil }
            return Double(weeks.map(\.meetingsHeld).reduce(0, +)) / Double(asked)
        }
        lastWeekShare = sorted.last.map { share([$0]) } ?? nil
        soFarShare = share(sorted)

        // A revision's inputs already hold what was checked in before it: only the weeks since count again.
        let since = plan.revision > 1 ? CheckIn.weekStart(of: plan.inForceFrom) : nil
        let totals = CheckInTotals(sorted.filter { checkIn in since.map { checkIn.week >= $0 } ?? true })
        var inputs = plan.inputs
        inputs.asOf = min(max(today, inputs.asOf), inputs.period.end)
        inputs.closedToDate += totals.revenueClosed
        inputs.openOpportunities = totals.openOpportunities(from: inputs.openOpportunities)
        // At the pace so far from today, with what has closed and the pipeline as it is now: a rep at 15% of plan is
        // not given the odds of one on plan.
        let pace = soFarShare.map { Int((Double(plan.weekly.meetings) * min($0, 1)).rounded()) } ?? plan.weekly.meetings
        if let now = try? Planner.plan(inputs, withOdds: false) {
            chanceNow = now.dealCountOdds.chance(weeklyMeetings: pace)
        } else {
            chanceNow = plan.chanceOfGoal
        }

        var flags: [Flag] = []
        let thisWeek = CheckIn.weekStart(of: today)
        let started = CheckIn.weekStart(of: max(plan.calendarStart, plan.inputs.period.start))
        // Weeks gone by with no check-in: from the week after the last one checked in (or the plan's first week).
        let quietSince = lastWeek.map { $0.adding(days: 7) } ?? started
        let quiet = max(0, quietSince.days(to: thisWeek) / 7)
        if quiet >= 2 {
            flags.append(.noCheckIn)
            weeksWithoutCheckIn = quiet
        }
        if sorted.count >= 2, sorted.suffix(2).allSatisfy({ (share([$0]) ?? 1) < Self.behindBelow }) { flags.append(.behindTwoWeeks) }
        let needed = Plan.hours(
            activities: plan.activityTargets, meetings: plan.weekly.meetings,
            meetingMinutes: plan.inputs.meetingMinutes)
        if let hours = plan.prospectingHours, needed > hours + 1e-9 { flags.append(.overCapacity) }
        self.flags = flags
    }

    /// Who needs attention first: more flags, then furthest behind, then the lowest odds.
    /// A rep far behind comes before one merely quiet: those under plan so far first, furthest behind first; then
    /// the most flags; then the lowest odds.
    public static func attentionFirst(_ a: TeamRow, _ b: TeamRow) -> Bool {
        let sa = a.soFarShare ?? 1, sb = b.soFarShare ?? 1
        let behindA = sa < behindBelow, behindB = sb < behindBelow
        if behindA != behindB { return behindA }
        if behindA, sa != sb { return sa < sb }
        if a.flags.count != b.flags.count { return a.flags.count > b.flags.count }
        if sa != sb { return sa < sb }
        if a.chanceNow != b.chanceNow { return a.chanceNow < b.chanceNow }
        return a.rep < b.rep
    }
}
