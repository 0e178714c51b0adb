import TestSupport

@testable import Planner

func period(_ start: String, _ end: String) -> Period {
    Period(start: day(start), end: day(end))
}

/// The contract's worked example (Mark Rivera, 2027), as inputs already understood.
func markRivera() -> PlanInputs {
    PlanInputs(
        rep: "Mark Rivera", manager: "Dana Cole", profile: .solid, period: period("2027-01-01", "2027-12-31"),
        asOf: day("2026-12-15"), goal: 1_200_000, dealSize: 30_000, closeRate: 0.25, meetingToOpportunity: 0.5,
        salesCycleWeeks: 8, weeksOff: 6, openOpportunities: 10,
        channels: [
            Channel(name: "calls", attemptsPerMeeting: 40, share: 0.5, minutesPerAttempt: 3),
            Channel(name: "referral asks", attemptsPerMeeting: 3, share: 0.3, minutesPerAttempt: 10),
            Channel(name: "networking events", attemptsPerMeeting: 0.5, share: 0.2, minutesPerAttempt: 120),
        ])
}

/// A small plan to vary in property tests.
func simpleInputs(goal: Double = 500_000, dealSize: Double = 25_000) -> PlanInputs {
    PlanInputs(
        rep: "Lee Park", period: period("2027-01-01", "2027-06-30"), asOf: day("2027-01-01"), goal: goal,
        dealSize: dealSize, closeRate: 0.3, meetingToOpportunity: 0.5)
}
