/// What the plan asks of one week of its period: the one set of weekly targets the screen, plan.md, tracking.csv,
/// pacing and the team view all read.
///
/// plan.json keeps them as columns (`WeekTargetColumns`).
public struct WeekTarget: Equatable, Sendable, OfAWeek {
    /// The week's first day: the plan's first day, then each Monday.
    public var week: Day
    /// The part of a full prospecting week this week holds: less in a part week and in a week partly away, none in a
    /// week away on known dates or after the prospecting window, when a meeting held could no longer close in the
    /// period. (Weeks off said only as a count are not placed: the rep takes them where they fall.)
    public var share: Double
    /// First meetings: the ramp's figure while ramping, with the next period's below.
    public var meetings: Int
    public var activities: [Plan.WeeklyActivity]
    /// The part of `meetings` that builds the next period's pipeline (the activities hold its share too).
    public var nextPeriodMeetings: Int

    public init(week: Day, share: Double, meetings: Int, activities: [Plan.WeeklyActivity], nextPeriodMeetings: Int = 0) {
        self.week = week
        self.share = share
        self.meetings = meetings
        self.activities = activities
        self.nextPeriodMeetings = nextPeriodMeetings
    }

    /// Whether the week asks only for the next period's pipeline.
    public var isForNextPeriod: Bool { nextPeriodMeetings > 0 && nextPeriodMeetings == meetings }
}

extension Plan {
    /// Each week's targets, from the plan's first day to the period's end. Each week holds the full week's figures times
    /// its share; the weeks' figures are rounded so that they add up to the exact sum, rounded.
    public var weekTargets: [WeekTarget] {
        let starts = weekStarts
        let shares = weekShares(starts)
        let full = activityTargets
        // What the weeks no longer used for this period hold for the next one's pipeline.
        let next = nextPeriod.map { next in (next, Planner.activities(inputs, weeklyMeetings: next.weeklyMeetings)) }
        let asksThisPeriod = fullSpeedWeeklyMeetings > 0
        let nextShares =
            next.map { next in
                zip(starts, zip(weekShares(starts, closing: false), shares)).map { start, pair in
                    start.adding(days: 6) < next.0.from ? 0 : asksThisPeriod ? max(0, pair.0 - pair.1) : pair.0
                }
            } ?? shares.map { _ in 0 }
        // A known season leans the weeks towards those whose meetings close in busy months; the total stays.
        let season = seasonalWeights(starts)
        let weighed = zip(shares, season).map { $0 * $1 }.reduce(0, +)
        let scale = weighed > 0 ? shares.reduce(0, +) / weighed : 1
        var meetings: [Double] = [], activities: [[Double]] = [], nextMeetings: [Double] = []
        for (index, plain) in shares.enumerated() {
            let share = plain * season[index] * scale
            let meetingsAtFull = ramp.map { Double($0.weeklyMeetingsAtFull) * $0.ramp.conversion(week: index) } ?? Double(weekly.meetings)
            let nextShare = nextShares[index]
            meetings.append(meetingsAtFull * share)
            nextMeetings.append(Double(next?.0.weeklyMeetings ?? 0) * nextShare)
            activities.append(
                full.indices.map { a in
                    Double(full[a].count) * share + Double(next?.1[safe: a]?.count ?? 0) * nextShare
                })
        }
        let meetingCounts = Self.spread(meetings), nextCounts = Self.spread(nextMeetings)
        let activityCounts = full.indices.map { a in Self.spread(activities.map { $0[a] }) }
        return starts.indices.map { i in
            WeekTarget(
                week: starts[i], share: shares[i], meetings: meetingCounts[i] + nextCounts[i],
                activities: full.indices.map { a in
                    let count = activityCounts[a][i]
                    return WeeklyActivity(
                        name: full[a].name, count: count,
                        minutes: full[a].minutes.map { _ in
                            Double(count) * (inputs.channels.first { $0.name == full[a].name }?.minutesPerAttempt ?? 0)
                        })
                }, nextPeriodMeetings: nextCounts[i])
        }
    }

    /// The last day of the last week that asks for any prospecting; the period's end for an infeasible plan.
    public var lastProspectingDay: Day { lastProspectingDay(weekShares(weekStarts)) }

    func lastProspectingDay(_ shares: [Double]) -> Day {
        let starts = weekStarts
        guard feasible, let last = shares.lastIndex(where: { $0 > 0 }), last + 1 < starts.count else { return period.end }
        return starts[last + 1].adding(days: -1)
    }

    /// Each week's part of a full prospecting week: its days in the period over seven, less its selling days away on
    /// known dates over the selling days a week, less the closing weeks at the end (the last `salesCycleWeeks` of
    /// working time, when a meeting held could no longer close in the period). A week whose every selling day is away
    /// asks for nothing. An infeasible plan's figures are for
    /// one week: its first.
    func weekShares(_ starts: [Day], closing withClosing: Bool = true) -> [Double] {
        guard calendar.prospectingWeeks >= 1 || !withClosing else { return starts.indices.map { $0 == 0 ? 1 : 0 } }
        let days = inputs.workingDays
        var shares: [Double] = [], leftOver = 0.0
        for (i, start) in starts.enumerated() {
            let last = i + 1 < starts.count ? starts[i + 1].adding(days: -1) : period.end
            let (selling, away) = sellingDays(from: start, through: last)
            let share = Double(start.days(to: last) + 1) / 7 - Double(away) / Double(max(1, days))
            if (selling > 0 && away >= selling) || share < 0 {
                shares.append(0)
                leftOver += share
            } else {
                shares.append(share)
            }
        }
        var closing = withClosing ? inputs.salesCycleWeeks : 0
        for i in shares.indices.reversed() where closing > 0 {
            let taken = min(closing, shares[i])
            shares[i] -= taken
            closing -= taken
        }
        // What a week away cannot hold (the weekend of a part week away) goes to the last weeks that prospect, up to a
        // full week each, so the weeks still add up to the plan's.
        for i in shares.indices.reversed() where shares[i] > 0 && leftOver != 0 {
            let moved = leftOver > 0 ? min(leftOver, 1 - shares[i]) : max(leftOver, -shares[i])
            shares[i] += moved
            leftOver -= moved
        }
        return shares
    }

    /// The selling days from `first` through `last`, and how many of them are away on known dates.
    func sellingDays(from first: Day, through last: Day) -> (selling: Int, away: Int) {
        let selling = (0...max(0, first.days(to: last))).count(where: { first.adding(days: $0).weekday <= inputs.workingDays })
        return (selling, inputs.datesOff.sellingDays(from: first, through: last, workingDays: inputs.workingDays))
    }

    /// Whether every selling day of the week starting `week` is away on known dates.
    public func isAway(week: Day) -> Bool {
        let (selling, away) = sellingDays(from: week, through: min(period.end, week.adding(days: 7 - week.weekday)))
        return selling > 0 && away >= selling
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
        guard count > 1 else { return first }
        let byDate = sorted { $0.inForceFrom < $1.inForceFrom }
        return byDate.last { $0.inForceFrom <= week } ?? byDate.first
    }
}

/// Something said of one week of a plan, found by a day in it.
public protocol OfAWeek {
    /// The week's first day.
    var week: Day { get }
}

extension Array where Element: OfAWeek {
    /// The week that starts on or holds `day` (the weeks in order).
    public func holding(_ day: Day) -> Element? {
        last { $0.week <= day }
    }
}
