import Foundation
import PlanStore
import Planner
import Testing

@testable import Workflows

/// Broken or hostile files in the plans folder: refused by name, with the line or key, never a crash or a write.
struct DamagedFilesTests {
    let today = Day(iso: "2027-02-01")!

    /// A plans folder with Mark's plan; returns the plans folder and his plan.json text.
    func planned(_ folder: TemporaryFolder) throws -> (plans: String, json: String) {
        let plans = folder.url.appendingPathComponent("plans").path
        let out = NewPlanFromAnswers(
            answersPath: examplePath("01-worked-example.yaml"), place: Place(dir: plans, today: today),
            asOf: Day(iso: "2027-01-04"), json: false
        ).run(words: words)
        #expect(out.status == .success, "\(out.stderr)")
        return (plans, try String(contentsOfFile: plans + "/mark-rivera/plan.json", encoding: .utf8))
    }

    func show(_ plans: String) -> Outcome {
        ShowPlan(rep: nil, place: Place(dir: plans, today: today), json: false, width: 80).run(words: words)
    }

    /// Ways a plan.json gets broken, each with what the message must say.
    enum Damage: String, CaseIterable, Sendable {
        case cutShort, garbage, badLine, notANumber, huge, negative, missingKey, wrongType

        func apply(_ json: String) -> String {
            switch self {
            case .cutShort: return String(json.prefix(700))
            case .garbage: return "\u{0}\u{1}binary garbage"
            case .badLine: return json.replacingOccurrences(of: "\"weeks_off\" : 6", with: "\"weeks_off\" : six")
            case .notANumber: return json.replacingOccurrences(of: "\"weeks_off\" : 6", with: "\"weeks_off\" : NaN")
            case .huge: return json.replacingOccurrences(of: "\"goal\" : 1200000", with: "\"goal\" : 1e300")
            case .negative: return json.replacingOccurrences(of: "\"meetings\" : 8\n", with: "\"meetings\" : -5\n")
            case .missingKey: return json.replacingOccurrences(of: "\"deal_size\"", with: "\"deal_sighs\"")
            case .wrongType: return json.replacingOccurrences(of: "\"close_rate\" : 0.25", with: "\"close_rate\" : \"high\"")
            }
        }

        var says: String {
            switch self {
            case .cutShort: return "it ends early"
            case .garbage: return "stops being JSON at line 1, column 1"
            case .badLine, .notANumber: return "stops being JSON at line"
            case .huge: return "inputs.goal holds a figure no plan has"
            case .negative: return "weekly.meetings holds a figure no plan has"
            case .missingKey: return "inputs.deal_size is missing"
            case .wrongType: return "inputs.close_rate holds the wrong kind of value"
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedPlanIsRefusedByNameAndPlace(_ damage: Damage) throws {
        let folder = try TemporaryFolder()
        let (plans, json) = try planned(folder)
        let broken = damage.apply(json)
        #expect(broken != json, "the damage \(damage) changed nothing")
        let path = plans + "/mark-rivera/plan.json"
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let out = show(plans)
        #expect(out.status == .files)
        #expect(out.stderr.contains(path), "\(out.stderr)")
        #expect(out.stderr.contains(damage.says), "\(damage): \(out.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken, "the damaged file is left as it was")
    }

    @Test func theSyntaxCheckFindsLineAndColumn() {
        #expect(JSONSyntax.fault(in: Data("{\"a\": [1, 2]}".utf8)) == nil)
        #expect(JSONSyntax.fault(in: Data("{\"a\": [1, 2".utf8)) == .endsEarly)
        #expect(JSONSyntax.fault(in: Data("{\n  \"a\": 1,\n  \"b\": x\n}".utf8)) == .unexpected(line: 3, column: 8))
        #expect(JSONSyntax.fault(in: Data("{\"a\": 1e999}".utf8)) == .unexpected(line: 1, column: 7))
        #expect(JSONSyntax.fault(in: Data(String(repeating: "[", count: 100_000).utf8)) != nil)
    }

    @Test func aHugeFileIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        let (plans, _) = try planned(folder)
        let path = plans + "/mark-rivera/plan.json"
        // 100 MB without writing it: a sparse file.
        #expect(truncate(path, 100 << 20) == 0)
        let out = show(plans)
        #expect(out.status == .files)
        #expect(out.stderr.contains(path))
        #expect(out.stderr.contains("larger than"))
    }

    @Test func linksAndPipesInThePlansFolderAreNeverFollowed() throws {
        let folder = try TemporaryFolder()
        let (plans, json) = try planned(folder)
        let outside = try folder.write(json, to: "outside.json")
        let path = plans + "/mark-rivera/plan.json"
        unlink(path)
        #expect(symlink(outside, path) == 0)
        let linked = show(plans)
        #expect(linked.status == .files)
        #expect(linked.stderr.contains("is not a plain file"), "\(linked.stderr)")
        unlink(path)
        #expect(mkfifo(path, 0o600) == 0)
        let piped = show(plans)
        #expect(piped.status == .files)
        #expect(piped.stderr.contains("is not a plain file"))
    }

    @Test func aRepFolderLinkedOutsideIsNotWrittenThrough() throws {
        let folder = try TemporaryFolder()
        let outside = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let plans = folder.url.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        #expect(symlink(outside.path, plans.appendingPathComponent("mark-rivera").path) == 0)
        let out = NewPlanFromAnswers(
            answersPath: examplePath("01-worked-example.yaml"), place: Place(dir: plans.path, today: today),
            asOf: nil, json: false
        ).run(words: words)
        #expect(out.status == .files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        // The plan is not lost: it is printed instead.
        #expect(out.stdout.contains("Mark Rivera"))
    }

    @Test func aCheckInsFileWithOddRowsIsNamedWithItsLine() throws {
        let folder = try TemporaryFolder()
        let (plans, _) = try planned(folder)
        let path = plans + "/mark-rivera/checkins.csv"
        try "week,calls attempts,calls meetings\n2027-01-04,80,2\n2027-01-11,lots,2,extra,cells\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let out = show(plans)
        #expect(out.status == .files)
        #expect(out.stderr.contains(path))
        #expect(out.stderr.contains("line 3"), "\(out.stderr)")
    }

    @Test func theWorkedPlanIsPlausibleAndEachBadFigureIsNamed() throws {
        let inputs = PlanInputs(
            rep: "Mark", period: .init(start: Day(iso: "2027-01-01")!, end: Day(iso: "2027-12-31")!),
            asOf: Day(iso: "2026-12-15")!, goal: 1_200_000, dealSize: 30_000, closeRate: 0.25,
            meetingToOpportunity: 0.5, salesCycleWeeks: 8, weeksOff: 6, openOpportunities: 10,
            channels: [Channel(name: "calls", attemptsPerMeeting: 40, share: 1)])
        let plan = try Planner.plan(inputs)
        #expect(PlanCheck.implausibleKey(plan) == nil)
        #expect(PlanCheck.implausibleKey(PlanOutline(plan)) == nil)
        var bad = plan
        bad.inputs.closeRate = .nan
        #expect(PlanCheck.implausibleKey(bad) == "inputs.close_rate")
        bad = plan
        bad.inputs.channels[0].share = 3
        #expect(PlanCheck.implausibleKey(bad) == "inputs.channels[0].share")
        bad = plan
        bad.confidence.chanceOfGoal = -0.1
        #expect(PlanCheck.implausibleKey(bad) == "confidence.chance_of_goal")
    }
}
