import Planner
import TestSupport
import Testing

@testable import Understanding

/// Time off said with when it falls: the dates are kept beside the amount, and only where the words say them.
struct DatedTimeOffTests {
    let asOf = day("2026-12-15")
    let year2027 = Period(start: day("2027-01-01"), end: day("2027-12-31"))

    func timeOff(_ line: String, period: Period? = nil) -> Understand.TimeOff? {
        let heard = Hearing.read(line, Hearing.Context(asOf: asOf, question: .weeksOff, period: period ?? year2027))
        guard case .timeOff(let off)? = heard.fills.first(where: { $0.slot == .weeksOff })?.value else { return nil }
        return off
    }

    func dates(_ from: String, _ to: String) -> DatesOff { DatesOff(from: day(from), to: day(to)) }

    @Test func aMonthWithALengthIsPlacedFromItsFirstMonday() {
        #expect(timeOff("two weeks in August") == .init(weeks: 2, dates: [dates("2027-08-02", "2027-08-13")]))
        #expect(timeOff("3 weeks vacation in july")?.dates == [dates("2027-07-05", "2027-07-23")])
        #expect(timeOff("10 days in March")?.dates == [dates("2027-03-01", "2027-03-12")])
    }

    @Test func datesSaidAloneAreWhenAndHowLong() {
        let off = timeOff("out Aug 2 to Aug 13")
        #expect(off?.weeks(workingDaysPerWeek: 5) == 2)
        #expect(off?.dates == [dates("2027-08-02", "2027-08-13")])
        // Said in December 2026 for a 2027 plan: the December inside the plan.
        #expect(timeOff("off dec 20th-31st")?.dates == [dates("2027-12-20", "2027-12-31")])
    }

    @Test func aRangeToADayOfTheSameMonthIsNotWeeks() {
        // "13" after "Aug 2 to" is the 13th, not 13 weeks.
        let off = timeOff("off Aug 2 to 13")
        #expect(off?.weeks(workingDaysPerWeek: 5) == 2)
        #expect(off?.dates == [dates("2027-08-02", "2027-08-13")])
        #expect(timeOff("I'm out aug 2 through 6")?.dates == [dates("2027-08-02", "2027-08-06")])
    }

    @Test func askedAboutTimeOffDatesAreTimeOffNotAPeriod() {
        for line in ["Aug 2 - Aug 13", "2027-08-02 to 2027-08-13"] {
            let heard = Hearing.read(line, Hearing.Context(asOf: asOf, question: .weeksOff, period: year2027))
            #expect(heard.fills.map(\.slot) == [.weeksOff], "\(line)")
            #expect(timeOff(line)?.dates == [dates("2027-08-02", "2027-08-13")], "\(line)")
        }
        let fridays = Hearing.read("every Friday in July", Hearing.Context(asOf: asOf, question: .weeksOff, period: year2027))
        #expect(fridays.fills.map(\.slot) == [.weeksOff], "five Fridays away, not a one-day selling week")
        #expect(timeOff("every Friday in July")?.weeks(workingDaysPerWeek: 5) == 1)
    }

    @Test func aStartDateWithALengthIsPlacedFromThatDay() {
        #expect(timeOff("I'm out from July 5 for two weeks")?.dates == [dates("2027-07-05", "2027-07-16")])
    }

    @Test func partsAddUpAndOnlyTheDatedPartHasDates() {
        let off = timeOff("2 weeks vacation in july and a week at christmas")
        #expect(off?.weeks(workingDaysPerWeek: 5) == 3)
        #expect(off?.dates == [dates("2027-07-05", "2027-07-16")])
    }

    @Test func aCorrectionMovesThePlacedDates() {
        #expect(timeOff("2 weeks in august, sorry 3 weeks") == .init(weeks: 3, dates: [dates("2027-08-02", "2027-08-20")]))
    }

    @Test func whatDoesNotSayWhenStaysUndated() {
        #expect(timeOff("I'm off four weeks this year") == .init(weeks: 4))
        #expect(timeOff("thanksgiving week in november") == .init(weeks: 1))
        #expect(timeOff("off every friday in july")?.dates == [])
        #expect(timeOff("a month in august")?.dates == [], "4.3 weeks is no whole count of days to place")
        #expect(timeOff("six weeks") == .init(weeks: 6))
    }

    @Test func theAnswersFileTakesDatesCountsAndWordsTogether() throws {
        let source = """
            rep: Ada Stone
            period: '2027'
            as_of: '2026-12-15'
            goal: 1.2M
            deal_size: 30k
            close_rate: 25%
            meeting_to_opportunity: 50%
            weeks_off:
            - {from: 2027-08-02, to: 2027-08-13}
            - two weeks in March
            - 1 week
            """
        let inputs = try AnswerSheet.inputs(from: source, today: asOf).get()
        #expect(inputs.weeksOff == 5)
        #expect(inputs.datesOff == [dates("2027-03-01", "2027-03-12"), dates("2027-08-02", "2027-08-13")])
        let one = try AnswerSheet.inputs(
            from: source.replacingOccurrences(
                of: "weeks_off:\n- {from: 2027-08-02, to: 2027-08-13}\n- two weeks in March\n- 1 week",
                with: "weeks_off: {from: 2027-12-20, to: 2027-12-31}"), today: asOf
        ).get()
        #expect(one.weeksOff == 2 && one.datesOff == [dates("2027-12-20", "2027-12-31")], "ten selling days")
        #expect(try AnswerSheet.inputs(from: source.replacingOccurrences(of: "- 1 week", with: ""), today: asOf).get().weeksOff == 4)
    }

    @Test func badDatesAreNamedWithWhatIsAccepted() {
        let source = """
            rep: Ada Stone
            period: Q1 2027
            as_of: '2026-12-15'
            goal: 300k
            deal_size: 30k
            close_rate: 25%
            meeting_to_opportunity: 50%
            weeks_off: [{from: 2027-08-02, to: 2027-08-13}, {from: 2027-02-10, to: 2027-02-01}, {from: 2027-03-01}, {from: 2027-03-06, to: 2027-03-07}]
            """
        guard case .failure(let problems) = AnswerSheet.inputs(from: source, today: asOf) else {
            Issue.record("bad dates taken")
            return
        }
        #expect(problems.all.map(\.key) == ["weeks_off[0]", "weeks_off[1]", "weeks_off[2].to", "weeks_off[3]"])
        #expect(problems.all.last?.issue == .noSellingDays, "a weekend takes no time off")
        #expect(problems.all.first?.issue == .outsidePeriod(Period(start: day("2027-01-01"), end: day("2027-03-31"))))
    }
}
