import Planner
import TestSupport

@testable import Tracking

/// 13 weeks, 30 deals of $10k at 25% from 50% of meetings: 240 meetings, 19 a week, 760 calls a week at 40 per meeting.
func patQuinn() throws -> Plan {
    try Planner.plan(
        PlanInputs(
            rep: "Pat Quinn", period: Period(start: day("2027-01-04"), end: day("2027-04-04")), asOf: day("2027-01-04"),
            goal: 300_000, dealSize: 10_000, closeRate: 0.25, meetingToOpportunity: 0.5,
            channels: [Channel(name: "calls", attemptsPerMeeting: 40, share: 1, minutesPerAttempt: 3)]))
}

/// Four weeks, each the same week repeated.
func fourWeeks(calls: Int, booked: Int, held: Int, created: Int, won: Int, lost: Int, revenue: Double) -> [CheckIn] {
    ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"].map {
        CheckIn(
            week: day($0), activities: [.init(name: "calls", attempts: calls, meetings: booked)], meetingsHeld: held,
            opportunitiesCreated: created, dealsWon: won, dealsLost: lost, revenueClosed: revenue)
    }
}
