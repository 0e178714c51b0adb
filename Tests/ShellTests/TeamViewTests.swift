import Foundation
import Planner
import Testing

@testable import Workflows

/// `salesplan team` over a real plans folder: the table, JSON and CSV agree.
struct TeamViewTests {
    @Test func theTeamInEveryFormat() throws {
        let folder = try TemporaryFolder()
        let plans = folder.url.appendingPathComponent("plans").path
        for rep in ["01-worked-example", "02-quarter-new-rep", "03-income-route"] {
            _ = NewPlanFromAnswers(
                answersPath: examplePath("\(rep).yaml"), place: Place(dir: plans, today: Day(iso: "2027-01-01")!),
                asOf: nil, json: false
            ).run(words: words)
        }
        let place = Place(dir: plans, today: Day(iso: "2027-08-20")!)
        let table = TeamView(place: place, format: .table).run(words: words)
        #expect(table.status == .success)
        let lines = table.stdout.split(separator: "\n")
        // Two current plans, each with its flags on a line under it; the Q1 plan, ended by August, left out and said so.
        #expect(lines.count == 6, "\(table.stdout)")
        #expect(lines[0].hasPrefix("Rep"))
        #expect(lines.allSatisfy { $0.count <= 80 }, "80 columns")
        #expect(!table.stdout.contains("Priya Nair"))
        #expect(table.stdout.contains("(1 plan whose period has ended is left out; --all shows it.)"))
        // No check-in since the week of Dec 28, 2026: 33 weeks by the week of Aug 16.
        #expect(table.stdout.contains("no check-in for 33 weeks"))
        let json = TeamView(place: place, format: .json).run(words: words)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(Set(rows?.compactMap { $0["slug"] as? String } ?? []) == ["mark-rivera", "sam-okafor"])
        let all = TeamView(place: place, format: .json, all: true).run(words: words)
        let every = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]]
        #expect(Set(every?.compactMap { $0["slug"] as? String } ?? []) == ["mark-rivera", "priya-nair", "sam-okafor"])
        let csv = TeamView(place: place, format: .csv).run(words: words)
        #expect(
            csv.stdout.hasPrefix(
                "rep,slug,weekly_meetings,weekly_activities,last_checkin,last_week_share,so_far_share,chance_now,flags\r\n"))
        #expect(csv.stdout.split(separator: "\r\n").count == (rows?.count ?? 0) + 1)
    }

    @Test func anUnreadablePlanIsReportedAndTheRestShown() throws {
        let folder = try TemporaryFolder()
        let plans = folder.url.appendingPathComponent("plans").path
        _ = NewPlanFromAnswers(
            answersPath: examplePath("01-worked-example.yaml"), place: Place(dir: plans, today: Day(iso: "2027-01-01")!),
            asOf: nil, json: false
        ).run(words: words)
        try FileManager.default.createDirectory(atPath: plans + "/broken", withIntermediateDirectories: true)
        try Data("{\"schema_version\": 7}".utf8).write(to: URL(fileURLWithPath: plans + "/broken/plan.json"))
        let out = TeamView(place: Place(dir: plans, today: Day(iso: "2027-02-01")!), format: .table).run(words: words)
        #expect(out.stdout.contains("Mark Rivera"))
        #expect(out.stderr.contains("broken/plan.json"))
        #expect(out.stderr.contains("schema_version 7"))
    }
}

/// `salesplan team init` and the interview reading team.yaml.
struct TeamFileTests {
    @Test func initWritesACommentedFileOnceAndTheInterviewUsesIt() throws {
        let folder = try TemporaryFolder()
        let plans = folder.url.appendingPathComponent("plans").path
        let place = Place(dir: plans, today: Day(iso: "2027-06-01")!)
        let first = TeamFile.initialise(place: place, words: words)
        #expect(first.status == .success)
        let text = try String(contentsOfFile: plans + "/team.yaml", encoding: .utf8)
        #expect(text.hasPrefix("# Team defaults for salesplan"))
        #expect(try permissions(plans + "/team.yaml") == 0o600)
        let again = TeamFile.initialise(place: place, words: words)
        #expect(again.status == .badInput)
        #expect(again.stderr.contains("already exists"))
        let (screen, code) = TranscriptTests.run(
            ["I'm Ana Li, a new rep", "Q3 2027", "yes", "400k", "that's everything", "yes"],
            asOf: Day(iso: "2027-06-01")!, plans: URL(fileURLWithPath: plans))
        #expect(code == 0, "\(screen.suffix(400))")
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: plans + "/ana-li/plan.json")))
        #expect(plan.inputs.closeRate == 0.25)
        #expect(plan.inputs.salesCycleWeeks == 8)
        #expect(plan.inputs.assumptions.first { $0.key == "close_rate" }?.source == .team)
    }

    @Test func aBrokenTeamFileIsSaidAndLeftOut() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("close_rate: lots\n".utf8).write(to: folder.url.appendingPathComponent("team.yaml"))
        let (screen, _) = TranscriptTests.run(["Mark"], asOf: Day(iso: "2027-06-01")!, plans: folder.url)
        #expect(screen.contains("[stderr] salesplan: problems in"))
        #expect(screen.contains("close_rate: \"lots\""))
    }
}
