import Planner

/// A scheduled review or a slump: what happened, where the funnel leaks, and the plan for the rest of the period.
public struct Revisit: Equatable, Sendable {
    /// What the rep decided in the revisit.
    public struct Choices: Equatable, Sendable {
        public var today: Day
        public var ratios: Recalibration.Choice
        /// Open opportunities now; nil takes the plan's, plus created, less won and lost.
        public var openOpportunities: Int?
        /// Hours a week for prospecting; nil keeps what the plan had.
        public var prospectingHours: Double?
        /// Weekly prospecting blocks; nil keeps the plan's, empty lets the plan size them.
        public var timeBlocks: [TimeBlock]?
        public var reason: String

        public init(
            today: Day, ratios: Recalibration.Choice = .blended, openOpportunities: Int? = nil,
            prospectingHours: Double? = nil, timeBlocks: [TimeBlock]? = nil, reason: String = ""
        ) {
            self.today = today
            self.ratios = ratios
            self.openOpportunities = openOpportunities
            self.prospectingHours = prospectingHours
            self.timeBlocks = timeBlocks
            self.reason = reason
        }
    }

    public var previous: Plan
    public var totals: CheckInTotals
    public var actuals: Actuals
    public var diagnosis: Diagnosis
    public var recalibration: Recalibration
    public var choices: Choices
    /// The catch-up plan for the rest of the period, saved as the next revision.
    public var plan: Plan
    public var capacity: Capacity?

    public init(previous: Plan, checkIns: [CheckIn], choices: Choices) throws(Planner.Refusal) {
        self.previous = previous
        self.choices = choices
        totals = CheckInTotals(checkIns)
        actuals = Actuals(plan: previous, totals: totals)
        diagnosis = Diagnosis(plan: previous, totals: totals)
        recalibration = Recalibration(plan: previous, totals: totals)
        var inputs = Self.catchUpInputs(previous: previous, totals: totals, recalibration: recalibration, choices: choices)
        inputs.prospectingHours = choices.prospectingHours ?? previous.prospectingHours
        var next = try Planner.plan(inputs)
        next.revision = previous.revision + 1
        next.revisions =
            previous.revisions + [
                Plan.Revision(
                    number: next.revision, date: choices.today, reason: choices.reason, ratios: choices.ratios.rawValue,
                    leak: diagnosis.biggest.leak.rawValue, leakChannel: diagnosis.biggest.channel,
                    previousMeetings: previous.weekly.meetings, previousActivities: previous.activityTargets)
            ]
        plan = next
        capacity = next.prospectingHours.map { Capacity(plan: next, hours: $0) }
    }

    /// The contract's inputs for the rest of the period: today, what has closed, the pipeline now, the chosen ratios.
    public static func catchUpInputs(previous: Plan, totals: CheckInTotals, recalibration: Recalibration, choices: Choices) -> PlanInputs {
        var inputs = recalibration.apply(choices.ratios, to: previous.inputs)
        inputs.asOf = max(choices.today, previous.inputs.asOf)
        inputs.closedToDate = previous.inputs.closedToDate + totals.revenueClosed
        inputs.openOpportunities =
            choices.openOpportunities
            ?? totals.openOpportunities(from: previous.inputs.openOpportunities)
        if let blocks = choices.timeBlocks { inputs.timeBlocks = blocks }
        // Where each figure now comes from: the revision's ratios, the check-ins, or what the rep said at the revisit.
        var sources: [String: Assumption] = [
            "closed_to_date": Assumption(key: "closed_to_date", source: .checkIns),
            "open_opportunities": choices.openOpportunities.map { Assumption(key: "open_opportunities", source: .given, said: String($0)) }
                ?? Assumption(key: "open_opportunities", source: .checkIns),
        ]
        if choices.ratios != .planned {
            for key in ["close_rate", "meeting_to_opportunity", "deal_size", "channels"] {
                sources[key] = Assumption(key: key, source: .revisit, said: choices.ratios.rawValue)
            }
        }
        inputs.assumptions =
            previous.inputs.assumptions.filter { sources[$0.key] == nil }
            + sources.values.sorted { $0.key < $1.key }
        // Time off on known dates stays where it falls; the rest is spread over the period, so what is left of it
        // scales with what is left of the period.
        let start = max(inputs.asOf, inputs.period.start)
        let left = max(0, start.days(to: inputs.period.end) + 1)
        let before = previous.inputs.datesOff
        let dated = before.weeks(within: inputs.period, from: previous.calendar.start, workingDays: inputs.workingDays)
        inputs.datesOff = before.from(start)
        if previous.calendar.days > 0 {
            let undated = max(0, previous.inputs.weeksOff - dated)
            inputs.weeksOff =
                undated * Double(min(left, previous.calendar.days)) / Double(previous.calendar.days)
                + inputs.datesOff.weeks(within: inputs.period, from: start, workingDays: inputs.workingDays)
        }
        return inputs
    }
}
