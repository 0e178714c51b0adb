import Planner
import TestSupport
import Testing

@testable import Tracking

/// checkins.csv round trips, and reads back what a spreadsheet saved.
struct CheckInSheetTests {
    let today = day("2027-02-01")

    @Test func aWrittenSheetReadsBackTheSame() throws {
        var weeks = fourWeeks(calls: 380, booked: 10, held: 10, created: 5, won: 1, lost: 3, revenue: 10_000.5)
        weeks[0].note = "new script, \"better\" opener"
        weeks[1].note = "=HYPERLINK(\"http://x\")"
        weeks[2].note = "-5 calls: sick day"
        let text = CheckInSheet.write(rep: "Pat Quinn", channels: ["calls"], checkIns: weeks)
        #expect(text.hasPrefix("rep,week,calls attempts,calls meetings,meetings_held,"))
        #expect(!text.contains(",=HYPERLINK"))
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(try CheckInSheet.read(text, today: today).get() == weeks)
    }

    @Test func aSheetReSavedByASpreadsheetIsRead() throws {
        // BOM, CRLF, columns in another order and case, currency and thousands separators, quoted fields, dates as US dates.
        let text =
            "\u{FEFF}Week,Rep,Deals_Won,Revenue_Closed,Calls Attempts,Calls Meetings,Meetings_Held,Opportunities_Created,Deals_Lost,Note\r\n"
            + "1/4/2027,Pat Quinn,1,\"$10,000\",\"1,200\",10,10,5,3,\"said \"\"later\"\", call back\"\r\n"
            + "1/11/2027,Pat Quinn,0,$0,380,9,9,4,1,\r\n"
            + ",,,,,,,,,\r\n"
        let weeks = try CheckInSheet.read(text, today: today).get()
        #expect(weeks.count == 2)
        #expect(
            weeks[0]
                == CheckIn(
                    week: day("2027-01-04"), activities: [.init(name: "Calls", attempts: 1_200, meetings: 10)], meetingsHeld: 10,
                    opportunitiesCreated: 5, dealsWon: 1, dealsLost: 3, revenueClosed: 10_000, note: "said \"later\", call back"))
        #expect(weeks[1].week == day("2027-01-11"))
    }

    @Test func aBadCellIsNamedByLineAndColumn() {
        let text = "rep,week,calls attempts,calls meetings,meetings_held\nPat,2027-01-04,380,lots,10\n"
        guard case .failure(let problem) = CheckInSheet.read(text, today: today) else {
            Issue.record("accepted a bad cell")
            return
        }
        #expect(problem.line == 2)
        #expect(problem.column == "calls meetings")
        #expect(problem.given == "lots")
    }

    @Test func rowsOfOneWeekAddUpAndAreCounted() throws {
        // A row a day: Monday to Friday of the week of Jan 4, and one row of the next week.
        let text =
            "rep,week,calls attempts,meetings_held,revenue_closed,note\n"
            + (4...8).map { "Pat,2027-01-0\($0),20,1,1000,day \($0)\n" }.joined() + "Pat,2027-01-11,80,3,,\n"
        let read = try CheckInSheet.readWeeks(text, today: today).get()
        #expect(read.checkIns.map(\.week) == [day("2027-01-04"), day("2027-01-11")])
        #expect(read.checkIns[0].activities == [.init(name: "calls", attempts: 100, meetings: 0)])
        #expect(read.checkIns[0].meetingsHeld == 5 && read.checkIns[0].revenueClosed == 5_000)
        #expect(read.checkIns[0].note == "day 4; day 5; day 6; day 7; day 8")
        #expect(read.addedUp == [day("2027-01-04"): 5], "said, not silently merged")
    }

    @Test func anActivityNamedLikeAFormulaReadsBackUnderItsName() throws {
        let week = CheckIn(
            week: day("2027-01-04"),
            activities: [
                .init(name: "@LinkedIn messages", attempts: 40, meetings: 2), .init(name: "=calls", attempts: 80, meetings: 1),
            ])
        let text = CheckInSheet.write(rep: "Pat", channels: ["@LinkedIn messages", "=calls"], checkIns: [week])
        #expect(text.contains("'@LinkedIn messages attempts"), "guarded against formula injection when written")
        #expect(try CheckInSheet.read(text, today: today).get() == [week])
    }

    @Test func aRowForAnotherRepIsRefusedNotFiledUnderThisOne() {
        let text = "rep,week,meetings_held\nPat Quinn,2027-01-04,3\nOther Person,2027-01-11,6\n"
        guard case .failure(let problem) = CheckInSheet.readWeeks(text, today: today, rep: "Pat Quinn") else {
            Issue.record("another rep's row was taken")
            return
        }
        #expect(problem.line == 3 && problem.otherRep && problem.given == "Other Person")
        #expect(
            (try? CheckInSheet.readWeeks("rep,week,meetings_held\nPAT QUINN,2027-01-04,3\n,2027-01-11,2\n", today: today, rep: "Pat Quinn")
                .get())?
                .checkIns.count == 2, "the rep's own rows, in any case, and rows with no rep")
    }

    @Test func aRowWiderThanTheHeaderIsRefusedNotShifted() {
        // An unquoted 1,000 splits into two cells and would move every cell after it.
        let text = "rep,week,calls attempts,meetings_held\nPat,2027-01-04,1,000,3\n"
        guard case .failure(let problem) = CheckInSheet.read(text, today: today) else {
            Issue.record("a shifted row was taken")
            return
        }
        #expect(problem.line == 2 && problem.cells == 5)
    }

    @Test func revenueBeyondAnyPlanIsRefusedWhateverItsSpelling() {
        for given in ["50000000000000", "1e308", "0x1p1023", "inf"] {
            let text = "rep,week,revenue_closed\nPat,2027-01-04,\(given)\n"
            guard case .failure(let problem) = CheckInSheet.read(text, today: today) else {
                Issue.record("\(given) taken as revenue")
                continue
            }
            #expect(problem.column == "revenue_closed", "\(given)")
        }
    }

    @Test func csvFieldsAreQuotedOnlyWhenTheyNeedIt() {
        #expect(CSV.line(["a", "b,c", "d\"e", "=1+1", "-3", "@x"]) == "a,\"b,c\",\"d\"\"e\",'=1+1,-3,'@x\r\n")
        #expect(CSV.parse("a,\"b\r\nc\",d\r\n") == [["a", "b\r\nc", "d"]])
        #expect(CSV.unescaped("'=1+1") == "=1+1")
        #expect(CSV.unescaped("'quoted") == "'quoted")
    }
}
