extension Plan {
    /// The weeks of the tracking table: the plan's first day, then every Monday up to the period's end.
    public var weekStarts: [Day] { Plan.weekStarts(from: calendar.start, through: period.end) }

    /// `first`, then every Monday up to `last`.
    public static func weekStarts(from first: Day, through last: Day) -> [Day] {
        var weeks: [Day] = []
        var week = first
        while week <= last {
            weeks.append(week)
            week = week.adding(days: 8 - week.weekday)
        }
        return weeks
    }

    /// The first meetings expected in the week at `index` of `weekStarts`: the ramp's figure while ramping.
    public func meetingsTarget(week index: Int) -> Int {
        guard let ramp else { return weekly.meetings }
        return ramp.expectedMeetings[safe: index] ?? ramp.weeklyMeetingsAtFull
    }

    /// The activity every week: set for the ramp from week one when there is one.
    public var activityTargets: [WeeklyActivity] { ramp?.activities ?? weekly.activities }

    /// Hours a full week takes: the timed activities (untimed ones count for none) and the first meetings themselves.
    public var weeklyHours: Double {
        Plan.hours(activities: activityTargets, meetings: fullSpeedWeeklyMeetings, meetingMinutes: inputs.meetingMinutes)
    }

    /// Hours a week of these activities and first meetings of `meetingMinutes` each.
    public static func hours(activities: [WeeklyActivity], meetings: Int, meetingMinutes: Double) -> Double {
        activities.hours + Double(meetings) * meetingMinutes / 60
    }
}

extension [Plan.WeeklyActivity] {
    /// The hours these take, from the activities with a time per attempt.
    public var hours: Double { compactMap(\.minutes).reduce(0, +) / 60 }
}
