import Foundation

/// plan.json as written: the plan with its warnings put in words.
public struct PlanDocument: Encodable {
    public let plan: Plan
    public let warningWords: (PlanWarning) -> String

    public init(plan: Plan, warningWords: @escaping (PlanWarning) -> String) {
        self.plan = plan
        self.warningWords = warningWords
    }

    public func encode(to encoder: Encoder) throws {
        try plan.encode(to: encoder, warningWords: warningWords)
    }
}

extension Plan: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case rep, slug, manager, profile
        case asOf = "as_of"
        case period, inputs, calendar, totals, weekly, daily, monthly, confidence, feasible, warnings
        case warningCodes = "warning_codes"
        case assumptions, revision, revisions
        case prospectingHours = "prospecting_hours"
        case ramp, odds, pipeline
        case nextPeriod = "next_period"
        case monthlyGoals = "monthly_goals"
        case timeBlocks = "time_blocks"
        /// Derived, beside the contract's figures: each week's targets, column by column.
        case weekTargets = "week_targets"
    }

    /// Thrown when plan.json was written by a schema this build does not read.
    public struct UnsupportedSchema: Error, Equatable {
        public let found: Int
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version == Plan.schemaVersion else { throw UnsupportedSchema(found: version) }
        rep = try c.decode(String.self, forKey: .rep)
        slug = try c.decode(String.self, forKey: .slug)
        manager = try c.decodeIfPresent(String.self, forKey: .manager)
        profile = try c.decodeIfPresent(Profile.self, forKey: .profile)
        asOf = try c.decode(Day.self, forKey: .asOf)
        period = try c.decode(Period.self, forKey: .period)
        let figures = try c.decode(InputFigures.self, forKey: .inputs)
        inputs = figures.inputs(
            rep: rep, manager: manager, profile: profile, period: period, asOf: asOf,
            assumptions: try c.decodeIfPresent([Assumption].self, forKey: .assumptions) ?? [])
        calendar = try c.decode(CalendarFigures.self, forKey: .calendar)
        totals = try c.decode(Totals.self, forKey: .totals)
        weekly = try c.decode(Weekly.self, forKey: .weekly)
        daily = try c.decode(Daily.self, forKey: .daily)
        monthly = try c.decode(Monthly.self, forKey: .monthly)
        confidence = try c.decode(Confidence.self, forKey: .confidence)
        feasible = try c.decode(Bool.self, forKey: .feasible)
        warnings = try c.decodeIfPresent([PlanWarning].self, forKey: .warningCodes) ?? []
        revision = try c.decodeIfPresent(Int.self, forKey: .revision) ?? 1
        revisions = try c.decodeIfPresent([Revision].self, forKey: .revisions) ?? []
        prospectingHours = try c.decodeIfPresent(Double.self, forKey: .prospectingHours)
        inputs.prospectingHours = prospectingHours
        ramp = try c.decodeIfPresent(RampPlan.self, forKey: .ramp)
        inputs.ramp = ramp?.ramp
        odds = try c.decodeIfPresent(PlanOdds.self, forKey: .odds)
        if let evidence = odds?.model.evidence { inputs.evidence = evidence }
        timeBlocks =
            try c.decodeIfPresent(TimeBlocks.self, forKey: .timeBlocks)
            ?? Planner.timeBlocks(inputs, activities: ramp?.activities ?? weekly.activities)
        if !timeBlocks.suggested { inputs.timeBlocks = timeBlocks.blocks }
    }

    public func encode(to encoder: Encoder) throws {
        try encode(to: encoder, warningWords: \.rawValue)
    }

    func encode(to encoder: Encoder, warningWords: (PlanWarning) -> String) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Plan.schemaVersion, forKey: .schemaVersion)
        try c.encode(rep, forKey: .rep)
        try c.encode(slug, forKey: .slug)
        try c.encodeIfPresent(manager, forKey: .manager)
        try c.encodeIfPresent(profile, forKey: .profile)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(period, forKey: .period)
        try c.encode(InputFigures(inputs), forKey: .inputs)
        try c.encode(calendar, forKey: .calendar)
        try c.encode(totals, forKey: .totals)
        try c.encode(weekly, forKey: .weekly)
        try c.encode(daily, forKey: .daily)
        try c.encode(monthly, forKey: .monthly)
        try c.encode(confidence, forKey: .confidence)
        try c.encodeIfPresent(odds, forKey: .odds)
        try c.encodeIfPresent(pipeline, forKey: .pipeline)
        try c.encodeIfPresent(nextPeriod, forKey: .nextPeriod)
        try c.encodeIfPresent(monthlyGoals, forKey: .monthlyGoals)
        try c.encode(feasible, forKey: .feasible)
        try c.encode(warnings.map(warningWords), forKey: .warnings)
        try c.encode(warnings, forKey: .warningCodes)
        try c.encode(inputs.assumptions, forKey: .assumptions)
        try c.encode(revision, forKey: .revision)
        try c.encode(revisions, forKey: .revisions)
        try c.encodeIfPresent(prospectingHours, forKey: .prospectingHours)
        try c.encodeIfPresent(ramp, forKey: .ramp)
        try c.encode(timeBlocks, forKey: .timeBlocks)
        try c.encode(WeekTargetColumns(weekTargets), forKey: .weekTargets)
    }
}

/// plan.json's `inputs` object: the figures the plan was computed from.
struct InputFigures: Codable {
    var goal: Double
    var incomeGoal: Double?
    var baseSalary: Double?
    var commissionRate: Double?
    var closedToDate: Double
    var dealSize: Double
    var closeRate: Double
    var meetingToOpportunity: Double
    var salesCycleWeeks: Double
    var weeksOff: Double
    var weeksOffDates: [DatesOff]?
    var openOpportunities: Int
    var openPipeline: [OpenOpportunity]?
    var meetingMinutes: Double?
    var lastPeriod: Bool?
    var seasonality: Seasonality?
    var workingDays: Int
    var channels: [Channel]

    enum CodingKeys: String, CodingKey {
        case goal, channels
        case incomeGoal = "income_goal", baseSalary = "base_salary", commissionRate = "commission_rate"
        case closedToDate = "closed_to_date", dealSize = "deal_size", closeRate = "close_rate"
        case meetingToOpportunity = "meeting_to_opportunity", salesCycleWeeks = "sales_cycle_weeks"
        case weeksOff = "weeks_off", weeksOffDates = "weeks_off_dates", openOpportunities = "open_opportunities", openPipeline =
            "open_pipeline", meetingMinutes = "meeting_minutes", lastPeriod = "last_period", seasonality, workingDays = "working_days"
    }

    init(_ inputs: PlanInputs) {
        goal = inputs.goal
        incomeGoal = inputs.incomeRoute?.incomeGoal
        baseSalary = inputs.incomeRoute?.baseSalary
        commissionRate = inputs.incomeRoute?.commissionRate
        closedToDate = inputs.closedToDate
        dealSize = inputs.dealSize
        closeRate = inputs.closeRate
        meetingToOpportunity = inputs.meetingToOpportunity
        salesCycleWeeks = inputs.salesCycleWeeks
        weeksOff = inputs.weeksOff
        weeksOffDates = inputs.datesOff.isEmpty ? nil : inputs.datesOff
        openOpportunities = inputs.openOpportunities
        openPipeline = inputs.openPipeline.isEmpty ? nil : inputs.openPipeline
        meetingMinutes = inputs.meetingMinutes
        lastPeriod = inputs.lastPeriod ? true : nil
        seasonality = inputs.seasonality
        workingDays = inputs.workingDays
        channels = inputs.channels
    }

    func inputs(
        rep: String, manager: String?, profile: Profile?, period: Period, asOf: Day, assumptions: [Assumption]
    ) -> PlanInputs {
        var route: IncomeRoute?
        if let incomeGoal, let commissionRate {
            route = IncomeRoute(incomeGoal: incomeGoal, baseSalary: baseSalary ?? 0, commissionRate: commissionRate)
        }
        var inputs = PlanInputs(
            rep: rep, manager: manager, profile: profile, period: period, asOf: asOf, goal: goal,
            incomeRoute: route, closedToDate: closedToDate, dealSize: dealSize, closeRate: closeRate,
            meetingToOpportunity: meetingToOpportunity, salesCycleWeeks: salesCycleWeeks, weeksOff: weeksOff,
            openOpportunities: openOpportunities, workingDays: workingDays, channels: channels,
            assumptions: assumptions)
        inputs.datesOff = weeksOffDates ?? []
        inputs.openPipeline = openPipeline ?? []
        inputs.meetingMinutes = meetingMinutes ?? PlanInputs.defaultMeetingMinutes
        inputs.lastPeriod = lastPeriod ?? false
        inputs.seasonality = seasonality
        return inputs
    }
}

/// The parts of plan.json an overview of many reps needs, read without the rest (by-day spreads, assumptions, revisions).
public struct PlanOutline: Decodable, Sendable, InForce {
    public var rep: String
    public var slug: String
    public var inputs: PlanInputs
    public var calendarStart: Day
    public var weekly: Plan.Weekly
    public var chanceOfGoal: Double
    public var prospectingHours: Double?
    /// Each week's first meetings asked (none in a plan.json written before they were kept): all an overview needs of
    /// the week targets, read without their activities, which are most of plan.json (a team of 10,000 is read 4× faster).
    public var weekMeetings: [WeekMeetings]
    /// The activity every full week: the ramp's when there is one.
    public var activityTargets: [Plan.WeeklyActivity]
    public var revision: Int
    public var inForceFrom: Day

    enum CodingKeys: String, CodingKey {
        case rep, slug, period, inputs, calendar, weekly, confidence, ramp, revision, revisions
        case schemaVersion = "schema_version"
        case asOf = "as_of"
        case prospectingHours = "prospecting_hours"
        case weekTargets = "week_targets"
    }

    struct RampActivities: Decodable { var activities: [Plan.WeeklyActivity] }

    /// One week of `week_targets`, its meetings only.
    public struct WeekMeetings: Decodable, Sendable, OfAWeek {
        public var week: Day
        public var meetings: Int
    }

    /// The first meetings the plan asked for in the week holding `day`.
    public func meetingsTarget(for day: Day) -> Int {
        weekMeetings.holding(day)?.meetings ?? weekly.meetings
    }

    struct CalendarStart: Decodable { var start: Day }
    struct Chance: Decodable {
        var chanceOfGoal: Double
        enum CodingKeys: String, CodingKey { case chanceOfGoal = "chance_of_goal" }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version == Plan.schemaVersion else { throw Plan.UnsupportedSchema(found: version) }
        rep = try c.decode(String.self, forKey: .rep)
        slug = try c.decode(String.self, forKey: .slug)
        inputs = try c.decode(InputFigures.self, forKey: .inputs).inputs(
            rep: rep, manager: nil, profile: nil, period: try c.decode(Period.self, forKey: .period),
            asOf: try c.decode(Day.self, forKey: .asOf), assumptions: [])
        calendarStart = try c.decode(CalendarStart.self, forKey: .calendar).start
        weekly = try c.decode(Plan.Weekly.self, forKey: .weekly)
        chanceOfGoal = try c.decode(Chance.self, forKey: .confidence).chanceOfGoal
        prospectingHours = try c.decodeIfPresent(Double.self, forKey: .prospectingHours)
        // Columns since issue 15 (only the meetings are read); a list of weeks before.
        // The weeks are the plan's first day and each Monday after it: worked out, not read back date by date.
        if let columns = try? c.decodeIfPresent(WeekTargetColumns.Meetings.self, forKey: .weekTargets) {
            weekMeetings = zip(Plan.weekStarts(from: calendarStart, through: inputs.period.end), columns.meetings.values)
                .map { WeekMeetings(week: $0, meetings: $1) }
        } else {
            weekMeetings = (try? c.decodeIfPresent([WeekMeetings].self, forKey: .weekTargets)) ?? []
        }
        activityTargets = try c.decodeIfPresent(RampActivities.self, forKey: .ramp)?.activities ?? weekly.activities
        revision = try c.decodeIfPresent(Int.self, forKey: .revision) ?? 1
        inForceFrom = try c.decodeIfPresent([Plan.Revision].self, forKey: .revisions)?.last?.date ?? calendarStart
    }

    public init(_ plan: Plan) {
        rep = plan.rep
        slug = plan.slug
        inputs = plan.inputs
        calendarStart = plan.calendar.start
        weekly = plan.weekly
        chanceOfGoal = plan.confidence.chanceOfGoal
        prospectingHours = plan.prospectingHours
        weekMeetings = plan.weekTargets.map { WeekMeetings(week: $0.week, meetings: $0.meetings) }
        activityTargets = plan.activityTargets
        revision = plan.revision
        inForceFrom = plan.inForceFrom
    }
}

/// plan.json's `week_targets`: each week's targets as columns (the weeks, their shares, first meetings, the part for
/// the next period, and each activity's counts in the order of `weekly.activities`). Arrays of plain figures are a
/// third of the size of a list of objects, and quick for an overview of thousands of reps to read.
struct WeekTargetColumns: Encodable {
    let targets: [WeekTarget]

    init(_ targets: [WeekTarget]) {
        self.targets = targets
    }

    enum CodingKeys: String, CodingKey {
        case weeks, shares, meetings, counts
        case nextPeriodMeetings = "next_period_meetings"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(targets.map(\.week), forKey: .weeks)
        try c.encode(targets.map(\.share), forKey: .shares)
        try c.encode(targets.map(\.meetings), forKey: .meetings)
        try c.encode(targets.map(\.nextPeriodMeetings), forKey: .nextPeriodMeetings)
        let activities = targets.first?.activities.count ?? 0
        try c.encode((0..<activities).map { a in targets.map { $0.activities[safe: a]?.count ?? 0 } }, forKey: .counts)
    }

    /// The column an overview reads: each week's first meetings.
    struct Meetings: Decodable {
        var meetings: WholeNumbers
    }
}

/// A JSON array of whole numbers, read number by number as `Int`: three times quicker than `[Int]`'s generic
/// elements, which counts when an overview reads thousands of plans.
struct WholeNumbers: Decodable {
    var values: [Int]

    init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var values: [Int] = []
        values.reserveCapacity(c.count ?? 0)
        while !c.isAtEnd { values.append(try c.decode(Int.self)) }
        self.values = values
    }
}
