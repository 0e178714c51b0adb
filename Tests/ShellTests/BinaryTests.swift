import Foundation
import Testing

/// The built `salesplan` binary itself: exit codes, streams, help. `make test` builds it first.
struct BinaryTests {
    static var binary: URL? {
        // The test bundle sits in the build folder beside the executable.
        let buildFolder = Bundle.module.bundleURL.deletingLastPathComponent()
        let candidate = buildFolder.appendingPathComponent("salesplan")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        guard let binary = Self.binary else {
            Issue.record("no salesplan binary beside the tests; run `swift build` first (make test does)")
            return Run(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SALESPLAN_PROMPTS")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func jsonGoesToStdoutAndTheExitIsZero() throws {
        let folder = try TemporaryFolder()
        let r = try run(["new", "--answers", examplePath("02-quarter-new-rep.yaml"), "--json", "--dir", folder.url.path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((object?["weekly"] as? [String: Any])?["meetings"] as? Int == 13)
        #expect(folder.files() == ["priya-nair/plan.json", "priya-nair/plan.md", "priya-nair/tracking.csv"])
    }

    @Test func badAnswersExitOneWithTheProblemsOnStderr() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "rep: X\nperiod: Q5 2027\ngoal: 1M\ndeal_size: 1k\nclose_rate: 1 in 4\nmeeting_to_opportunity: half\n", to: "a.yaml")
        let r = try run(["new", "--answers", path, "--dir", folder.url.appendingPathComponent("plans").path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("period: \"Q5 2027\" names quarter 5"))
        #expect(folder.files() == ["a.yaml"])
    }

    @Test func missingWordsSayWhereTheyWereLookedFor() throws {
        let r = try run(["new", "--answers", "x.yaml"], environment: ["SALESPLAN_PROMPTS": "/no/such/folder"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("/no/such/folder"))
    }

    @Test func helpAndVersion() throws {
        let help = try run(["new", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--answers <answers>"))
        #expect(help.stdout.contains("The interview that makes a plan"))
        let root = try run(["--help"])
        let rootWords = root.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(rootWords.contains("run it with no command for the interview"))
        let version = try run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test(arguments: [
        ["--help"], ["new", "--help"], ["checkin", "--help"], ["revisit", "--help"], ["show", "--help"],
        ["list", "--help"], ["team", "--help"], ["team", "view", "--help"], ["team", "init", "--help"],
        ["import", "--help"], ["hear", "--help"],
    ])
    func everyHelpTextIsWorded(_ arguments: [String]) throws {
        let help = try run(arguments)
        #expect(help.status == 0)
        #expect(!help.stdout.contains("[command."), "\(help.stdout)")
        #expect(!help.stdout.contains("command."), "\(help.stdout)")
    }

    @Test(arguments: [
        (["checkin", "--answers", "a.yaml", "--sheet", "s.csv"], "Give either --answers"),
        (["team", "--json", "--csv"], "Give either --json or --csv"),
        (["new", "--json"], "--json prints the plan made from an answers file"),
        (["new", "--no-such-option"], "Unknown option"),
    ])
    func optionsThatCannotGoTogetherAreAUsageErrorThatSaysWhy(_ arguments: [String], says: String) throws {
        let folder = try TemporaryFolder()
        let r = try run(arguments + ["--dir", folder.url.path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(says), "\(r.stderr)")
        #expect(folder.files().isEmpty)
    }

    @Test func aBadAsOfIsAUsageError() throws {
        let r = try run(["new", "--answers", examplePath("01-worked-example.yaml"), "--as-of", "tomorrow"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("YYYY-MM-DD"))
    }
}
