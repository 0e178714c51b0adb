import Planner
import TestSupport
import Testing

@testable import Tracking

/// The team view's rows: pacing, odds now, flags and who comes first.
struct TeamRowTests {
    let today = day("2027-02-10")

    func weeks(_ held: [Int]) -> [CheckIn] {
        held.enumerated().map { i, h in
            CheckIn(
                week: day("2027-01-04").adding(days: 7 * i), activities: [.init(name: "calls", attempts: 760, meetings: 19)],
                meetingsHeld: h, opportunitiesCreated: h / 2, dealsWon: 0, dealsLost: 0, revenueClosed: 0)
        }
    }

    @Test func aRepOnPlanHasNoFlags() throws {
        let row = TeamRow(plan: try patQuinn(), checkIns: weeks([19, 19, 19, 19, 19]), today: today)
        #expect(row.flags == [])
        #expect(row.lastWeek == day("2027-02-01"))
        #expect(row.lastWeekShare == 1)
        #expect(row.soFarShare == 1)
        #expect(row.weeklyMeetings == 19)
    }

    @Test func weeksAwayOnDatesAreNeverBehind() throws {
        // Pat Quinn away Jan 25 – Feb 5: 240 meetings over 13 − 2 weeks is 22 a week.
        var inputs = try patQuinn().inputs
        inputs.datesOff = [DatesOff(from: day("2027-01-25"), to: day("2027-02-05"))]
        inputs.weeksOff = 2
        let plan = try Planner.plan(inputs)
        #expect(plan.weekly.meetings == 22)
        let checkIns = [22, 22, 22, 0, 0].enumerated().map { i, held in
            CheckIn(
                week: day("2027-01-04").adding(days: 7 * i), activities: [.init(name: "calls", attempts: held * 40, meetings: held)],
                meetingsHeld: held, opportunitiesCreated: held / 2)
        }
        let row = TeamRow(plan: plan, checkIns: checkIns, today: today)
        #expect(row.flags == [], "two weeks with nothing done, but nothing was asked of them")
        #expect(row.soFarShare == 1)
        let pacing = Pacing.make(plan: plan, checkIns: checkIns, week: day("2027-02-01"))
        #expect(pacing.verdict == .onPlan)
        #expect(pacing.away == DatesOff(from: day("2027-01-25"), to: day("2027-02-05")), "said on the check-in's screen")
        #expect(pacing.soFar.first { $0.measure == .meetings }?.target == 66, "three weeks at 22; none in the weeks away")
    }

    /// Pat Quinn's plan revised on Feb 1 with `change` made to its inputs: revision 2.
    func revised(_ first: Plan, reason: String, _ change: (inout PlanInputs) -> Void) throws -> Plan {
        var inputs = first.inputs
        inputs.asOf = day("2027-02-01")
        change(&inputs)
        var second = try Planner.plan(inputs)
        second.revision = 2
        second.revisions = [Plan.Revision(number: 2, date: day("2027-02-01"), reason: reason, ratios: "planned")]
        return second
    }

    @Test func weeksBeforeARevisionAreJudgedByThePlanInForceThen() throws {
        let first = try patQuinn()
        let second = try revised(first, reason: "raised") { $0.goal = 600_000 }
        #expect(second.weekly.meetings > 19)
        // Four weeks at revision 1's 19 meetings, judged after revision 2 raised the target.
        let row = TeamRow(outline: PlanOutline(second), checkIns: weeks([19, 19, 19, 19]), today: today, earlier: [PlanOutline(first)])
        #expect(row.soFarShare == 1, "each week against the 19 asked of it then")
        #expect(!row.flags.contains(.behindTwoWeeks))
    }

    @Test func aRevisionsChanceDoesNotCountTheWeeksItAlreadyHolds() throws {
        let first = try patQuinn()
        let second = try revised(first, reason: "review") { $0.closedToDate = 100_000 }
        // The $100,000 closed in January is in revision 2's inputs; the check-ins saying so must not add it again.
        let january = weeks([19, 19, 19, 19]).map { week -> CheckIn in
            var w = week
            w.dealsWon = 2
            w.revenueClosed = 25_000
            return w
        }
        let row = TeamRow(outline: PlanOutline(second), checkIns: january, today: day("2027-02-01"), earlier: [PlanOutline(first)])
        #expect(abs(row.chanceNow - second.confidence.chanceOfGoal) < 0.02, "\(row.chanceNow) against \(second.confidence.chanceOfGoal)")
    }

    @Test func aRepFarBehindComesBeforeOneMerelyQuietWithTheOddsOfTheirPace() throws {
        let plan = try patQuinn()
        let farBehind = TeamRow(plan: plan, checkIns: weeks([3, 3, 3, 3, 3]), today: today)
        let quiet = TeamRow(plan: plan, checkIns: [], today: today)
        #expect(quiet.flags == [.noCheckIn])
        #expect(quiet.weeksWithoutCheckIn == 5, "Jan 4 to the week of Feb 8")
        #expect(TeamRow.attentionFirst(farBehind, quiet))
        // At 16% of the planned meetings, the odds are those of 3 a week, not of the plan's 19.
        #expect(farBehind.chanceNow < 0.01)
        #expect(quiet.chanceNow > farBehind.chanceNow)
    }

    @Test func twoWeeksUnderPlanAreFlagged() throws {
        let row = TeamRow(plan: try patQuinn(), checkIns: weeks([19, 19, 19, 10, 12]), today: today)
        #expect(row.flags == [.behindTwoWeeks])
    }

    @Test func noCheckInForTwoWeeksIsFlagged() throws {
        let row = TeamRow(plan: try patQuinn(), checkIns: weeks([19, 19]), today: today)
        #expect(row.flags == [.noCheckIn])
        let never = TeamRow(plan: try patQuinn(), checkIns: [], today: today)
        #expect(never.flags == [.noCheckIn])
        #expect(never.soFarShare == nil)
        // Early in the period nobody is flagged for not having checked in yet.
        #expect(TeamRow(plan: try patQuinn(), checkIns: [], today: day("2027-01-12")).flags == [])
    }

    @Test func aPlanNeedingMoreHoursThanTheRepHasIsOverCapacity() throws {
        var plan = try patQuinn()
        plan.prospectingHours = 20
        #expect(TeamRow(plan: plan, checkIns: weeks([19, 19, 19, 19, 19]), today: today).flags == [.overCapacity])
    }

    @Test func theChanceNowCountsWhatHasClosed() throws {
        let plan = try patQuinn()
        var closed = weeks([19, 19, 19, 19, 19])
        closed[0].dealsWon = 10
        closed[0].revenueClosed = 100_000
        let ahead = TeamRow(plan: plan, checkIns: closed, today: today)
        let level = TeamRow(plan: plan, checkIns: weeks([19, 19, 19, 19, 19]), today: today)
        #expect(ahead.chanceNow > level.chanceNow)
    }

    @Test func theRepWhoNeedsAttentionComesFirst() throws {
        let plan = try patQuinn()
        let onPlan = TeamRow(plan: plan, checkIns: weeks([19, 19, 19, 19, 19]), today: today)
        let behind = TeamRow(plan: plan, checkIns: weeks([19, 19, 19, 10, 12]), today: today)
        var capacity = plan
        capacity.prospectingHours = 1
        let both = TeamRow(plan: capacity, checkIns: weeks([19, 19, 19, 10, 12]), today: today)
        let slightlyBehind = TeamRow(plan: plan, checkIns: weeks([19, 19, 19, 19, 18]), today: today)
        let order = [onPlan, slightlyBehind, behind, both].sorted(by: TeamRow.attentionFirst)
        #expect(order.map(\.flags.count) == [2, 1, 0, 0])
        #expect(order[2].soFarShare ?? 0 < order[3].soFarShare ?? 0)
    }
}
