import Planner
import TestSupport
import Testing

@testable import PlanReport
@testable import Understanding

/// Refused answers: one line per problem naming the key, quoting what was given, saying what is accepted.
struct ProblemWordsTests {
    func lines(_ answers: String) -> [String] {
        switch AnswerSheet.inputs(from: answers, today: Day(iso: "2027-03-15")!) {
        case .success: return []
        case .failure(let problems): return problems.all.map(ProblemWords(words: words).line)
        }
    }

    @Test func everyProblemInOneFileIsReportedAtOnce() {
        let got = lines(
            """
            rep: Mark
            period: Q5 2027
            goal: lots
            deal_sise: 30k
            close_rate: 150%
            meeting_to_opportunity: 8 in 5
            open_opportunities: 3.5
            working_days: 8
            channels:
              - name: calls
                share: 70%
                attempts_per_meeting: 40
              - name: emails
                share: 50%
                attempts_per_meeting: 80
            """)
        expectGolden(got.joined(separator: "\n") + "\n", "problems.txt")
        #expect(got.count == 9)
    }

    @Test func goalAndIncomeRouteTogetherAreRefused() {
        let got = lines(
            """
            rep: Sam
            period: 2027
            goal: 1M
            income_goal: 180k
            commission_rate: 10%
            deal_size: 8k
            close_rate: 30%
            meeting_to_opportunity: 60%
            """)
        #expect(
            got == [
                "goal: \"1M\" and income_goal are both given. Give the revenue goal, or the income route (income_goal, base_salary, commission_rate), not both."
            ])
    }

    @Test func aMissingRequiredKeySaysWhatToGive() {
        let got = lines("rep: Sam\nperiod: 2027\ngoal: 1M\nclose_rate: 30%\nmeeting_to_opportunity: 60%\n")
        #expect(got == ["deal_size: is missing. Give an amount above zero, like $1.2M, 750k, 30 grand or 1,200,000."])
    }

    @Test func brokenYamlNamesTheLine() {
        let got = lines("rep: [a\n  b: c\n")
        #expect(got.count == 1)
        #expect(got.first?.hasPrefix("The answers file is not valid YAML or JSON (line 2)") == true)
    }

    @Test func aListWhereAValueBelongsIsRefused() {
        let got = lines("rep: [Mark, Dana]\nperiod: 2027\ngoal: 1M\ndeal_size: 1k\nclose_rate: 30%\nmeeting_to_opportunity: 60%\n")
        #expect(got == ["rep: \"[Mark, Dana]\" should be a single value, not a list or a mapping."])
    }

    @Test func escapeSequencesAreNeverEchoedRaw() {
        let got = lines("rep: Mark\nperiod: 2027\ngoal: \"\\e[31mlots\"\ndeal_size: 1k\nclose_rate: 30%\nmeeting_to_opportunity: 60%\n")
        #expect(got.count == 1)
        #expect(!(got.first ?? "").contains("\u{1B}"))
    }

    @Test func everyMisunderstandingHasWordsForEveryKind() {
        let names = ProblemWords(words: words)
        let all: [Misunderstanding] = [
            .notUnderstood(.money), .empty(.rate), .negative(.count, -1), .zero(.money), .rateAboveAll(1.5),
            .outOfNothing, .notWhole(.count, 3.5), .daysPerWeek(8), .noSuchDate("2027-02-30"),
            .periodBackwards(start: Day(iso: "2027-06-30")!, end: Day(iso: "2027-01-01")!), .noSuchQuarter(5),
            .ambiguous(.money, [1, 2]), .tooLarge(.money, 1e20),
        ]
        let kinds = [
            "money", "money_or_zero", "rate", "count", "calendar_weeks", "weeks_off", "working_days", "period",
            "yes_no", "profile", "name", "minutes", "attempts_per_meeting", "date",
        ]
        for why in all {
            for kind in kinds {
                let text = names.refusal(why, kind: kind)
                #expect(!text.contains("["), "\(why) \(kind): \(text)")
                #expect(text.count > 20)
            }
        }
    }
}
