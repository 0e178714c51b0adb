/// A computed plan: the contract's plan.json, key for key.
public struct Plan: Equatable, Sendable {
    public static let schemaVersion = 1

    public var rep: String
    public var slug: String
    public var manager: String?
    public var profile: Profile?
    public var asOf: Day
    public var period: Period
    public var inputs: PlanInputs
    public var calendar: CalendarFigures
    public var totals: Totals
    public var weekly: Weekly
    public var daily: Daily
    public var monthly: Monthly
    public var confidence: Confidence
    public var feasible: Bool
    public var warnings: [PlanWarning]
    /// 1 for the first plan; each revisit adds one.
    public var revision = 1
    /// The plans this one replaced: when and why.
    public var revisions: [Revision] = []
    /// Hours a week the rep has for prospecting, once asked.
    public var prospectingHours: Double?
    /// A new rep's ramp: full activity from week one, fewer meetings expected while ramping.
    public var ramp: RampPlan?
    /// The open pipeline's value, weighted value and coverage of the goal left (nil when nothing is open).
    public var pipeline: PipelineFigures? { PipelineFigures(inputs) }
    /// The odds with their real uncertainty (nil for overviews that work out their own).
    public var odds: PlanOdds?
    /// The weekly prospecting blocks for the calendar, chosen or suggested.
    public var timeBlocks = TimeBlocks(blocks: [], suggested: true, activityMinutes: 0)

    /// One revisit of the plan: its number, day and reason.
    public struct Revision: Equatable, Sendable, Codable {
        public var number: Int
        public var date: Day
        public var reason: String
        /// The ratios the revision used: planned, actual or blended.
        public var ratios: String
        /// The stage that leaked most over the weeks before it (a leak's key), and the activity when it names one.
        public var leak: String?
        public var leakChannel: String?
        /// What every week asked before the revision: first meetings and the activity.
        public var previousMeetings: Int?
        public var previousActivities: [WeeklyActivity]?

        public init(
            number: Int, date: Day, reason: String, ratios: String, leak: String? = nil, leakChannel: String? = nil,
            previousMeetings: Int? = nil, previousActivities: [WeeklyActivity]? = nil
        ) {
            self.number = number
            self.date = date
            self.reason = reason
            self.ratios = ratios
            self.leak = leak
            self.leakChannel = leakChannel
            self.previousMeetings = previousMeetings
            self.previousActivities = previousActivities
        }

        enum CodingKeys: String, CodingKey {
            case number, date, reason, ratios, leak
            case leakChannel = "leak_channel"
            case previousMeetings = "previous_weekly_meetings"
            case previousActivities = "previous_weekly_activities"
        }
    }

    /// The calendar of the plan: how many weeks there are to sell in.
    public struct CalendarFigures: Equatable, Sendable, Codable {
        public var start: Day
        public var days: Int
        public var calendarWeeks: Double
        public var workingWeeks: Double
        public var prospectingWeeks: Double
        public var months: Double

        enum CodingKeys: String, CodingKey {
            case start, days, months
            case calendarWeeks = "calendar_weeks"
            case workingWeeks = "working_weeks"
            case prospectingWeeks = "prospecting_weeks"
        }
    }

    /// The funnel over the whole period.
    public struct Totals: Equatable, Sendable, Codable {
        public var remainingGoal: Double
        public var deals: Int
        public var opportunities: Int
        public var meetings: Int

        enum CodingKeys: String, CodingKey {
            case deals, opportunities, meetings
            case remainingGoal = "remaining_goal"
        }
    }

    /// One activity's weekly target.
    public struct WeeklyActivity: Equatable, Sendable, Codable {
        public var name: String
        public var count: Int
        public var minutes: Double?

        public init(name: String, count: Int, minutes: Double?) {
            self.name = name
            self.count = count
            self.minutes = minutes
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(count, forKey: .count)
            try container.encode(minutes, forKey: .minutes)
        }
    }

    public struct Weekly: Equatable, Sendable, Codable {
        public var meetings: Int
        public var activities: [WeeklyActivity]
    }

    /// One activity's daily target: the busiest day and the spread over the week.
    public struct DailyActivity: Equatable, Sendable, Codable {
        public var name: String
        public var count: Int
        public var byDay: [Int]

        enum CodingKeys: String, CodingKey {
            case name, count
            case byDay = "by_day"
        }
    }

    public struct Daily: Equatable, Sendable, Codable {
        public var meetings: Int
        public var activities: [DailyActivity]
    }

    public struct Monthly: Equatable, Sendable, Codable {
        public var deals: Int
        public var opportunities: Int
    }

    /// How likely the plan is to reach the goal, and what 80% would take.
    public struct Confidence: Equatable, Sendable, Codable {
        public var chanceOfGoal: Double
        public var weeklyMeetingsFor80Percent: Int
        /// The first meetings the plan expects over the period: ⌊weekly × prospecting weeks⌋.
        public var plannedMeetings: Int

        enum CodingKeys: String, CodingKey {
            case chanceOfGoal = "chance_of_goal"
            case weeklyMeetingsFor80Percent = "weekly_meetings_for_80_percent"
            case plannedMeetings = "planned_meetings"
        }
    }
}

/// Something the rep must know about a plan, named by code; its words live in Prompts/.
public enum PlanWarning: String, Equatable, Sendable, Codable, CaseIterable {
    /// Fewer than one prospecting week is left before the period ends.
    case infeasible
    /// Revenue closed already meets the goal.
    case goalReached = "goal_reached"
    /// The open pipeline alone is expected to cover the deals needed.
    case pipelineCovers = "pipeline_covers"
    /// The weekly time blocks are shorter than the activities take.
    case blocksShort = "time_blocks_short"
    /// The activities and first meetings take more hours a week than the rep has for them.
    case overCapacity = "over_capacity"
    /// More first meetings or hours a week than one person can hold (`Capacity.mostMeetingsAWeek`, `fullWeekHours`).
    case beyondOnePerson = "beyond_one_person"
}
