import Planner
import Testing

@testable import Understanding

/// A week's activity said the way reps say it on a Friday: every figure placed in its field, or said back unplaced.
struct WeekLineTests {
    static let friday = Day(year: 2027, month: 1, day: 29)!
    static let thisWeek = Day(year: 2027, month: 1, day: 25)!

    struct Case: CustomTestStringConvertible, Sendable {
        var line: String
        var asking: WeekField?
        var facts: [WeekHearing.Fact]
        var unplaced: [WeekHearing.Unplaced] = []
        var testDescription: String { line }
    }

    static func f(_ field: WeekField, _ n: Int) -> WeekHearing.Fact { .init(field: field, value: .count(n)) }
    static func money(_ m: Double) -> WeekHearing.Fact { .init(field: .revenueClosed, value: .money(m)) }
    static func week(_ d: Day) -> WeekHearing.Fact { .init(field: .week, value: .week(d)) }

    static let cases: [Case] = [
        Case(
            line: "this week. I made 80 calls and booked 1 meeting, sent 120 emails, no deals",
            facts: [
                week(thisWeek), f(.attempts("calls"), 80), f(.booked("calls"), 1), f(.attempts("emails"), 120), f(.dealsWon, 0),
            ]),
        Case(line: "emails 130", facts: [f(.attempts("emails"), 130)]),
        Case(line: "change emails to 130", facts: [f(.attempts("emails"), 130)]),
        Case(
            line: "80 dials, 3 meetings booked from them, held 2, 1 new opp, closed one deal for $12k",
            facts: [
                f(.attempts("calls"), 80), f(.booked("calls"), 3), f(.meetingsHeld, 2), f(.opportunitiesCreated, 1), f(.dealsWon, 1),
                money(12_000),
            ]),
        Case(
            line: "calls: 80, emails: 120, mtgs 2, opps 1, won 1, lost 2, revenue 15k",
            facts: [
                f(.attempts("calls"), 80), f(.attempts("emails"), 120), f(.meetingsHeld, 2), f(.opportunitiesCreated, 1), f(.dealsWon, 1),
                f(.dealsLost, 2), money(15_000),
            ]),
        Case(line: "won 1 lost 1", facts: [f(.dealsWon, 1), f(.dealsLost, 1)]),
        Case(line: "calls 80 emails 120 meetings 3", facts: [f(.attempts("calls"), 80), f(.attempts("emails"), 120), f(.meetingsHeld, 3)]),
        Case(
            line: "made like 90 dials this wk, 2 appts booked off them",
            facts: [week(thisWeek), f(.attempts("calls"), 90), f(.booked("calls"), 2)]),
        Case(line: "zero deals, zero opps", facts: [f(.dealsWon, 0), f(.opportunitiesCreated, 0)]),
        Case(line: "about a hundred calls and 50 emails", facts: [f(.attempts("calls"), 100), f(.attempts("emails"), 50)]),
        Case(line: "we had 3 meetings, 1 turned into an opp", facts: [f(.meetingsHeld, 3), f(.opportunitiesCreated, 1)]),
        Case(line: "2 weeks ago I did 40 calls", facts: [week(Day(year: 2027, month: 1, day: 11)!), f(.attempts("calls"), 40)]),
        Case(line: "week of jan 25th", facts: [week(thisWeek)]),
        Case(line: "jan 25", facts: [week(thisWeek)]),
        Case(line: "the week before last", facts: [week(Day(year: 2027, month: 1, day: 11)!)]),
        Case(line: "dec 30", facts: [week(Day(year: 2026, month: 12, day: 28)!)], ),
        Case(line: "revenue closed 5000", facts: [money(5_000)]),
        Case(line: "calls meetings booked 5", facts: [f(.booked("calls"), 5)]),
        Case(line: "a dozen", asking: .attempts("calls"), facts: [f(.attempts("calls"), 12)]),
        Case(line: "40, and 2 meetings", asking: .attempts("calls"), facts: [f(.booked("calls"), 2), f(.attempts("calls"), 40)]),
        Case(line: "booked 3 meetings", asking: .attempts("emails"), facts: [f(.booked("emails"), 3)]),
        Case(line: "booked 3 meetings", facts: [], unplaced: [.init(figure: 3, reason: .whichActivity)]),
        Case(line: "sent 12 linkedin messages", facts: [], unplaced: [.init(figure: 12, reason: .notInPlan("linkedin"))]),
        Case(line: "2.5 meetings held", facts: [], unplaced: [.init(figure: 2.5, reason: .notWhole)]),
        Case(line: "40 and 7", facts: [], unplaced: [.init(figure: 40, reason: .noField), .init(figure: 7, reason: .noField)]),
        // An outside tester's lines: "N from an activity" is what it booked; money is never a count.
        Case(
            line: "120 calls, 160 emails, 3 from calls, 2 from emails",
            facts: [
                f(.attempts("calls"), 120), f(.attempts("emails"), 160), f(.booked("calls"), 3), f(.booked("emails"), 2),
            ]),
        Case(line: "booked 3 from calls", facts: [f(.booked("calls"), 3)]),
        Case(line: "half a dozen emails", facts: [f(.attempts("emails"), 6)]),
        Case(line: "lost the Acme deal", facts: [f(.dealsLost, 1)]),
        // A second outside tester's lines: terse lines, outcomes that are not results, sums and slips.
        Case(
            line: "110 calls 150 emails booked 2 from calls 1 from emails held 3 opps 1 won 0 lost 0",
            facts: [
                f(.attempts("calls"), 110), f(.attempts("emails"), 150), f(.booked("calls"), 2), f(.booked("emails"), 1),
                f(.meetingsHeld, 3),
                f(.opportunitiesCreated, 1), f(.dealsWon, 0), f(.dealsLost, 0),
            ]),
        Case(
            line: "100 calls 2 from calls held 2 won 1",
            facts: [f(.attempts("calls"), 100), f(.booked("calls"), 2), f(.meetingsHeld, 2), f(.dealsWon, 1)]),
        Case(line: "1 deal fell through", facts: [f(.dealsLost, 1)]),
        Case(line: "1 opp died", facts: [f(.dealsLost, 1)]),
        Case(line: "1 deal slipped to Q2", facts: [], unplaced: [.init(figure: 1, reason: .pending)]),
        Case(line: "1 meeting cancelled", facts: [], unplaced: [.init(figure: 1, reason: .notHeld)]),
        Case(
            line: "100 calls 120 emails booked 3", facts: [f(.attempts("calls"), 100), f(.attempts("emails"), 120)],
            unplaced: [.init(figure: 3, reason: .whichActivity)]),
        Case(line: "3 calls meetings, 2 emails meetings", facts: [f(.booked("calls"), 3), f(.booked("emails"), 2)]),
        Case(line: "2 meetings booked by phone, 1 by email", facts: [f(.booked("calls"), 2), f(.booked("emails"), 1)]),
        Case(line: "1.2k emails", facts: [f(.attempts("emails"), 1200)]),
        Case(line: "100 cals, 120 emials", facts: [f(.attempts("calls"), 100), f(.attempts("emails"), 120)]),
        Case(line: "closed nothing, held none", facts: [f(.dealsWon, 0), f(.meetingsHeld, 0)]),
        Case(line: "1 closed-won 12k, 1 closed-lost", facts: [f(.dealsWon, 1), money(12_000), f(.dealsLost, 1)]),
        Case(line: "closed 2 deals 20k each", facts: [f(.dealsWon, 2), money(40_000)]),
        Case(line: "5o", asking: .attempts("calls"), facts: []),
        Case(line: "same as last week", facts: []),
        Case(line: "mon 30 calls, tue 25 calls, wed 40 calls", facts: [f(.attempts("calls"), 95)]),
        Case(
            line: "monday 30 calls, tuesday 25, 2 meetings", asking: .attempts("calls"),
            facts: [f(.attempts("calls"), 30), f(.booked("calls"), 2)],
            unplaced: [.init(figure: 25, reason: .noField)]),
        Case(line: "emails: sent 40, got 1 mtg", facts: [f(.attempts("emails"), 40), f(.booked("emails"), 1)]),
        Case(line: "2 from calls", asking: .booked("calls"), facts: [f(.booked("calls"), 2)]),
        Case(line: "closed a 25k deal", facts: [f(.dealsWon, 1), money(25_000)]),
        Case(line: "won 2 deals worth 40k total", facts: [f(.dealsWon, 2), money(40_000)]),
        Case(line: "1 opp worth about 15k", facts: [f(.opportunitiesCreated, 1)], unplaced: [.init(figure: 15_000, reason: .notClosed)]),
        Case(line: "Q4 carryover deal closed", facts: []),
        Case(
            line: "60 calls 40 emails 1 mtg from calls",
            facts: [f(.attempts("calls"), 60), f(.attempts("emails"), 40), f(.booked("calls"), 1)]),
        Case(
            line: "80 dials 2 booked 3 held 1 opp",
            facts: [f(.attempts("calls"), 80), f(.booked("calls"), 2), f(.meetingsHeld, 3), f(.opportunitiesCreated, 1)]),
        Case(line: "100 calls sorry 110", facts: [f(.attempts("calls"), 100), f(.attempts("calls"), 110)]),
        Case(line: "held 3 - no, 2", facts: [f(.meetingsHeld, 3), f(.meetingsHeld, 2)]),
        Case(line: "-5 calls", facts: [], unplaced: [.init(figure: 5, reason: .negative)]),
        Case(line: "99999999 calls", facts: [], unplaced: [.init(figure: 99_999_999, reason: .tooLarge)]),
    ]

    @Test(arguments: cases)
    func theLineIsHeard(_ c: Case) {
        let heard = Understand.weekLine(c.line, asking: c.asking, activities: ["calls", "emails"], today: Self.friday)
        #expect(heard.facts == c.facts)
        #expect(heard.unplaced == c.unplaced)
    }

    @Test func aChangeNamesItsField() {
        let name = { (text: String) in Understand.weekField(named: text, activities: ["cold calls", "emails"]) }
        #expect(name("emails") == .attempts("emails"))
        #expect(name("meetings from cold calls") == .booked("cold calls"))
        #expect(name("deals lost") == .dealsLost)
        #expect(name("the week") == .week)
        #expect(name("revenue") == .revenueClosed)
        #expect(name("my note") == .note)
        #expect(name("the weather") == nil)
    }

    @Test(arguments: ["nothing", "zero across the board", "on vacation, nothing", "was off all week", "out sick"])
    func aWeekWithNothingDoneIsNoughtEverywhere(_ line: String) {
        let heard = Understand.weekLine(line, asking: .week, activities: ["calls", "emails"], today: Self.friday)
        let counts = WeekField.week(activities: ["calls", "emails"]).map { field in
            WeekHearing.Fact(field: field, value: field == .revenueClosed ? .money(0) : .count(0))
        }
        let away = ["vacation", "off", "sick"].contains { line.contains($0) }
        #expect(heard.facts == counts + (away ? [.init(field: .note, value: .text(line))] : []))
        #expect(heard.unplaced.isEmpty)
    }

    @Test func noughtForOneFieldIsNotNoughtForAll() {
        let heard = Understand.weekLine("80 calls, no deals", asking: .week, activities: ["calls"], today: Self.friday)
        #expect(heard.facts == [Self.f(.attempts("calls"), 80), Self.f(.dealsWon, 0)])
    }
}
