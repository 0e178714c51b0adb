import Foundation
import Planner
import Testing
import Tracking

@testable import Workflows

/// The weekly routine through the commands' code: check in, show, list, revisit, revisions kept.
struct TrackingCommandTests {
    let today = Day(iso: "2027-02-01")!

    func setUp(_ folder: TemporaryFolder, reps: [String] = ["01-worked-example"]) throws -> String {
        let plans = folder.url.appendingPathComponent("plans").path
        for rep in reps {
            let out = NewPlanFromAnswers(
                answersPath: examplePath("\(rep).yaml"), place: Place(dir: plans, today: today), asOf: Day(iso: "2027-01-04"), json: false
            ).run(words: words)
            #expect(out.status == .success, "\(out.stderr)")
        }
        return plans
    }

    func checkIn(_ folder: TemporaryFolder, _ plans: String, week: String, calls: Int = 80, rep: String? = nil, replace: Bool = false)
        throws -> Outcome
    {
        let path = try folder.write(
            """
            week: \(week)
            activities:
              - name: calls
                attempts: \(calls)
                meetings: 2
              - {name: referral asks, attempts: 8, meetings: 2}
            meetings_held: 4
            opportunities_created: 2
            deals_won: 1
            deals_lost: 1
            revenue_closed: $30,000
            note: good week
            """, to: "checkin.yaml")
        return CheckInFromFile(rep: rep, path: path, kind: .answers, place: Place(dir: plans, today: today), replace: replace, json: false)
            .run(words: words)
    }

    @Test func aCheckInIsStoredAndPaced() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        let out = try checkIn(folder, plans, week: "2027-01-11")
        #expect(out.status == .success, "\(out.stderr)")
        #expect(out.stdout.contains("Checked in Mark Rivera's week of Jan 11, 2027"))
        #expect(out.stdout.contains("So far you're at 54% of planned activities and 50% of meetings: the activity is behind"))
        #expect(out.stdout.contains("Revenue closed so far: $30,000 of $1,200,000 (3%)"))
        let csv = try String(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/checkins.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("rep,week,calls attempts,calls meetings,referral asks attempts,"))
        #expect(try permissions(plans + "/mark-rivera/checkins.csv") == 0o600)
    }

    @Test func aSecondCheckInForTheSameWeekNeedsReplace() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        _ = try checkIn(folder, plans, week: "2027-01-11")
        let again = try checkIn(folder, plans, week: "2027-01-13", calls: 160)
        #expect(again.status == .badInput)
        #expect(again.stderr.contains("already checked in for the week of Jan 11, 2027. Pass --replace"))
        let replaced = try checkIn(folder, plans, week: "2027-01-13", calls: 160, replace: true)
        #expect(replaced.status == .success)
        #expect(replaced.stdout.contains("Replaced"))
        let csv = try String(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/checkins.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\r\n").count == 2)
        #expect(csv.contains(",160,"))
    }

    @Test func weeksBeforeARevisionAreGradedAgainstThePlanInForceThen() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        // Two slow weeks under revision 1 (160 calls and 8 meetings a week), then a revisit that raises the targets.
        _ = try checkIn(folder, plans, week: "2027-01-11", calls: 55)
        _ = try checkIn(folder, plans, week: "2027-01-18", calls: 55)
        let answers = try folder.write("reason: slow start\nratios: actual\n", to: "r.yaml")
        let revised = RevisitFromAnswers(rep: "mark", answersPath: answers, place: Place(dir: plans, today: today), json: false).run(
            words: words)
        #expect(revised.status == .success, "\(revised.stderr)")
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan.json")))
        let first = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan-r1.json")))
        let raised = try #require(plan.activityTargets.first?.count)
        #expect(raised != 160, "revision 2 asks a different number of calls a week")
        let checkIns = [Day(iso: "2027-01-11")!, Day(iso: "2027-01-18")!].map {
            CheckIn(week: $0, activities: [.init(name: "calls", attempts: 55, meetings: 2)], meetingsHeld: 4)
        }
        let pacing = Pacing.make(plan: plan, checkIns: checkIns, week: Day(iso: "2027-01-18")!, earlier: [first])
        let calls = try #require(pacing.soFar.first { $0.measure == .activity("calls") })
        #expect(calls.target == 320, "two weeks × 160 under revision 1, not revision 2's \(raised)")
        // show reads the archived plan to grade those weeks.
        let shown = ShowPlan(rep: "mark", place: Place(dir: plans, today: today), json: false, width: 100).run(words: words)
        #expect(shown.stdout.contains("  calls                     55   160     110   320   34%"), "\(shown.stdout)")
    }

    @Test func aRevisedPlanSaysWhyItChangedAndWhereEachFigureNowComesFrom() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        _ = try checkIn(folder, plans, week: "2027-01-11", calls: 55)
        let answers = try folder.write("reason: slow start in January\nratios: blended\n", to: "r.yaml")
        let out = RevisitFromAnswers(rep: "mark", answersPath: answers, place: Place(dir: plans, today: today), json: false).run(
            words: words)
        #expect(out.status == .success, "\(out.stderr)")
        let markdown = try String(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan.md"), encoding: .utf8)
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan.json")))
        #expect(markdown.contains("## Why this plan changed"))
        #expect(markdown.contains("Revision 2, made Feb 1, 2027: slow start in January. It uses the blended ratios."))
        #expect(markdown.contains("The biggest leak in the weeks before it: "))
        #expect(markdown.contains("- calls: 160 → \(plan.activityTargets[0].count)"))
        // (1 won + 10 × 25%) ÷ (2 resolved + 10) = 29.2%.
        #expect(
            markdown.contains("Close rate (opportunities won): 29.2% (recalibrated from your check-ins at the last revision, blended)"),
            "\(markdown)")
        #expect(markdown.contains("Closed so far: $30,000 (from the plan before and your check-ins since)"))
        #expect(!markdown.contains("Closed so far: $30,000 (default)"))
        #expect(plan.revisions.last?.previousMeetings == 8)
    }

    @Test func aRevisitWithNoTimedActivitySaysSoInsteadOfZeroHours() throws {
        let folder = try TemporaryFolder()
        let plans = folder.url.appendingPathComponent("plans").path
        let answers = try folder.write(
            """
            rep: Dana Cole
            goal: 600000
            period: '2027'
            as_of: '2027-01-04'
            deal_size: 20000
            close_rate: 25%
            meeting_to_opportunity: 50%
            channels:
              - {name: calls, attempts_per_meeting: 40, share: 60%}
              - {name: emails, attempts_per_meeting: 80, share: 40%}
            """, to: "dana.yaml")
        _ = NewPlanFromAnswers(answersPath: answers, place: Place(dir: plans, today: today), asOf: nil, json: false).run(words: words)
        let revisit = try folder.write("prospecting_hours: 9\nreason: review\ntotals: {weeks: 4, meetings_held: 10}\n", to: "r.yaml")
        let out = RevisitFromAnswers(rep: "dana", answersPath: revisit, place: Place(dir: plans, today: today), json: false).run(
            words: words)
        #expect(out.status == .success, "\(out.stderr)")
        #expect(out.stdout.contains("None of the activities (calls and emails) has a time per attempt"), "\(out.stdout)")
        #expect(!out.stdout.contains("It needs 0 h"))
    }

    @Test func threeRevisitsKeepEveryRevision() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        for (i, week) in ["2027-01-11", "2027-01-18", "2027-01-25"].enumerated() {
            _ = try checkIn(folder, plans, week: week)
            let answers = try folder.write("reason: review \(i + 1)\nratios: \(["planned", "actual", "blended"][i])\n", to: "r.yaml")
            let out = RevisitFromAnswers(rep: "mark", answersPath: answers, place: Place(dir: plans, today: today), json: false).run(
                words: words)
            #expect(out.status == .success, "\(out.stderr)")
            #expect(out.stdout.contains("Saved revision \(i + 2)"))
        }
        let files = folder.files().filter { $0.hasPrefix("plans/mark-rivera/") }
        for n in 1...3 {
            #expect(files.contains("plans/mark-rivera/plan-r\(n).md"))
            #expect(files.contains("plans/mark-rivera/plan-r\(n).json"))
        }
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan.json")))
        #expect(plan.revision == 4)
        #expect(plan.revisions.map(\.reason) == ["review 1", "review 2", "review 3"])
        #expect(plan.revisions.map(\.ratios) == ["planned", "actual", "blended"])
        let first = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/mark-rivera/plan-r1.json")))
        #expect(first.revision == 1)
        #expect(first.asOf == Day(iso: "2027-01-04"))
    }

    @Test func revisitJSONHasTheIssuesKeys() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        _ = try checkIn(folder, plans, week: "2027-01-11")
        let answers = try folder.write("prospecting_hours: 5\ntime_blocks: Tuesday 8 to 10\n", to: "r.yaml")
        let out = RevisitFromAnswers(rep: nil, answersPath: answers, place: Place(dir: plans, today: today), json: true).run(words: words)
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        let blocks = ((object?["plan"] as? [String: Any])?["time_blocks"] as? [String: Any])?["blocks"] as? [[String: String]]
        #expect(blocks == [["day": "tuesday", "start": "08:00", "end": "10:00"]], "the revisit's blocks replace the plan's")
        #expect(Set(object?.keys.map { $0 } ?? []) == ["actuals", "diagnosis", "recalibrated", "plan", "delta", "capacity"])
        let diagnosis = object?["diagnosis"] as? [String: Any]
        #expect(diagnosis?["biggest_leak"] as? String == "activity_volume")
        #expect((object?["plan"] as? [String: Any])?["schema_version"] as? Int == 1)
        #expect((object?["capacity"] as? [String: Any])?["fits"] as? Bool == false)
    }

    @Test func aRevisitWithNoCheckInsNeedsTotals() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        let none = RevisitFromAnswers(rep: nil, answersPath: nil, place: Place(dir: plans, today: today), json: false).run(words: words)
        #expect(none.status == .badInput)
        #expect(none.stderr.contains("has no check-ins yet"))
        let totals = try folder.write(
            """
            totals:
              weeks: 4
              activities: [{name: calls, attempts: 320, meetings: 8}]
              meetings_held: 8
              opportunities_created: 4
              deals_won: 1
              deals_lost: 3
              revenue_closed: 30k
            """, to: "totals.yaml")
        let out = RevisitFromAnswers(rep: nil, answersPath: totals, place: Place(dir: plans, today: today), json: true).run(words: words)
        #expect(out.status == .success, "\(out.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        #expect((object?["actuals"] as? [String: Any])?["weeks"] as? Int == 4)
    }

    @Test func theRepIsFoundByNameOrSlugAndAmbiguityIsExplained() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder, reps: ["01-worked-example", "02-quarter-new-rep"])
        let ambiguous = try checkIn(folder, plans, week: "2027-01-11")
        #expect(ambiguous.status == .badInput)
        #expect(ambiguous.stderr.contains("which rep? mark-rivera and priya-nair"))
        #expect(try checkIn(folder, plans, week: "2027-01-11", rep: "mark").status == .success)
        // Priya's plan is for Q2: in February no week of it has begun.
        let outside = try checkIn(folder, plans, week: "2027-01-11", rep: "PRIYA")
        #expect(outside.status == .badInput)
        #expect(outside.stderr.contains("Priya Nair's plan starts the week of Mar 29, 2027, so there is no week to check in yet"))
        let unknown = try checkIn(folder, plans, week: "2027-01-11", rep: "Zed")
        #expect(unknown.stderr.contains("no plan for \"Zed\""))
        let list = ListPlans(place: Place(dir: plans, today: today), json: false).run(words: words)
        #expect(list.stdout.contains("Mark Rivera"))
        #expect(list.stdout.contains("Priya Nair"))
        #expect(list.stdout.contains("Jan 11, 2027"))
    }

    @Test func aBrokenCheckInsFileIsNamedWithItsLine() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        try Data("rep,week,meetings_held\nMark,2027-01-11,many\n".utf8).write(to: URL(fileURLWithPath: plans + "/mark-rivera/checkins.csv"))
        let out = ShowPlan(rep: nil, place: Place(dir: plans, today: today), json: false, width: 80).run(words: words)
        #expect(out.status == .files)
        #expect(out.stderr.contains("checkins.csv, line 2, column meetings_held: \"many\""))
    }

    @Test func showGivesThePlanAndItsPacing() throws {
        let folder = try TemporaryFolder()
        let plans = try setUp(folder)
        _ = try checkIn(folder, plans, week: "2027-01-11")
        let out = ShowPlan(rep: "Mark Rivera", place: Place(dir: plans, today: today), json: false, width: 80).run(words: words)
        #expect(out.stdout.contains("Every week: 8 first exploratory meetings"))
        #expect(out.stdout.contains("Week of Jan 11, 2027 against the plan"))
    }
}

/// tracking.csv: written with every plan, read by a real CSV reader, and read back filled in as check-ins.
struct TrackingSheetTests {
    @Test func theSheetIsFilledInAndReadBackAsCheckIns() throws {
        let folder = try TemporaryFolder()
        let plans = folder.url.appendingPathComponent("plans").path
        let place = Place(dir: plans, today: Day(iso: "2027-02-01")!)
        _ = NewPlanFromAnswers(answersPath: examplePath("01-worked-example.yaml"), place: place, asOf: nil, json: false).run(words: words)
        let sheet = try String(contentsOfFile: plans + "/mark-rivera/tracking.csv", encoding: .utf8)
        var rows = CSVTestReader.rows(sheet)
        #expect(rows.count == 54)
        let header = rows[0]
        #expect(header.prefix(3) == ["rep", "week", "meetings target"])
        #expect(rows[1].prefix(6) == ["Mark Rivera", "2027-01-01", "3", "69", "3", "0"], "the 3 days of Jan 1–3")
        #expect(rows[2].prefix(6) == ["Mark Rivera", "2027-01-04", "8", "160", "8", "1"])
        // Fill in two weeks the way a spreadsheet would, and read them back.
        for r in [2, 3] {
            rows[r][header.firstIndex(of: "calls attempts")!] = "150"
            rows[r][header.firstIndex(of: "calls meetings")!] = "4"
            rows[r][header.firstIndex(of: "meetings_held")!] = "6"
            rows[r][header.firstIndex(of: "revenue_closed")!] = "$30,000"
        }
        let filled = try folder.write(rows.map { CSVTestReader.line($0) }.joined(), to: "filled.csv")
        let out = CheckInFromFile(rep: nil, path: filled, kind: .sheet, place: place, replace: false, json: false).run(words: words)
        #expect(out.status == .success, "\(out.stderr)")
        #expect(out.stdout.contains("Checked in 2 week(s)"))
        let again = CheckInFromFile(rep: nil, path: filled, kind: .sheet, place: place, replace: false, json: false).run(words: words)
        #expect(again.stderr.contains("already checked in; nothing was changed"))
        let csv = try String(contentsOfFile: plans + "/mark-rivera/checkins.csv", encoding: .utf8)
        #expect(csv.contains("Mark Rivera,2027-01-04,150,4,"))
        #expect(csv.contains("Mark Rivera,2027-01-11,150,4,"))
    }
}

/// A plain CSV reader and writer for tests, independent of the product's.
enum CSVTestReader {
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static func line(_ fields: [String]) -> String {
        fields.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") + "\r\n"
    }
}
