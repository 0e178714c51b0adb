import Planner
import TestSupport
import Testing

@testable import Tracking

/// One clear-cut scenario per leak, with the gap worked out by hand from the formulas.
struct DiagnosisTests {
    func diagnose(_ weeks: [CheckIn]) throws -> Diagnosis {
        Diagnosis(plan: try patQuinn(), totals: CheckInTotals(weeks))
    }

    func gap(_ d: Diagnosis, _ leak: Diagnosis.Leak) -> Diagnosis.Gap? {
        d.gaps.first { $0.leak == leak }
    }

    @Test func theWorkedPlanHasTheTargetsTheScenariosUse() throws {
        let plan = try patQuinn()
        #expect(plan.weekly.meetings == 19)
        #expect(plan.weekly.activities.first?.count == 760)
    }

    @Test func callsAtHalfThePlanWithNormalConversionIsActivityVolume() throws {
        // 4 weeks × 380 calls = 1,520 of 3,040 planned: (3,040 − 1,520) ÷ 40 = 38 meetings short, × 0.5 × 0.25 = 4.75 deals.
        let d = try diagnose(fourWeeks(calls: 380, booked: 9, held: 9, created: 5, won: 1, lost: 3, revenue: 10_000))
        #expect(d.biggest.leak == .activityVolume)
        #expect(d.biggest.channel == "calls")
        expectClose(d.biggest.amount, 38, within: 1e-9)
        expectClose(d.biggest.deals, 4.75, within: 1e-9)
    }

    @Test func meetingsThatStopBecomingOpportunitiesIsMeetingToOpportunity() throws {
        // On-plan activity (760 calls, 19 meetings), but 19 × 4 × 0.5 = 38 opportunities expected and 19 created:
        // 19 short × 0.25 = 4.75 deals.
        let d = try diagnose(fourWeeks(calls: 760, booked: 19, held: 19, created: 5, won: 1, lost: 3, revenue: 10_000))
        #expect(d.biggest.leak == .meetingToOpportunity)
        expectClose((gap(d, .meetingToOpportunity)?.amount ?? 0), 18, within: 1e-9)
        #expect(abs((gap(d, .activityVolume)?.deals ?? 1)) < 1e-9)
        #expect(abs(gap(d, .activityConversion)?.deals ?? 1) < 1e-9)
    }

    @Test func callsThatStopBookingMeetingsIsActivityConversionNamingTheChannel() throws {
        // 3,040 calls should book 76 meetings; 40 booked: 36 short × 0.125 = 4.5 deals.
        let d = try diagnose(fourWeeks(calls: 760, booked: 10, held: 10, created: 5, won: 1, lost: 3, revenue: 10_000))
        #expect(d.biggest.leak == .activityConversion)
        #expect(d.biggest.channel == "calls")
        expectClose(d.biggest.amount, 36, within: 1e-9)
        expectClose(d.biggest.deals, 4.5, within: 1e-9)
    }

    @Test func opportunitiesLostIsCloseRate() throws {
        // 20 resolved × 0.25 = 5 expected wins, 1 won: 4 deals short; everything upstream on plan.
        let d = try diagnose(
            fourWeeks(calls: 760, booked: 19, held: 19, created: 10, won: 0, lost: 5, revenue: 0)
                .enumerated().map { i, c in
                    var c = c
                    c.dealsWon = i == 0 ? 1 : 0
                    c.revenueClosed = i == 0 ? 10_000 : 0
                    c.dealsLost = i == 0 ? 4 : 5
                    return c
                })
        #expect(d.biggest.leak == .closeRate)
        expectClose(d.biggest.deals, 4, within: 1e-9)
    }

    @Test func smallerDealsIsDealSize() throws {
        // 12 deals won at $5,000 instead of $10,000: $60,000 short = 6 deals.
        let d = try diagnose(fourWeeks(calls: 760, booked: 19, held: 19, created: 10, won: 3, lost: 7, revenue: 15_000))
        #expect(d.biggest.leak == .dealSize)
        expectClose(d.biggest.amount, 60_000, within: 1e-9)
        expectClose(d.biggest.deals, 6, within: 1e-9)
    }

    @Test func aPlanOnTrackHasNoLeak() throws {
        let d = try diagnose(fourWeeks(calls: 760, booked: 19, held: 19, created: 10, won: 3, lost: 7, revenue: 30_000))
        #expect(d.biggest.leak == Diagnosis.Leak.none)
        #expect(d.gaps.allSatisfy { $0.deals < Diagnosis.threshold })
    }
}
