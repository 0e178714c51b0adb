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
    public var verdict: Verdict

    /// The one plain sentence: how activity and meetings compare.
    public enum Verdict: Equatable, Sendable {
        case noTargets
        case onPlan
        /// Fewer attempts than planned but as many meetings or more: the activity converts better.
        case convertingBetter(activity: String, activityShare: Double, meetingsShare: Double)
        /// The activity is there, the meetings are not.
        case convertingWorse(activity: String, activityShare: Double, meetingsShare: Double)
        /// Activity and meetings both short.
        case behind(activity: String, activityShare: Double, meetingsShare: Double)
        case meetingsOnly(meetingsShare: Double)
    }

    /// The planned weekly figures for each measure.
    public static func weeklyTargets(_ plan: Plan) -> [Pace.Measure: Double] {
        var targets: [Pace.Measure: Double] = [:]
        for a in plan.weekly.activities { targets[.activity(a.name)] = Double(a.count) }
        let meetings = Double(plan.weekly.meetings)
        targets[.meetings] = meetings
        targets[.opportunities] = meetings * plan.inputs.meetingToOpportunity
        targets[.deals] = Double(plan.totals.deals) / max(plan.calendar.calendarWeeks, 1)
        return targets
    }

    public static func make(plan: Plan, checkIns: [CheckIn], week: Day) -> Pacing {
        let targets = weeklyTargets(plan)
        let current = checkIns.filter { $0.week == week }
        let upTo = checkIns.filter { $0.week <= week }
        func paces(_ weeks: [CheckIn]) -> [Pace] {
            let t = Totals(weeks)
            let n = Double(weeks.count)
            var out = plan.weekly.activities.map {
                Pace(measure: .activity($0.name), target: Double($0.count) * n, actual: Double(t.attempts($0.name)))
            }
            out.append(Pace(measure: .meetings, target: (targets[.meetings] ?? 0) * n, actual: Double(t.meetingsHeld)))
            out.append(Pace(measure: .opportunities, target: (targets[.opportunities] ?? 0) * n, actual: Double(t.opportunitiesCreated)))
            out.append(Pace(measure: .deals, target: (targets[.deals] ?? 0) * n, actual: Double(t.dealsWon)))
            return out
        }
        let soFar = paces(upTo)
        return Pacing(week: week, thisWeek: paces(current), soFar: soFar, weeks: upTo.count, verdict: verdict(paces(current)))
    }

    /// Compares the activity furthest from plan with the meetings it should book.
    static func verdict(_ paces: [Pace]) -> Verdict {
        guard let meetings = paces.first(where: { $0.measure == .meetings })?.share else { return .noTargets }
        let activities = paces.compactMap { p -> (String, Double)? in
            guard case .activity(let name) = p.measure, let share = p.share else { return nil }
            return (name, share)
        }
        guard let (name, share) = activities.min(by: { $0.1 < $1.1 }) else {
            return meetings >= 1 ? .onPlan : .meetingsOnly(meetingsShare: meetings)
        }
        if share >= 1, meetings >= 1 { return .onPlan }
        if share < 1, meetings >= share, meetings >= 0.95 {
            return .convertingBetter(activity: name, activityShare: share, meetingsShare: meetings)
        }
        if share >= 1 { return .convertingWorse(activity: name, activityShare: share, meetingsShare: meetings) }
        if meetings > share { return .convertingBetter(activity: name, activityShare: share, meetingsShare: meetings) }
        return .behind(activity: name, activityShare: share, meetingsShare: meetings)
    }
}
