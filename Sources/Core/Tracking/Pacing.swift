import Planner

/// Actual against plan for one measure.
public struct Pace: Equatable, Sendable, Codable {
    public enum Measure: Hashable, Sendable, Codable {
        case activity(String)
        case meetings, opportunities, deals
    }

    public var measure: Measure
    public var target: Double
    public var actual: Double

    /// Actual ÷ target (nil with no target).
    public var share: Double? { target > 0 ? actual / target : nil }
}

/// What the manager inspects: this week and the period so far against the plan.
public struct Pacing: Equatable, Sendable {
    public var week: Day
    public var thisWeek: [Pace]
    public var soFar: [Pace]
    public var weeks: Int
    /// Said of the period so far, the span of the table's percentages.
    public var verdict: Verdict
    /// Revenue closed to the end of the week, and the goal pro-rated to the same day: the lagging figure.
    public var revenue: Revenue
    /// The dates away the week falls in, when the plan asked nothing of it.
    public var away: DatesOff? = nil
    /// The week's targets are the next period's pipeline: this period's prospecting is over.
    public var forNextPeriod = false

    public struct Revenue: Equatable, Sendable {
        public var closed: Double
        public var goal: Double
        /// The goal's share due by the end of the week, by days elapsed in the period.
        public var proRated: Double
    }

    /// The one plain sentence: how activity and meetings compare.
    public enum Verdict: Equatable, Sendable {
        case noTargets
        case onPlan
        /// Fewer attempts than planned but as many meetings or more: the activity converts better.
        case convertingBetter(activity: String, activityShare: Double, meetingsShare: Double)
        /// The activity is there, the meetings are not.
        case convertingWorse(activity: String, activityShare: Double, meetingsShare: Double)
        /// Both short, the meetings shorter: the activity first, then how it is done.
        case behindMeetingsMost(activity: String, activityShare: Double, meetingsShare: Double)
        /// Activity and meetings both short.
        case behind(activity: String, activityShare: Double, meetingsShare: Double)
        case meetingsOnly(meetingsShare: Double)
    }

    /// What the plan asked of the week holding `day`, for each measure: the week's own targets (a part week less,
    /// none once prospecting is over, the ramp's meetings while ramping).
    static func targets(_ plan: Plan, _ weeks: [WeekTarget], week day: Day) -> [Pace.Measure: Double] {
        var targets: [Pace.Measure: Double] = [:]
        guard let week = weeks.holding(day) else { return targets }
        for a in week.activities { targets[.activity(a.name)] = Double(a.count) }
        targets[.meetings] = Double(week.meetings)
        targets[.opportunities] = Double(week.meetings) * plan.inputs.meetingToOpportunity
        targets[.deals] = Double(plan.totals.deals) / max(plan.calendar.calendarWeeks, 1)
        return targets
    }

    /// `earlier`: the plans a revision replaced, so each week is graded against the plan in force that week.
    public static func make(plan: Plan, checkIns: [CheckIn], week: Day, earlier: [Plan] = []) -> Pacing {
        let current = checkIns.filter { $0.week == week }
        let upTo = checkIns.filter { $0.week <= week }
        let plans = [plan] + earlier
        // Each plan's weeks worked out once, by revision, not once per week checked in.
        let weekTargets = Dictionary(plans.map { ($0.revision, $0.weekTargets) }) { first, _ in first }
        func paces(_ weeks: [CheckIn]) -> [Pace] {
            let t = CheckInTotals(weeks)
            var asked: [Pace.Measure: Double] = [:]
            for w in weeks {
                let inForce = plans.inForce(at: w.week) ?? plan
                asked.merge(targets(inForce, weekTargets[inForce.revision] ?? [], week: w.week)) { $0 + $1 }
            }
            var out = plan.activityTargets.map {
                Pace(measure: .activity($0.name), target: asked[.activity($0.name)] ?? 0, actual: Double(t.attempts($0.name)))
            }
            out.append(Pace(measure: .meetings, target: asked[.meetings] ?? 0, actual: Double(t.meetingsHeld)))
            out.append(Pace(measure: .opportunities, target: asked[.opportunities] ?? 0, actual: Double(t.opportunitiesCreated)))
            out.append(Pace(measure: .deals, target: asked[.deals] ?? 0, actual: Double(t.dealsWon)))
            return out
        }
        let soFar = paces(upTo)
        let meetingsPerAttempt = Dictionary(
            plan.inputs.channels.map { ($0.name, 1 / $0.attemptsPerMeeting) }, uniquingKeysWith: { a, _ in a })
        let inForce = plans.inForce(at: week) ?? plan
        return Pacing(
            week: week, thisWeek: paces(current), soFar: soFar, weeks: upTo.count,
            verdict: verdict(soFar, meetingsPerAttempt: meetingsPerAttempt), revenue: revenue(plan, upTo, week: week),
            away: inForce.isAway(week: week)
                ? inForce.inputs.datesOff.first { $0.to >= week && $0.from <= week.adding(days: 6) } : nil,
            forNextPeriod: weekTargets[inForce.revision]?.holding(week)?.isForNextPeriod ?? false)
    }

    /// What has closed by the end of `week`: the plan's closed to date, plus what was checked in since the plan was
    /// made (a revision already holds what came before it).
    static func revenue(_ plan: Plan, _ weeks: [CheckIn], week: Day) -> Revenue {
        let since = CheckIn.weekStart(of: plan.inputs.asOf)
        let fromPlan = plan.inputs.closedToDate
        let checkedIn = weeks.filter { plan.revision == 1 || $0.week >= since }.map(\.revenueClosed).reduce(0, +)
        let goal = plan.inputs.goal
        let period = plan.inputs.period
        let elapsed = Double(period.start.days(to: min(week.adding(days: 7), period.end.adding(days: 1))))
        let length = Double(period.start.days(to: period.end.adding(days: 1)))
        return Revenue(closed: fromPlan + checkedIn, goal: goal, proRated: length > 0 ? goal * max(0, elapsed) / length : goal)
    }

    /// The word for all activities together, when there are several.
    public static let allActivities = ""

    /// Compares the activity, weighed by the meetings each attempt should book, with the meetings held.
    /// Ten points either way is a difference in conversion; within ten points both move together.
    static func verdict(_ paces: [Pace], meetingsPerAttempt: [String: Double]) -> Verdict {
        guard let meetings = paces.first(where: { $0.measure == .meetings })?.share else { return .noTargets }
        var done = 0.0, planned = 0.0
        var names: [String] = []
        for p in paces {
            guard case .activity(let name) = p.measure, let weight = meetingsPerAttempt[name], p.target > 0 else { continue }
            done += p.actual * weight
            planned += p.target * weight
            names.append(name)
        }
        guard planned > 0 else { return meetings >= 0.95 ? .onPlan : .meetingsOnly(meetingsShare: meetings) }
        let activity = done / planned
        let name = names.count == 1 ? names[0] : allActivities
        if activity >= 0.95, meetings >= 0.95 { return .onPlan }
        if meetings - activity >= 0.1 { return .convertingBetter(activity: name, activityShare: activity, meetingsShare: meetings) }
        if activity - meetings >= 0.1 {
            // "The activity is there" only when it is: within ten points of the plan.
            if activity >= 0.9 { return .convertingWorse(activity: name, activityShare: activity, meetingsShare: meetings) }
            return .behindMeetingsMost(activity: name, activityShare: activity, meetingsShare: meetings)
        }
        return .behind(activity: name, activityShare: activity, meetingsShare: meetings)
    }
}
