import Foundation
import Interview
import Planner
import TestSupport
import Testing
import Tracking
import Understanding

@testable import PlanReport

/// plan.md and the printed summary, compared whole with golden files.
struct PlanSheetTests {
    @Test func workedExamplePlanSheet() throws {
        expectGolden(PlanSheet(words: words).render(try plan(markRiveraAnswers)), "mark-rivera.plan.md")
    }

    @Test func infeasiblePlanSheetSaysSoInWords() throws {
        let sheet = PlanSheet(words: words).render(
            try plan(
                """
                rep: Tom Reed
                profile: under
                period: Q1 2027
                as_of: 2027-03-10
                goal: 90k
                deal_size: 15k
                close_rate: 25%
                meeting_to_opportunity: 50%
                sales_cycle_weeks: 6
                """))
        expectGolden(sheet, "tom-reed.plan.md")
        #expect(sheet.contains("## Warnings"))
    }

    @Test func goalReachedAndPipelineCoverSheets() throws {
        let reached = try plan(
            """
            rep: Ana Lopez
            period: '2027'
            as_of: '2027-10-01'
            goal: 500k
            closed_to_date: 520k
            deal_size: 20k
            close_rate: 30%
            meeting_to_opportunity: 50%
            """)
        let text = PlanSheet(words: words).render(reached)
        #expect(text.contains("The goal is already reached: $520,000 closed against a goal of $500,000."))
        #expect(text.contains("No more deals are needed, so the goal is certain."))
    }

    @Test func theBreakdownsColumnsReconcile() throws {
        let text = PlanSheet(words: words).render(try plan(markRiveraAnswers))
        // 300 meetings over 12 months is 25 a month; 8 a prospecting week at 50% make 4 opportunities and, at 25%, 1 deal;
        // the period's calls are its meetings × 50% × 40 attempts; the open pipeline is taken off the new opportunities.
        #expect(text.contains("| First exploratory meetings | 300 | 25 | 8 | 2 |"))
        #expect(text.contains("| New opportunities in the hopper | 150 (+10 open) | 13 | 4 | 0.8 |"))
        #expect(text.contains("| Deals to close | 40 | 3.3 | 1 | 0.2 |"))
        #expect(text.contains("| calls | 6,000 | 500 | 160 (8 h) | 32 |"))
    }

    @Test func aRevisedPlanSheet() throws {
        let first = try plan(markRiveraAnswers)
        let weeks = ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"].map {
            CheckIn(
                week: Day(iso: $0)!,
                activities: [.init(name: "calls", attempts: 90, meetings: 2), .init(name: "referral asks", attempts: 8, meetings: 2)],
                meetingsHeld: 4, opportunitiesCreated: 1, dealsWon: 1, dealsLost: 2, revenueClosed: 30_000)
        }
        let revisit = try Revisit(
            previous: first, checkIns: weeks,
            choices: .init(
                today: Day(iso: "2027-02-01")!, ratios: .blended,
                reason: "a slow January"))
        expectGolden(PlanSheet(words: words).render(revisit.plan), "mark-rivera-revised.plan.md")
    }

    @Test func everyWeekOfThePeriodHasATrackingRow() throws {
        let p = try plan(markRiveraAnswers)
        let weeks = p.weekStarts
        #expect(weeks.first == Day(iso: "2027-01-01"))
        #expect(weeks.dropFirst().allSatisfy { $0.weekday == 1 })
        #expect(weeks.count == 53)
        let rows = PlanSheet(words: words).render(p).split(separator: "\n").filter { $0.hasPrefix("| 2027-") }
        #expect(rows.count == weeks.count)
        // 8 meetings, 160 calls, 8 referral asks and 1 event a week, times the 3 days of Jan 1–3 (3/7).
        #expect(rows.first == "| 2027-01-01 | 3 | | 69 | | 3 | | 0 | | part week (43%) |")
        #expect(rows[1] == "| 2027-01-04 | 8 | | 160 | | 8 | | 1 | |  |")
        // 52.14 weeks less the 8-week cycle: prospecting ends 309 days in, on Nov 6; the weeks after build next year's
        // pipeline, 7 a week (5 in the five days of Dec 27–31).
        #expect(rows.last == "| 2027-12-27 | 5 | | 100 | | 5 | | 1 | | next period's pipeline |")
        #expect(p.weekTargets.map { $0.meetings - $0.nextPeriodMeetings }.reduce(0, +) == 353, "8 × 44.14 weeks")
        let nextYears: Int = p.weekTargets.map(\.nextPeriodMeetings).reduce(0, +)
        #expect(nextYears == 54, "7 a week for 7 weeks and 5 for Dec 27–31")
    }

    @Test func summaryAfterSaving() throws {
        expectGolden(PlanWords(words: words).summary(try plan(markRiveraAnswers)) + "\n", "mark-rivera.summary.txt")
    }

    @Test func planJsonWarningsAreWords() throws {
        let p = try plan(
            """
            rep: Kim Zhao
            period: Q4 2027
            as_of: '2027-10-01'
            goal: 200k
            deal_size: 40k
            close_rate: 25%
            meeting_to_opportunity: 50%
            open_opportunities: 24
            working_days: 4
            """)
        let data = try JSONEncoder().encode(PlanWords(words: words).document(p))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["warning_codes"] as? [String] == ["pipeline_covers"])
        #expect((object?["warnings"] as? [String])?.first?.hasPrefix("Your 24 open opportunities") == true)
        let back = try JSONDecoder().decode(Plan.self, from: data)
        #expect(back == p)
    }

    @Test func figures() {
        let f = Figures(words: words)
        #expect(f.money(1_200_000) == "$1,200,000")
        #expect(f.money(12_500.5) == "$12,500.50")
        #expect(f.percent(0.125) == "12.5%")
        #expect(f.percent(0.5672, places: 0) == "57%")
        #expect(f.duration(minutes: 480) == "8 h")
        #expect(f.duration(minutes: 80) == "1 h 20 min")
        #expect(f.duration(minutes: 45) == "45 min")
        #expect(f.span(Day(iso: "2027-01-01")!, Day(iso: "2027-12-31")!) == "Jan 1 – Dec 31, 2027")
        #expect(f.span(Day(iso: "2027-12-01")!, Day(iso: "2028-02-29")!) == "Dec 1, 2027 – Feb 29, 2028")
        #expect(f.list(["calls", "emails", "referrals"]) == "calls, emails and referrals")
        #expect(Figures.decimal(38.142857) == "38.1")
        #expect(Figures.decimal(-2.857143) == "-2.9")
        #expect(Figures.grouped(-1_234) == "-1,234")
    }
}

/// "How we'll work together" adapts to the rep's profile; the why notes do too.
struct ProfileWordsTests {
    @Test func eachProfileHasItsOwnNoteInThePlan() throws {
        var notes: Set<String> = []
        for profile in Profile.allCases.map(\.rawValue) + [""] {
            let answers = markRiveraAnswers.replacingOccurrences(of: "profile: solid", with: profile.isEmpty ? "" : "profile: \(profile)")
            let sheet = PlanSheet(words: words).render(try plan(answers))
            #expect(sheet.contains("## How we'll work together"))
            #expect(sheet.contains("Revisit the plan (salesplan revisit) when the first meetings are behind plan two weeks running"))
            let note = sheet.components(separatedBy: "## How we'll work together\n\n").last?.components(separatedBy: "\n").first ?? ""
            notes.insert(note)
        }
        #expect(notes.count == Profile.allCases.count + 1)
    }

    @Test func whyAdaptsToTheProfileAndFallsBack() {
        let talk = InterviewWords(words: words)
        let general = talk.say(.why(.slot(.closeRate), nil))
        #expect(talk.say(.why(.slot(.closeRate), .new)) != general)
        #expect(talk.say(.why(.slot(.closeRate), .solid)) == general)
    }
}

/// The ramp in plan.md: the note, and per-week meeting targets in the tracking table.
struct RampSheetTests {
    @Test func theTrackingTableHasEachWeeksTarget() throws {
        var p = try plan(markRiveraAnswers.replacingOccurrences(of: "profile: solid", with: "profile: new"))
        var inputs = p.inputs
        inputs.ramp = Ramp(steps: [.init(weeks: 4, conversion: 0.5), .init(weeks: 4, conversion: 0.75)])
        p = try Planner.plan(inputs)
        let sheet = PlanSheet(words: words).render(p)
        #expect(sheet.contains("You're ramping: for your first 8 weeks"))
        let rows = sheet.split(separator: "\n").filter { $0.hasPrefix("| 2027-") }
        let targets = rows.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[1] }
        let full = try #require(p.ramp).weeklyMeetingsAtFull
        #expect(full == 9)
        #expect(targets.first == "2", "9 at full × 50% × the 3 days of Jan 1–3")
        #expect(["6", "7"].contains(targets[5]), "9 × 75% = 6.75, rounded with the weeks before")
        #expect(targets[12] == "9")
        #expect(targets.last == "5", "after the prospecting window: next year's pipeline")
        #expect(rows.first?.hasSuffix("ramping (50%) |") == true)
        // The odds count the meetings the ramp expects: 9 a week over 35.14 effective weeks (38.14 less half of 4
        // and a quarter of 4) is 316, not the contract's 8 × 38.14 = 305 at full conversion.
        #expect(p.ramp?.plannedMeetings == 316)
        #expect(sheet.contains("about 316 first meetings over the period (9 a week once at full speed): a "))
        #expect(p.ramp?.chanceOfGoal.map { abs($0 - 0.65) < 0.005 } == true, "the simpler figure, kept in plan.json")
        expectGolden(sheet, "mark-rivera-ramping.plan.md")
    }
}

/// Weeks off on dates in plan.md and plan.ics: the weeks away ask nothing, the calendar skips them.
struct DatedWeeksOffSheetTests {
    static let answers = markRiveraAnswers.replacingOccurrences(
        of: "weeks_off: six", with: "weeks_off:\n- {from: 2027-08-02, to: 2027-08-13}\n- two weeks in March\n- 2 weeks")

    @Test func theWeeksAwayAskNothingAndAreSaid() throws {
        let p = try plan(Self.answers)
        #expect(p.inputs.weeksOff == 6, "Aug 2–13 and two weeks in March on dates, and 2 weeks more")
        #expect(
            p.inputs.datesOff == [
                DatesOff(from: day("2027-03-01"), to: day("2027-03-12")), DatesOff(from: day("2027-08-02"), to: day("2027-08-13")),
            ])
        let sheet = PlanSheet(words: words).render(p)
        #expect(sheet.contains("- Weeks off: 6 weeks (Mar 1 – Mar 12, 2027 and Aug 2 – Aug 13, 2027)"))
        let rows = sheet.split(separator: "\n").filter { $0.hasPrefix("| 2027-") }
        let away = rows.filter { $0.hasSuffix("away: nothing asked |") }.map { String($0.prefix(12)) }
        #expect(away == ["| 2027-03-01", "| 2027-03-08", "| 2027-08-02", "| 2027-08-09"])
        let meetings = rows.filter { !$0.hasSuffix("next period's pipeline |") }
            .compactMap { Int($0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[1]) }
        #expect(meetings.reduce(0, +) == 321, "353 for the whole window less the four weeks away at 8")
        expectGolden(sheet, "mark-rivera-dated-weeks-off.plan.md")
    }

    @Test func theCalendarSkipsEachBlockInTheWeeksAway() throws {
        let text = CalendarFile(words: words).render(try plan(Self.answers))
        let skipped = text.split(separator: "\r\n").filter { $0.hasPrefix("EXDATE:") }
        // Five suggested blocks a week (a morning each weekday) × four weeks away.
        #expect(skipped.count == 20)
        #expect(
            skipped.prefix(4) == ["EXDATE:20270301T090000", "EXDATE:20270308T090000", "EXDATE:20270802T090000", "EXDATE:20270809T090000"])
    }
}

/// What a person typed is inert in plan.md: no broken table, no HTML, no link.
struct MarkdownSafetyTests {
    @Test func namesAndNotesCannotBreakTheTableOrInjectMarkup() throws {
        let answers =
            markRiveraAnswers
            .replacingOccurrences(of: "name: calls", with: "name: 'calls | <script>alert(1)</script>'")
            .replacingOccurrences(of: "rep: Mark Rivera", with: "rep: '[Mark](javascript:alert(1))'")
        let sheet = PlanSheet(words: words).render(try plan(answers))
        #expect(!sheet.contains("<script>"))
        #expect(sheet.contains("\\[Mark\\](javascript:alert(1))"), "the brackets escaped: no link")
        #expect(!sheet.replacingOccurrences(of: "\\]", with: "").contains("]("))
        #expect(sheet.contains("calls \\| &lt;script&gt;alert(1)&lt;/script&gt;"))
        // Every row of the tracking table has as many cells as its header.
        let table = sheet.split(separator: "\n").filter { $0.hasPrefix("| Week") || $0.hasPrefix("| 2027-") }
        let cells = table.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
        #expect(Set(cells).count == 1, "\(Set(cells))")
    }
}

/// The realism gate in words: said first, with the levers that would fit.
struct RealismWordsTests {
    @Test func aPlanBeyondOnePersonLeadsTheSummaryWithItsLevers() throws {
        var inputs = try plan(markRiveraAnswers).inputs
        inputs.period = Period(start: Day(iso: "2027-10-01")!, end: Day(iso: "2027-12-31")!)
        inputs.asOf = Day(iso: "2027-10-01")!
        inputs.weeksOff = 0
        inputs.openOpportunities = 0
        let quarter = try Planner.plan(inputs)
        let lines = PlanWords(words: words).realism(quarter, .asked)
        #expect(lines.first == "This plan is beyond reach as it stands.")
        #expect(lines.contains { $0.contains("63 first meetings a week") })
        #expect(lines.contains { $0.hasPrefix("  a close rate of ") })
        #expect(lines.contains { $0.hasPrefix("  or a goal of ") })
        #expect(lines.contains { $0.hasPrefix("  or a period ending ") })
        #expect(lines.last?.contains("Enter keeps it unsaved") == true)
        #expect(PlanWords(words: words).realism(try plan(markRiveraAnswers), .asked).isEmpty)
    }
}

/// The new answers-file keys refuse a bad value saying what is accepted for that key, never another key's example.
struct PipelineProblemWordsTests {
    @Test(arguments: [
        ("open_pipeline:\n- {amount: 60k, probability: 150%}", "like 25%, 1 in 4"),
        ("open_pipeline:\n- {amount: banana}", "like $1.2M, 750k"),
        ("open_pipeline:\n- {amount: 10k, stage: Closed Lost}", "won deals go in closed_to_date"),
        ("open_pipeline:\n- {amount: 10k, close_date: 2026-03-01}", "the date it is now expected to close"),
        ("open_pipeline: banana", "one entry per open opportunity"),
        ("deal_size_range: banana", "like 10k to 60k"),
        ("deal_size_range: 100k to 200k", "with the average between them"),
        ("prospecting_hours: 10 hours a month", "10 hours"),
        ("seasonality: banana", "twelve weights"),
    ])
    func aBadValueSaysWhatIsAccepted(_ extra: String, _ accepted: String) throws {
        let source = markRiveraAnswers + "\n" + extra + "\n"
        guard case .failure(let problems) = AnswerSheet.inputs(from: source, today: Day(iso: "2026-12-15")!) else {
            Issue.record("\(extra) was taken")
            return
        }
        let lines = problems.all.map(ProblemWords(words: words).line)
        #expect(lines.count == 1)
        #expect(lines.allSatisfy { $0.contains(accepted) && !$0.contains("Mark Rivera") }, "\(lines)")
    }
}
