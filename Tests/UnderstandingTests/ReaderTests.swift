import Planner
import Testing

@testable import Understanding

/// The readers one by one: a bare figure read in the question's kind, ranges, and why answers are refused.
struct ReaderTests {
    let asOf = Day(year: 2027, month: 3, day: 15)!

    @Test func aBareFigureIsReadInTheQuestionsKind() throws {
        #expect(try Understand.rate("25").get().value == 0.25)
        #expect(try Understand.money("25").get().value == 25)
        #expect(try Understand.count("25").get().value == 25)
        #expect(try Understand.calendarWeeks("25").get().value == 25)
        #expect(try Understand.weeksOff("2").get().value == Understand.TimeOff(weeks: 2))
        #expect(try Understand.minutes("25").get().value == 25)
        #expect(try Understand.attemptsPerMeeting("25").get().value == 25)
        #expect(try Understand.workingDays("4").get().value == 4)
    }

    @Test func aRangeIsItsMidpointAndRemembersBothEnds() throws {
        let deal = try Understand.money("20-30k").get()
        #expect(deal.value == 25_000)
        #expect(deal.range == 20_000...30_000)
        let rate = try Understand.rate("20 to 30%").get()
        #expect(abs(rate.value - 0.25) < 1e-12)
        #expect(rate.range.map { abs($0.lowerBound - 0.2) < 1e-12 && abs($0.upperBound - 0.3) < 1e-12 } == true)
        #expect(try Understand.money("$30,000").get().range == nil)
    }

    @Test func workingDaysTurnTimeOffIntoWeeksAtTheRepsWeek() throws {
        let off = try Understand.weeksOff("10 days").get().value
        #expect(off.weeks(workingDaysPerWeek: 5) == 2)
        #expect(off.weeks(workingDaysPerWeek: 4) == 2.5)
        let mixed = try Understand.weeksOff("1 week and 3 days").get().value
        #expect(mixed.weeks(workingDaysPerWeek: 3) == 2)
    }

    @Test func refusalsSayWhatWasWrong() {
        #expect(Understand.rate("150%") == .failure(.rateAboveAll(1.5)))
        #expect(Understand.rate("5 in 0") == .failure(.outOfNothing))
        #expect(Understand.rate("0%") == .failure(.zero(.rate)))
        #expect(Understand.rate("-5%") == .failure(.negative(.rate, -0.05)))
        #expect(Understand.rate("never") == .failure(.zero(.rate)))
        #expect(Understand.rate("") == .failure(.empty(.rate)))
        #expect(Understand.money("lots") == .failure(.notUnderstood(.money)))
        #expect(Understand.money("0") == .failure(.zero(.money)))
        #expect(Understand.money("-500000") == .failure(.negative(.money, -500_000)))
        #expect(Understand.money("10 or 20") == .failure(.notUnderstood(.money)) || Understand.money("10 or 20").isRange)
        #expect(Understand.count("3.5") == .failure(.notWhole(.count, 3.5)))
        #expect(Understand.workingDays("8") == .failure(.daysPerWeek(8)))
        #expect(Understand.period("Q5 2027", asOf: asOf) == .failure(.noSuchQuarter(5)))
        #expect(Understand.period("sometime", asOf: asOf) == .failure(.notUnderstood(.period)))
        #expect(
            Understand.period("2027-06-30 to 2027-01-01", asOf: asOf)
                == .failure(.periodBackwards(start: Day(year: 2027, month: 6, day: 30)!, end: Day(year: 2027, month: 1, day: 1)!)))
        #expect(Understand.money("1e400") != .success(Reading(.infinity)))
    }

    @Test func zeroIsAllowedOnlyWhereItMeansSomething() throws {
        #expect(try Understand.money("none", allowZero: true).get().value == 0)
        #expect(Understand.money("none") == .failure(.zero(.money)))
        #expect(try Understand.count("zero").get().value == 0)
        #expect(try Understand.calendarWeeks("none").get().value == 0)
    }

    @Test func yesNoAndProfiles() throws {
        for yes in ["yes", "Y", "yep, save it", "sure", "ok", "looks good"] {
            #expect(try Understand.yesNo(yes).get().value == true, "\(yes)")
        }
        for no in ["no", "nope", "not yet", "n"] {
            #expect(try Understand.yesNo(no).get().value == false, "\(no)")
        }
        #expect(Understand.yesNo("maybe") == .failure(.notUnderstood(.yesNo)))
        #expect(try Understand.profile("new").get().value == .new)
        #expect(try Understand.profile("she's an over-achiever").get().value == .over)
        #expect(try Understand.profile("under performer").get().value == .under)
        #expect(try Understand.profile("Solid").get().value == .solid)
        #expect(try Understand.profile("questionable").get().value == .questionable)
        #expect(Understand.profile("purple") == .failure(.notUnderstood(.profile)))
    }

    @Test func attemptsPerMeetingReadsEitherDirection() throws {
        #expect(try Understand.attemptsPerMeeting("40 dials per meeting").get().value == 40)
        #expect(try Understand.attemptsPerMeeting("2 meetings per event").get().value == 0.5)
        #expect(try Understand.attemptsPerMeeting("1 in 80 gets a meeting").get().value == 80)
        #expect(try Understand.attemptsPerMeeting("one meeting every 25 calls").get().value == 25)
        #expect(Understand.attemptsPerMeeting("0") == .failure(.zero(.attemptsPerMeeting)))
        #expect(try Understand.attemptsPerMeeting("each event gets me 3 meetings").get().value == 1.0 / 3)
        #expect(try Understand.attemptsPerMeeting("I ask 5 clients for an intro to get one meeting").get().value == 5)
        #expect(try Understand.attemptsPerMeeting("3% of calls book a meeting").get().value == 1 / 0.03)
        // A time said with it has its own key: refused here, never read as 40 ÷ 3.
        #expect(
            Understand.attemptsPerMeeting("40 dials per meeting, 3 minutes each") == .failure(.ambiguous(.attemptsPerMeeting, [40, 3])))
    }

    @Test func aMeetingRateReadsMeetingsPerAttemptToo() throws {
        #expect(try Understand.meetingRate("2 meetings per event").get().value == 0.5)
        #expect(try Understand.meetingRate("2.5%").get().value == 40)
        #expect(try Understand.meetingRate("1 in 40").get().value == 40)
        #expect(try Understand.meetingRate("0.025").get().value == 40)
    }

    @Test func minutesPerAttempt() throws {
        #expect(try Understand.minutes("3 minutes each").get().value == 3)
        #expect(try Understand.minutes("2 hours").get().value == 120)
        #expect(try Understand.minutes("half an hour").get().value == 30)
        #expect(try Understand.minutes("90 seconds").get().value == 1.5)
        #expect(try Understand.minutes("an hour and a half").get().value == 90)
    }

    @Test func names() throws {
        #expect(try Understand.name("  Mark   Rivera ").get().value == "Mark Rivera")
        #expect(try Understand.name("Mark\u{1B}[31m Rivera\u{1B}[0m").get().value == "Mark Rivera")
        #expect(try Understand.name("Ma\u{7}rk").get().value == "Mark")
        #expect(Understand.name("  ...  ") == .failure(.empty(.name)))
    }

    @Test func datesInTheFormsPeopleWrite() throws {
        let expected = Day(year: 2027, month: 3, day: 15)!
        #expect(try Understand.date("2027-03-15", today: asOf).get().value == expected)
        #expect(try Understand.date("3/15/2027", today: asOf).get().value == expected)
        #expect(try Understand.date("March 15, 2027", today: asOf).get().value == expected)
        #expect(try Understand.date("today", today: asOf).get().value == asOf)
        #expect(Understand.date("2027-02-30", today: asOf) == .failure(.noSuchDate("2027-02-30")))
    }

    @Test func numbersSpelledOut() throws {
        let cases: [(String, Double)] = [
            ("one million two hundred thousand", 1_200_000), ("twelve thousand five hundred", 12_500),
            ("seven hundred and fifty thousand", 750_000), ("two and a half million", 2_500_000),
            ("three quarters of a million", 750_000), ("one point two five million", 1_250_000),
            ("ninety nine thousand", 99_000), ("a hundred thousand", 100_000),
        ]
        for (text, value) in cases {
            #expect(try Understand.money(text).get().value == value, "\(text)")
        }
    }
}

extension Result where Success == Reading<Double> {
    var isRange: Bool { (try? get())?.range != nil }
}

@Test func aPlainReplySaysNoFigureAndAnAnswerDoes() {
    for plain in ["yes", "no", "yes please", "nope, leave it", "sure, use the team's", "no thanks", "yeah go ahead", "none"] {
        #expect(!Understand.saysFigure(plain), "\(plain)")
    }
    for answer in ["go with 1 in 3", "no, half", "no 25%", "make it 40k", "two weeks"] {
        #expect(Understand.saysFigure(answer), "\(answer)")
    }
}
