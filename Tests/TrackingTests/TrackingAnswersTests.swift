import Planner
import TestSupport
import Testing
import Understanding

@testable import Tracking

/// Check-in and revisit answers files: read with the interview's readers, every problem named by its path.
struct TrackingAnswersTests {
    let today = Day(iso: "2027-01-20")!

    func tree(_ yaml: String) throws -> AnswerTree { try AnswerTree.parse(yaml) }

    @Test func aCheckInReadsTheWayPeopleWrite() throws {
        let checkIn = try TrackingAnswers.checkIn(
            tree(
                """
                activities:
                  - {name: calls, attempts: a hundred and twenty, meetings: 3}
                  - name: referral asks
                    attempts: 8
                meetings_held: 4
                revenue_closed: $30k
                note: "good week \\u001B[31m"
                """), today: today
        ).get()
        #expect(checkIn.week == Day(iso: "2027-01-11")!, "on a Wednesday, the week that just ended")
        // On Friday the check-in is for the week it ends, as the interview's is.
        let friday = try TrackingAnswers.checkIn(tree("meetings_held: 2"), today: Day(iso: "2027-01-22")!).get()
        #expect(friday.week == Day(iso: "2027-01-18")!)
        #expect(
            checkIn.activities == [
                .init(name: "calls", attempts: 120, meetings: 3), .init(name: "referral asks", attempts: 8, meetings: 0),
            ])
        #expect(checkIn.meetingsHeld == 4 && checkIn.revenueClosed == 30_000)
        #expect(checkIn.note == "good week", "escape sequences stripped")
    }

    @Test func everyProblemIsNamedByItsPath() throws {
        guard
            case .failure(let problems) = TrackingAnswers.checkIn(
                try tree(
                    """
                    week: someday
                    activities:
                      - {name: calls, attempts: lots}
                      - just a string
                      - {attempts: 3, meetngs: 1}
                    meetings_hold: 4
                    """), today: today)
        else {
            Issue.record("refused nothing")
            return
        }
        #expect(
            problems.all.map(\.key).sorted() == [
                "activities[1].attempts", "activities[2]", "activities[3].meetngs", "activities[3].name", "meetings_hold", "week",
            ])
        #expect(problems.all.contains { $0.key == "meetings_hold" && $0.issue == .unknownKey(suggestion: "meetings_held") })
    }

    @Test func aRevisitReadsItsChoicesAndTotalsOverWeeks() throws {
        let answers = try TrackingAnswers.revisit(
            tree(
                """
                ratios: Actual
                prospecting_hours: 90 minutes
                time_blocks: [Tuesday 9 to 10, Thursday 9 to 10]
                totals: {weeks: 3, meetings_held: 6, activities: [{name: calls, attempts: 300, meetings: 6}]}
                """), today: today
        ).get()
        #expect(answers.ratios == .actual && answers.prospectingHours == 1.5)
        #expect(answers.timeBlocks?.count == 2)
        #expect(answers.totals.count == 3 && answers.totals.map(\.meetingsHeld).reduce(0, +) == 6)
        guard
            case .failure(let problems) = TrackingAnswers.revisit(
                try tree("ratios: hopeful\ntotals: {weeks: 0}\nreasons: x\n"), today: today)
        else {
            Issue.record("refused nothing")
            return
        }
        #expect(problems.all.map(\.key).sorted() == ["ratios", "reasons", "totals.weeks"])
    }
}
