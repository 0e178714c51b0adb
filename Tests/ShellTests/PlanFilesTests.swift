import Foundation
import Glibc
import Planner
import Testing

@testable import PlanStore
@testable import Workflows

/// The plan files: whole or not at all, private to the rep, never outside the plans folder.
struct PlanFilesTests {
    @Test func theComparisonCatchesAChangedFigure() {
        let want: [String: Any] = ["totals": ["deals": 40], "feasible": true]
        #expect(differences(want, ["totals": ["deals": 40], "feasible": true] as [String: Any]) == [])
        #expect(differences(want, ["totals": ["deals": 41], "feasible": true] as [String: Any]).count == 1)
        #expect(differences(want, ["totals": ["deals": 40], "feasible": false] as [String: Any]).count == 1)
    }

    @Test func filesAreOwnerOnlyWhateverTheUmask() throws {
        let folder = try TemporaryFolder()
        let old = umask(0)
        defer { umask(old) }
        let store = PlansFolder(root: folder.url.appendingPathComponent("plans"))
        let written = try store.save(slug: "mark-rivera", files: [("plan.json", Data("{}".utf8))])
        #expect(try permissions(written[0].path) == 0o600)
        #expect(try permissions(folder.url.appendingPathComponent("plans/mark-rivera").path) == 0o700)
        #expect(try permissions(folder.url.appendingPathComponent("plans").path) == 0o700)
    }

    @Test func anExistingLooseRepFolderIsTightened() throws {
        let folder = try TemporaryFolder()
        let repFolder = folder.url.appendingPathComponent("plans/ana")
        try FileManager.default.createDirectory(at: repFolder, withIntermediateDirectories: true)
        chmod(repFolder.path, 0o755)
        _ = try PlansFolder(root: folder.url.appendingPathComponent("plans")).save(slug: "ana", files: [("x", Data())])
        #expect(try permissions(repFolder.path) == 0o700)
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("plan.json")
        try AtomicFile.write(Data("old".utf8), to: target)
        // A folder where the temporary file would be renamed onto: the rename fails.
        let blocked = folder.url.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: StoreError.self) { try AtomicFile.write(Data("new".utf8), to: blocked) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(!folder.files().contains { $0.contains(AtomicFile.temporaryPrefix) })
    }

    @Test func readersSeeTheOldFileOrTheNewOneNeverAPart() async throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("plan.json")
        let versions = (0..<2).map { v in Data(String(repeating: "\(v)", count: 200_000).utf8) }
        try AtomicFile.write(versions[0], to: target)
        let reader = Task.detached { () -> Int in
            var torn = 0
            for _ in 0..<400 {
                guard let data = try? Data(contentsOf: target) else { continue }
                if !versions.contains(data) { torn += 1 }
            }
            return torn
        }
        // What a reader sees is the rename's doing, not the fsyncs': unsynced writes test it as well, 40 times quicker.
        for i in 0..<200 { try AtomicFile.write(versions[i % 2], to: target, durable: false) }
        #expect(await reader.value == 0)
    }

    @Test func leftoverTemporaryFilesAreClearedOnTheNextSave() throws {
        let folder = try TemporaryFolder()
        let rep = folder.url.appendingPathComponent("plans/mark")
        try FileManager.default.createDirectory(at: rep, withIntermediateDirectories: true)
        let leftover = rep.appendingPathComponent("\(AtomicFile.temporaryPrefix)123-9-plan.json")
        try Data("half a pl".utf8).write(to: leftover)
        _ = try PlansFolder(root: folder.url.appendingPathComponent("plans")).save(slug: "mark", files: [("plan.json", Data())])
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test(arguments: ["", ".", "..", "../x", "a/b", "x/../../etc"])
    func unsafeFolderNamesAreRefused(_ slug: String) throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError.unsafeName(slug)) {
            try PlansFolder(root: folder.url).save(slug: slug, files: [("plan.json", Data())])
        }
    }

    @Test func hostileNamesBecomeSafeSlugsInsideThePlansFolder() throws {
        let folder = try TemporaryFolder()
        let store = PlansFolder(root: folder.url.appendingPathComponent("plans"))
        for name in ["../../etc/passwd", ".", "///", "Mark O'Neil", "José Núñez"] {
            let slug = Slug.make(name)
            let written = try store.save(slug: slug, files: [("plan.json", Data())])
            #expect(written[0].deletingLastPathComponent().deletingLastPathComponent().path == store.root.path)
        }
        #expect(
            folder.files() == [
                "plans/etc-passwd/plan.json", "plans/jose-nunez/plan.json", "plans/mark-o-neil/plan.json", "plans/rep/plan.json",
            ])
    }

    @Test func aLinkInPlaceOfTheRepFolderIsNeverFollowed() throws {
        let folder = try TemporaryFolder()
        let outside = folder.url.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let plans = folder.url.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: plans.appendingPathComponent("mark"), withDestinationURL: outside)
        #expect(throws: StoreError.notAFolder(path: plans.appendingPathComponent("mark").path)) {
            try PlansFolder(root: plans).save(slug: "mark", files: [("plan.json", Data())])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func thePlansFolderComesFromTheFlagThenTheEnvironment() throws {
        let env = ["SALESPLAN_DIR": "/a", "XDG_DATA_HOME": "/b", "HOME": "/c"]
        #expect(try PlansFolder.resolve(dir: "/x", environment: env).root.path == "/x")
        #expect(try PlansFolder.resolve(dir: nil, environment: env).root.path == "/a")
        #expect(try PlansFolder.resolve(dir: nil, environment: ["XDG_DATA_HOME": "/b", "HOME": "/c"]).root.path == "/b/salesplan")
        #expect(try PlansFolder.resolve(dir: nil, environment: ["HOME": "/c"]).root.path == "/c/.local/share/salesplan")
        #expect(throws: StoreError.noHome) { try PlansFolder.resolve(dir: nil, environment: [:]) }
    }

    @Test func aPlansFolderThatCannotBeMadeIsAFileErrorNamingThePath() throws {
        let folder = try TemporaryFolder()
        // A file where a folder must go fails for every user, root included.
        let blocker = try folder.write("not a folder", to: "blocker")
        let outcome = NewPlanFromAnswers(
            answersPath: examplePath("01-worked-example.yaml"), place: Place(dir: blocker + "/plans", today: Day(iso: "2027-01-01")!),
            asOf: nil, json: false
        ).run(words: words)
        #expect(outcome.status == .files)
        #expect(outcome.stderr.contains(blocker))
        // Nothing lost: the plan is printed instead, and the message says so.
        #expect(outcome.stdout.hasPrefix("# Sales action plan: Mark Rivera"))
        #expect(outcome.stderr.contains("printed on standard output instead"))
    }
}
