/// What the plan asks of one week of its period: the one set of weekly targets the screen, plan.md, tracking.csv,
/// pacing and the team view all read.
public struct WeekTarget: Equatable, Sendable, Codable {
    /// The week's first day: the plan's first day, then each Monday.
    public var week: Day
    /// The part of a full prospecting week this week holds: less in a part week, none after the prospecting window,
    /// when a meeting held could no longer close in the period. (Weeks off said as a count are not placed: the rep
    /// takes them where they fall, and a week off asks for nothing.)
    public var share: Double
    /// First meetings: the ramp's figure while ramping.
    public var meetings: Int
    public var activities: [Plan.WeeklyActivity]

    public init(week: Day, share: Double, meetings: Int, activities: [Plan.WeeklyActivity]) {
        self.week = week
        self.share = share
        self.meetings = meetings
        self.activities = activities
    }
}

extension Plan {
    /// Each week's targets, from the plan's first day to the period's end. Each week holds the full week's figures times
    /// its share; the weeks' figures are rounded so that they add up to the exact sum, rounded.
    public var weekTargets: [WeekTarget] {
        let starts = weekStarts
        let shares = weekShares(starts)
        let full = activityTargets
        var meetings: [Double] = [], activities: [[Double]] = []
        for (index, share) in shares.enumerated() {
            let meetingsAtFull = ramp.map { Double($0.weeklyMeetingsAtFull) * $0.ramp.conversion(week: index) } ?? Double(weekly.meetings)
            meetings.append(meetingsAtFull * share)
            activities.append(full.map { Double($0.count) * share })
        }
        let meetingCounts = Self.spread(meetings)
        let activityCounts = full.indices.map { a in Self.spread(activities.map { $0[a] }) }
        return starts.indices.map { i in
            WeekTarget(week: starts[i], share: shares[i], meetings: meetingCounts[i], activities: full.indices.map { a in
                let count = activityCounts[a][i]
                return WeeklyActivity(name: full[a].name, count: count, minutes: full[a].minutes.map { _ in
                    Double(count) * (inputs.channels.first { $0.name == full[a].name }?.minutesPerAttempt ?? 0)
                })
            })
        }
    }

    /// The targets of the week that starts on or holds `day`.
    public func target(for day: Day) -> WeekTarget? {
        weekTargets.holding(day)
    }

    /// Each week's part of a full prospecting week: the days it has inside the prospecting window, over seven. An
    /// infeasible plan's figures are for one week: its first.
    func weekShares(_ starts: [Day]) -> [Double] {
        guard calendar.prospectingWeeks >= 1 else { return starts.indices.map { $0 == 0 ? 1 : 0 } }
        let window = max(0, calendar.calendarWeeks - inputs.salesCycleWeeks) * 7
        return starts.indices.map { i in
            let from = Double(calendar.start.days(to: starts[i]))
            let to = Double(calendar.start.days(to: i + 1 < starts.count ? starts[i + 1] : period.end.adding(days: 1)))
            return max(0, min(to, window) - from) / 7
        }
    }

    /// Whole figures for each week that add up to the exact sum, rounded: each week takes what its running total adds.
    static func spread(_ exact: [Double]) -> [Int] {
        var total = 0.0, given = 0
        return exact.map { x in
            total += x
            let upTo = Int((total + 1e-9).rounded())
            defer { given = upTo }
            return upTo - given
        }
    }
}

/// A plan, or the outline of one, that was in force from a day: the first revision from its first day, a later one
/// from the day it was made.
public protocol InForce {
    var inForceFrom: Day { get }
}

extension Plan: InForce {
    public var inForceFrom: Day { revisions.last?.date ?? calendar.start }
}

extension Array where Element: InForce {
    /// The one in force by the start of `week` (the first one for weeks before any): a week is graded against
    /// what was asked of it then, not against a later revision.
    public func inForce(at week: Day) -> Element? {
        let byDate = sorted { $0.inForceFrom < $1.inForceFrom }
        return byDate.last { $0.inForceFrom <= week } ?? byDate.first
    }
}

extension [WeekTarget] {
    /// The week that starts on or holds `day`.
    public func holding(_ day: Day) -> WeekTarget? {
        last { $0.week <= day }
    }
}
