/// Whether one person can carry the plan in the hours they have, and each single change that would make it fit.
public struct Capacity: Equatable, Sendable {
    /// More first meetings a week than this is beyond one person, whatever their hours.
    public static let mostMeetingsAWeek = 40
    /// One person's whole working week: the hours weighed against when the rep has not said theirs.
    public static let fullWeekHours = 40.0

    public var available: Double
    /// Hours a week the plan takes: the timed activities and the first meetings themselves.
    public var needed: Double
    /// The part of `needed` the timed activities take.
    public var activityHours: Double
    public var weeklyMeetings: Int
    public var prospectingWeeks: Double
    /// Some activities have no time per attempt, so `needed` is a floor.
    public var untimed: [String]
    public var fits: Bool { Self.fits(needed: needed, meetings: weeklyMeetings, feasible: prospectingWeeks >= 1, available: available) }
    /// Each single change that would make the plan fit, with the others as they are.
    public var levers: [Lever]
    /// The largest goal that fits, with every ratio as planned.
    public var goalThatFits: Double?
    /// The nearest period end that fits, with the goal as it is.
    public var periodEndThatFits: Day?

    public struct Lever: Equatable, Sendable {
        public enum Ratio: Equatable, Sendable {
            case closeRate, meetingToOpportunity, dealSize
            case attemptsPerMeeting(String)
        }

        public var ratio: Ratio
        public var from: Double
        /// The value that fits; nil when even the best possible value does not.
        public var to: Double?
    }

    static func fits(needed: Double, meetings: Int, feasible: Bool, available: Double) -> Bool {
        feasible && needed <= available + 1e-9 && meetings <= mostMeetingsAWeek
    }

    /// The plan weighed against `available` hours a week (the rep's, else one person's full week).
    public init(plan: Plan, hours available: Double) {
        self.available = available
        needed = plan.weeklyHours
        activityHours = plan.activityTargets.hours
        weeklyMeetings = plan.fullSpeedWeeklyMeetings
        prospectingWeeks = plan.calendar.prospectingWeeks
        untimed = plan.inputs.channels.filter { $0.minutesPerAttempt == nil }.map(\.name)
        levers = []
        goalThatFits = nil
        periodEndThatFits = nil
        guard !fits else { return }
        let inputs = plan.inputs
        func fitsWith(_ change: (inout PlanInputs) -> Void) -> Bool {
            var trial = inputs
            change(&trial)
            guard let p = try? Planner.plan(trial, withOdds: false) else { return false }
            return Self.fits(needed: p.weeklyHours, meetings: p.fullSpeedWeeklyMeetings, feasible: p.feasible, available: available)
        }
        /// The value between `worst` (does not fit) and `best` closest to `worst` that fits.
        func search(worst: Double, best: Double, _ set: (inout PlanInputs, Double) -> Void) -> Double? {
            guard fitsWith({ set(&$0, best) }) else { return nil }
            var lo = worst, hi = best
            for _ in 0..<40 {
                let mid = (lo + hi) / 2
                if fitsWith({ set(&$0, mid) }) { hi = mid } else { lo = mid }
            }
            return hi
        }
        levers.append(
            Lever(
                ratio: .closeRate, from: inputs.closeRate,
                to: search(worst: inputs.closeRate, best: 1) { $0.closeRate = $1 }))
        levers.append(
            Lever(
                ratio: .meetingToOpportunity, from: inputs.meetingToOpportunity,
                to: search(worst: inputs.meetingToOpportunity, best: 1) { $0.meetingToOpportunity = $1 }))
        levers.append(
            Lever(
                ratio: .dealSize, from: inputs.dealSize,
                to: search(worst: inputs.dealSize, best: max(inputs.goal, inputs.dealSize)) { $0.dealSize = $1 }))
        for (i, c) in inputs.channels.enumerated() where c.minutesPerAttempt != nil {
            levers.append(
                Lever(
                    ratio: .attemptsPerMeeting(c.name), from: c.attemptsPerMeeting,
                    to: search(worst: c.attemptsPerMeeting, best: 1e-3) { $0.channels[i].attemptsPerMeeting = $1 }))
        }
        goalThatFits = search(worst: inputs.goal, best: inputs.closedToDate) { $0.goal = $1 }
        let start = inputs.period.start
        let longest = Int(Planner.longestPeriodMonths * 365.25 / 12) - 1
        let end = search(worst: Double(start.days(to: inputs.period.end)), best: Double(longest)) {
            $0.period.end = start.adding(days: Int($1.rounded(.up)))
        }
        periodEndThatFits = end.map { start.adding(days: Int($0.rounded(.up))) }
    }
}

extension Plan {
    /// The first meetings a full week asks: the ramp's figure at full speed when there is one.
    public var fullSpeedWeeklyMeetings: Int { ramp?.weeklyMeetingsAtFull ?? weekly.meetings }

    /// The realism gate's verdict: the plan weighed against the rep's hours, or one person's week when not said.
    public var capacity: Capacity { Capacity(plan: self, hours: prospectingHours ?? Capacity.fullWeekHours) }

    /// Whether the plan asks more than the rep's hours, more than one person can hold, or is too short to sell in.
    public var isBeyondReach: Bool {
        warnings.contains { [PlanWarning.overCapacity, .beyondOnePerson, .infeasible].contains($0) }
    }
}
