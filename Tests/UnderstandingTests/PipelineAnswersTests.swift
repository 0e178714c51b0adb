import Planner
import TestSupport
import Testing

@testable import Understanding

/// The answers file's keys for the odds and the realism gate, and the hours heard in the interview.
struct PipelineAnswersTests {
    let asOf = day("2026-12-15")
    let base = """
        rep: Test Rep
        period: 2027
        goal: 900k
        deal_size: 30k
        close_rate: 25%
        meeting_to_opportunity: 50%

        """

    func read(_ extra: String) -> Result<PlanInputs, AnswerProblems> {
        AnswerSheet.inputs(from: base + extra, today: asOf)
    }

    func problems(_ extra: String) -> [AnswerProblem] {
        if case .failure(let p) = read(extra) { return p.all }
        return []
    }

    @Test func anOpenPipelineIsReadOpportunityByOpportunity() throws {
        let inputs = try read(
            """
            open_pipeline: [{name: Acme, amount: 60k, probability: 60%, close_date: 2027-03-01}, {amount: 20k, stage: Discovery}]
            deal_size_range: 10k to 60k
            prospecting_hours: 2 hours a day
            meeting_minutes: 30
            """
        ).get()
        #expect(
            inputs.openPipeline == [
                OpenOpportunity(name: "Acme", amount: 60_000, probability: 0.6, closeDate: day("2027-03-01")),
                OpenOpportunity(amount: 20_000, stage: "Discovery"),
            ])
        #expect(inputs.openOpportunities == 2)
        #expect(inputs.evidence.dealSizeCV == 50_000.0 / 4 / 30_000 && inputs.evidence.dealSizeCVFrom == .range)
        #expect(inputs.prospectingHours == 10, "two hours a day over five selling days")
        #expect(inputs.meetingMinutes == 30)
    }

    /// A bad value in each new key, and the key its problem is named by.
    static let badValues: [(String, String)] = [
        ("open_pipeline: [{amount: 60k, probability: 150%}]", "open_pipeline[1].probability"),
        ("open_pipeline: [{amount: banana}]", "open_pipeline[1].amount"),
        ("open_pipeline: [{amount: 10k, stage: Closed Lost}]", "open_pipeline[1].stage"),
        ("open_pipeline: [{amount: 10k, close_date: 2026-03-01}]", "open_pipeline[1].close_date"),
        ("open_pipeline: banana", "open_pipeline"),
        ("deal_size_range: banana", "deal_size_range"),
        ("deal_size_range: 40k", "deal_size_range"),
        ("deal_size_range: 100k to 200k", "deal_size_range"),
        ("prospecting_hours: 10 hours a month", "prospecting_hours"),
    ]

    @Test func eachBadValueIsNamedByItsKey() {
        for (line, key) in Self.badValues {
            let found = problems(line)
            #expect(found.map(\.key) == [key], "\(line): \(found)")
        }
        if case .closeDatePast(let day)? = problems("open_pipeline: [{amount: 10k, close_date: 2026-03-01}]").first?.issue {
            #expect(day == asOf)
        } else {
            Issue.record("a close date before the plan's day is named as such")
        }
        #expect(problems("open_pipeline: [{amount: 10k, stage: Won}]").first?.issue == .closedStage)
        #expect(problems("deal_size_range: 100k to 200k").first?.issue == .rangeMissesAverage(average: 30_000))
    }

    @Test func hoursAreHeardAsADaysOrAWeeks() {
        func hours(_ line: String, _ question: Slot? = .prospectingHours) -> SlotValue? {
            Hearing.read(line, current: question, asOf: asOf).fills.first { $0.slot == .prospectingHours }?.value
        }
        #expect(hours("an hour every morning") == .hours(5))
        #expect(hours("2 hours a day") == .hours(10))
        #expect(hours("90 minutes daily") == .hours(7.5))
        #expect(hours("like 8-10 hrs/wk") == .hours(9))
        #expect(hours("2 hours every day") == .hours(10))
        #expect(hours("30k deals, and I can give about 12 hours a week to prospecting", .dealSize) == .hours(12))
        #expect(hours("we work 40 hours a week", .dealSize) == nil, "a working week is asked about")
        #expect(Hearing.read("I sell every day", current: .workingDays, asOf: asOf).fills.first?.value == .days(7))
    }

    /// "1 hour every morning" is hours, never a block on the clock, whichever question is open; clock times are
    /// still blocks beside it.
    @Test(arguments: [Slot.prospectingHours, .timeBlocks])
    func aLengthEveryMorningIsHoursNotABlock(_ question: Slot) {
        func heard(_ line: String) -> [Slot: SlotValue] {
            Dictionary(Hearing.read(line, current: question, asOf: asOf).fills.map { ($0.slot, $0.value) }) { a, _ in a }
        }
        for (line, hours) in [("1 hour every morning", 5.0), ("1 hr each morning", 5), ("90 minutes every morning", 7.5)] {
            #expect(heard(line) == [.prospectingHours: .hours(hours)], "\(line)")
        }
        let both = heard("Mon 9-11 and 1 hour every afternoon")
        #expect(both[.prospectingHours] == .hours(5))
        #expect(both[.timeBlocks] == .timeBlocks([TimeBlock(weekday: 1, start: 9 * 60, end: 11 * 60)]))
        #expect(heard("every morning 8 to 10")[.timeBlocks] != nil)
        #expect(heard("every morning 8 to 10")[.prospectingHours] == nil)
    }
}
