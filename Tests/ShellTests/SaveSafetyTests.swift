import Foundation
import PlanStore
import Planner
import Terminal
import Testing
import Tracking

@testable import Workflows

/// Two sessions on one rep, folders that cannot be written, names that try to leave the plans folder.
struct SaveSafetyTests {
    let today = Day(iso: "2027-02-01")!

    func plan(_ rep: String = "Mark Rivera") throws -> Plan {
        try Planner.plan(
            PlanInputs(
                rep: rep, period: .init(start: Day(iso: "2027-01-01")!, end: Day(iso: "2027-12-31")!), asOf: Day(iso: "2026-12-15")!,
                goal: 1_200_000, dealSize: 30_000, closeRate: 0.25, meetingToOpportunity: 0.5,
                channels: [Channel(name: "calls", attemptsPerMeeting: 40, share: 1)]))
    }

    @Test func aPlanSavedMeanwhileIsNotWrittenOver() throws {
        let folder = try TemporaryFolder()
        let plans = PlansFolder(root: folder.url)
        let files = PlanFiles(words: words)
        // The manager and the rep both start with no plan; the manager saves first.
        let first = try files.save(try plan(), in: plans, expecting: .revision(nil))
        #expect(first.plan.revision == 1)
        #expect(first.archive == nil)
        #expect(throws: StoreError.conflict(path: first.json.path, revision: 1)) {
            try files.save(try plan(), in: plans, expecting: .revision(nil))
        }
        // A session that read revision 1 replaces it, and revision 1 is kept.
        let second = try files.save(try plan(), in: plans, expecting: .revision(1))
        #expect(second.plan.revision == 2)
        #expect(second.archive?.lastPathComponent == "plan-r1.md")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("mark-rivera/plan-r1.json").path))
        #expect(try plans.rep("mark-rivera").plan().revision == 2)
    }

    @Test func aNewPlanOverAnOldOneKeepsTheOldOne() throws {
        let folder = try TemporaryFolder()
        let place = Place(dir: folder.url.path, today: today)
        for _ in 0..<2 {
            let out = NewPlanFromAnswers(answersPath: examplePath("01-worked-example.yaml"), place: place, asOf: nil, json: false)
                .run(words: words)
            #expect(out.status == .success)
        }
        #expect(folder.files().contains("mark-rivera/plan-r1.json"))
        #expect(folder.files().contains("mark-rivera/plan-r1.ics"), "the calendar of the plan replaced is kept too")
        #expect(try PlansFolder(root: folder.url).rep("mark-rivera").plan().revision == 2)
    }

    @Test func checkInsFromStaleSessionsAreAllKept() throws {
        let folder = try TemporaryFolder()
        let place = Place(dir: folder.url.path, today: today)
        _ = NewPlanFromAnswers(answersPath: examplePath("01-worked-example.yaml"), place: place, asOf: Day(iso: "2027-01-04"), json: false)
            .run(words: words)
        // Both sessions read the (empty) check-ins before either saved.
        var out = Outcome()
        guard let rep = RepContext.open(nil, command: "checkin", place: place, words: words, into: &out),
            let manager = RepContext.open(nil, command: "checkin", place: place, words: words, into: &out)
        else {
            Issue.record("\(out.stderr)")
            return
        }
        for (context, week) in [(rep, "2027-01-04"), (manager, "2027-01-11")] {
            var said = Outcome()
            let checkIn = CheckIn(week: Day(iso: week)!, activities: [.init(name: "calls", attempts: 80, meetings: 2)], meetingsHeld: 2)
            _ = CheckInRecord(context: context, words: words).save([checkIn], replace: false, json: false, into: &said)
            #expect(said.status == .success, "\(said.stderr)")
        }
        let saved = try #require(RepContext.open(nil, command: "checkin", place: place, words: words, into: &out))
        #expect(saved.checkIns.map(\.week.description) == ["2027-01-04", "2027-01-11"])
    }

    @Test func namesThatTryToLeaveOrCollideGetSafeDistinctFolders() throws {
        let folder = try TemporaryFolder()
        let plans = PlansFolder(root: folder.url)
        let files = PlanFiles(words: words)
        var slugs: [String] = []
        for name in ["../../etc/passwd", ".", "!!!", "???", "Mark O'Neil", "mark o'neil", "José Núñez"] {
            let saved = try files.save(try plan(name), in: plans, expecting: .anything)
            #expect(saved.json.path.hasPrefix(folder.url.path + "/"), "\(name) left the folder")
            #expect(PlansFolder.isSafe(saved.plan.slug))
            slugs.append(saved.plan.slug)
        }
        #expect(slugs == ["etc-passwd", "rep", "rep-2", "rep-3", "mark-o-neil", "mark-o-neil", "jose-nunez"])
        #expect(!FileManager.default.fileExists(atPath: folder.url.deletingLastPathComponent().appendingPathComponent("etc").path))
    }

    @Test func aDraftTheFolderCannotTakeGoesToTheFallback() throws {
        let folder = try TemporaryFolder()
        let blocker = try folder.write("a file where the plans folder should be", to: "plans")
        let fallback = folder.url.appendingPathComponent("fallback")
        let drafts = DraftStore<[String: String]>(
            plans: PlansFolder(root: URL(fileURLWithPath: blocker)), fallback: PlansFolder(root: fallback))
        let path = try drafts.save(["goal": "$1.2M"], rep: "Mark Rivera")
        #expect(path.path.hasPrefix(fallback.path))
        #expect(drafts.latest()?.draft == ["goal": "$1.2M"])
        #expect(try permissions(path.path) == 0o600)
        #expect(try permissions(path.deletingLastPathComponent().path) == 0o700)
    }

    @Test func withNowhereToSaveTheInterviewPrintsThePlanAndKeepsTheDraft() throws {
        let folder = try TemporaryFolder()
        let transcript = try TranscriptTests.Transcript("01-annual-plan.txt")
        let input = try folder.write(transcript.lines.joined(separator: "\n") + "\n", to: "input.txt")
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
        let screen = TranscriptTests.RecordingScreen()
        let fallback = PlansFolder(root: folder.url.appendingPathComponent("fallback"))
        let code = InterviewSession(
            words: words, plans: .failure(.noHome), fallback: fallback,
            source: PipeLines(handle: handle, screen: screen), screen: screen, asOf: transcript.asOf
        ).run()
        #expect(code == ExitStatus.files.rawValue)
        #expect(screen.text.contains("HOME is not set"))
        #expect(screen.text.contains("8 first meetings a week"), "the plan is shown")
        let draft = fallback.root.appendingPathComponent("mark-rivera/draft.json").path
        #expect(screen.text.contains(draft))
        #expect(FileManager.default.fileExists(atPath: draft))
    }
}

/// A revisit that loses the race keeps its revised plan beside the winner's.
struct RevisitRaceTests {
    @Test func theLosingRevisionIsKeptAsideAndNamed() throws {
        let folder = try TemporaryFolder()
        let today = Day(iso: "2027-02-01")!
        let place = Place(dir: folder.url.path, today: today)
        _ = NewPlanFromAnswers(answersPath: examplePath("01-worked-example.yaml"), place: place, asOf: Day(iso: "2027-01-04"), json: false)
            .run(words: words)
        var out = Outcome()
        let context = try #require(RepContext.open(nil, command: "revisit", place: place, words: words, into: &out))
        // Someone else saves a new plan for Mark after this session read revision 1.
        _ = NewPlanFromAnswers(answersPath: examplePath("01-worked-example.yaml"), place: place, asOf: Day(iso: "2027-01-04"), json: false)
            .run(words: words)
        var revised = context.plan
        revised.revision = 2
        guard case .failure(let failure) = context.save(revision: revised, words: words) else {
            Issue.record("the stale revision was saved over the newer plan")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("mark-rivera").path)
        let asides = names.filter { $0.hasPrefix("plan-unsaved-r2-") && $0.hasSuffix(".md") }
        #expect(asides.count == 1, "kept under a name of its own (\(names))")
        #expect(failure.lines.first?.contains("was saved by someone else") == true)
        #expect(failure.lines.last?.contains(asides.first ?? "?") == true)
        // A second loser does not overwrite the first one's revision.
        guard case .failure = context.save(revision: revised, words: words) else {
            Issue.record("the stale revision was saved over the newer plan")
            return
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("mark-rivera").path)
        #expect(after.filter { $0.hasPrefix("plan-unsaved-") && $0.hasSuffix(".md") }.count == 2)
        #expect(try PlansFolder(root: folder.url).rep("mark-rivera").plan().revision == 2, "the winner's plan is in force")
    }
}
