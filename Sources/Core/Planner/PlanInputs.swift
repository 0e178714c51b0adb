/// Everything the planner needs: the contract's inputs, already understood.
public struct PlanInputs: Equatable, Sendable {
    public var rep: String
    public var manager: String?
    public var profile: Profile?
    public var period: Period
    public var asOf: Day
    public var goal: Double
    public var incomeRoute: IncomeRoute?
    public var closedToDate: Double
    public var dealSize: Double
    public var closeRate: Double
    public var meetingToOpportunity: Double
    public var salesCycleWeeks: Double
    /// All the weeks off, as the contract counts them: those on `datesOff` and those said only as a count.
    public var weeksOff: Double
    /// The weeks off whose dates are known; the rest of `weeksOff` falls where the rep takes it.
    public var datesOff: [DatesOff] = []
    public var openOpportunities: Int
    public var workingDays: Int
    public var channels: [Channel]
    /// Where each input came from, in the order they are listed to the rep.
    public var assumptions: [Assumption]
    /// The weekly prospecting blocks the rep chose; empty for the plan's suggestion.
    public var timeBlocks: [TimeBlock]
    /// A new rep's ramp, from the team defaults; nil for everyone else.
    public var ramp: Ramp?
    /// The open opportunities known one by one (value, stage, close date); `openOpportunities` counts them too.
    public var openPipeline: [OpenOpportunity] = []
    /// How sales fall over the year, when known (team.yaml, the history, or the answers file).
    public var seasonality: Seasonality?
    /// The rep said this period is their last: no pipeline is built for a next one.
    public var lastPeriod = false
    /// Hours a week the rep can give to prospecting and first meetings, once asked.
    public var prospectingHours: Double?
    /// How long a first meeting takes, in minutes: its time counts in the week's hours.
    public var meetingMinutes = PlanInputs.defaultMeetingMinutes
    public static let defaultMeetingMinutes = 45.0
    /// What the odds rest on: the cases behind each ratio and the spread of deal sizes.
    public var evidence = OddsEvidence()

    public init(
        rep: String, manager: String? = nil, profile: Profile? = nil,
        period: Period, asOf: Day, goal: Double, incomeRoute: IncomeRoute? = nil,
        closedToDate: Double = 0, dealSize: Double, closeRate: Double, meetingToOpportunity: Double,
        salesCycleWeeks: Double = 0, weeksOff: Double = 0, openOpportunities: Int = 0,
        workingDays: Int = 5, channels: [Channel] = [], assumptions: [Assumption] = [], timeBlocks: [TimeBlock] = []
    ) {
        self.rep = rep
        self.manager = manager
        self.profile = profile
        self.period = period
        self.asOf = asOf
        self.goal = goal
        self.incomeRoute = incomeRoute
        self.closedToDate = closedToDate
        self.dealSize = dealSize
        self.closeRate = closeRate
        self.meetingToOpportunity = meetingToOpportunity
        self.salesCycleWeeks = salesCycleWeeks
        self.weeksOff = weeksOff
        self.openOpportunities = openOpportunities
        self.workingDays = workingDays
        self.channels = channels
        self.assumptions = assumptions
        self.timeBlocks = timeBlocks
    }
}

extension PlanInputs {
    /// These inputs with the weeks off whose dates are known (already counted in `weeksOff`).
    public func with(datesOff: [DatesOff]) -> PlanInputs {
        var inputs = self
        inputs.datesOff = datesOff.sorted { $0.from < $1.from }
        return inputs
    }
}

/// The span of days a goal covers, both ends included.
public struct Period: Equatable, Sendable, Codable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }
}

/// Who the rep is to the manager; the same discipline serves each, for different reasons.
public enum Profile: String, CaseIterable, Equatable, Sendable, Codable {
    case new, under, questionable, solid, over
}

/// The income route: the revenue goal that pays what the rep wants to earn.
public struct IncomeRoute: Equatable, Sendable, Codable {
    public var incomeGoal: Double
    public var baseSalary: Double
    public var commissionRate: Double

    public init(incomeGoal: Double, baseSalary: Double, commissionRate: Double) {
        self.incomeGoal = incomeGoal
        self.baseSalary = baseSalary
        self.commissionRate = commissionRate
    }

    /// `⌈(income goal − base) ÷ commission rate⌉`, never below zero.
    public var revenueGoal: Double {
        Rounding.up(max(0, incomeGoal - baseSalary) / commissionRate)
    }

    enum CodingKeys: String, CodingKey {
        case incomeGoal = "income_goal", baseSalary = "base_salary", commissionRate = "commission_rate"
    }
}

/// One prospecting activity and how it books first meetings.
public struct Channel: Equatable, Sendable, Codable {
    public var name: String
    public var attemptsPerMeeting: Double
    /// The share of first meetings this channel should bring, as a fraction.
    public var share: Double
    public var minutesPerAttempt: Double?

    public init(name: String, attemptsPerMeeting: Double, share: Double, minutesPerAttempt: Double? = nil) {
        self.name = name
        self.attemptsPerMeeting = attemptsPerMeeting
        self.share = share
        self.minutesPerAttempt = minutesPerAttempt
    }

    enum CodingKeys: String, CodingKey {
        case name, share
        case attemptsPerMeeting = "attempts_per_meeting"
        case minutesPerAttempt = "minutes_per_attempt"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(attemptsPerMeeting, forKey: .attemptsPerMeeting)
        try container.encode(share, forKey: .share)
        // Null rather than absent: "no time per attempt" is an answer.
        try container.encode(minutesPerAttempt, forKey: .minutesPerAttempt)
    }
}

/// Where one input's value came from, so the plan can list its assumptions.
public struct Assumption: Equatable, Sendable, Codable {
    public enum Source: String, Equatable, Sendable, Codable {
        /// The rep said it; `said` holds their words.
        case given
        /// Not said; the contract's default was used.
        case defaulted = "default"
        /// Worked out from other answers (the income route's goal).
        case derived
        /// The team's usual figure, to be replaced by the rep's own after some weeks of check-ins.
        case team
        /// The rep's own history, from a CRM export; `said` holds the sample it rests on.
        case history
        /// A common starting figure the rep took when they didn't know theirs: an assumption to recalibrate.
        case starting
        /// Recalibrated at a revision from the check-ins; `said` holds the ratios chosen (planned, actual, blended).
        case revisit
        /// Worked out at a revision from the plan before and the check-ins since (closed so far, open opportunities).
        case checkIns = "check_ins"
    }

    public var key: String
    public var source: Source
    public var said: String?
    /// For a team default: the weeks of check-ins after which to recalibrate.
    public var recalibrateAfterWeeks: Int?

    public init(key: String, source: Source, said: String? = nil, recalibrateAfterWeeks: Int? = nil) {
        self.key = key
        self.source = source
        self.said = said
        self.recalibrateAfterWeeks = recalibrateAfterWeeks
    }

    enum CodingKeys: String, CodingKey {
        case key, source, said
        case recalibrateAfterWeeks = "recalibrate_after_weeks"
    }
}
