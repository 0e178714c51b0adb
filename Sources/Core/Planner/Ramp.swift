/// A new rep's ramp: for some weeks their conversion is a share of the team's.
///
/// The model: activity is what a new rep controls, so the plan asks for full activity from week one. While the rep
/// ramps, the same activity books fewer meetings (and those convert less), so a ramp week counts as only its share of
/// a full week. The weekly activity is worked out over these effective weeks, and each week's expected first meetings
/// are the full-conversion figure times that week's share.
public struct Ramp: Equatable, Sendable, Codable {
    public struct Step: Equatable, Sendable, Codable {
        public var weeks: Int
        /// The share of the team's conversion, as a fraction.
        public var conversion: Double

        public init(weeks: Int, conversion: Double) {
            self.weeks = weeks
            self.conversion = conversion
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// The share of full conversion in week `index` (0 for the plan's first week).
    public func conversion(week index: Int) -> Double {
        var first = 0
        for step in steps {
            if index < first + step.weeks { return step.conversion }
            first += step.weeks
        }
        return 1
    }

    /// Prospecting weeks weighed by conversion; a last part-week counts for its fraction.
    public func effectiveWeeks(_ prospectingWeeks: Double) -> Double {
        guard prospectingWeeks > 0 else { return prospectingWeeks }
        var total = 0.0
        var index = 0
        var left = prospectingWeeks
        while left > 0 {
            total += min(1, left) * conversion(week: index)
            left -= 1
            index += 1
        }
        return total
    }
}

/// What the ramp means for the plan: full activity from week one, fewer meetings expected while ramping.
public struct RampPlan: Equatable, Sendable, Codable {
    public var ramp: Ramp
    public var effectiveWeeks: Double
    /// First meetings a week at full conversion, over the effective weeks.
    public var weeklyMeetingsAtFull: Int
    /// The activity every week, from week one.
    public var activities: [Plan.WeeklyActivity]
    /// Expected first meetings in each week of the period, from the plan's first day.
    public var expectedMeetings: [Int]
    /// The chance of the goal from the meetings the ramp expects (⌊at full × effective weeks⌋), not the contract's
    /// figure, which counts every week at full conversion.
    public var chanceOfGoal: Double?

    enum CodingKeys: String, CodingKey {
        case ramp, activities
        case effectiveWeeks = "effective_weeks"
        case weeklyMeetingsAtFull = "weekly_meetings_at_full_conversion"
        case expectedMeetings = "expected_meetings_by_week"
        case chanceOfGoal = "chance_of_goal"
    }

    /// First meetings expected over the period while and after ramping.
    public var plannedMeetings: Int { Rounding.downCount(Double(weeklyMeetingsAtFull) * effectiveWeeks) }
}
