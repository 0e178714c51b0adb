import Foundation
import Planner
import Testing

@testable import Workflows

/// `salesplan new --answers FILE` end to end, through the same code the binary runs.
struct NewPlanTests {
    func run(_ answers: String, in folder: TemporaryFolder, json: Bool = false, asOf: Day? = nil) -> Outcome {
        let place = Place(dir: folder.url.appendingPathComponent("plans").path, today: Day(iso: "2027-01-01")!)
        return NewPlanFromAnswers(answersPath: answers, place: place, asOf: asOf, json: json).run(words: words)
    }

    @Test(arguments: exampleNames())
    func workedExamplesMatchTheirExpectedFigures(_ name: String) throws {
        let folder = try TemporaryFolder()
        let outcome = run(examplePath("\(name).yaml"), in: folder, json: true)
        #expect(outcome.status == .success, "\(outcome.stderr)")
        let want = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: examplePath("\(name).expected.json"))))
        let got = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        #expect(differences(want, got) == [])
    }

    @Test func jsonPrintsThePlanDocumentAndNothingElse() throws {
        let folder = try TemporaryFolder()
        let outcome = run(examplePath("01-worked-example.yaml"), in: folder, json: true)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(object?["schema_version"] as? Int == 1)
        #expect(object?["slug"] as? String == "mark-rivera")
        let saved = try Data(contentsOf: folder.url.appendingPathComponent("plans/mark-rivera/plan.json"))
        #expect(String(decoding: saved, as: UTF8.self) == outcome.stdout)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func savingSaysWhereAndSummarises() throws {
        let folder = try TemporaryFolder()
        let outcome = run(examplePath("01-worked-example.yaml"), in: folder)
        #expect(outcome.status == .success)
        #expect(outcome.stdout.contains(folder.url.appendingPathComponent("plans/mark-rivera/plan.md").path))
        #expect(outcome.stdout.contains("Every week: 8 first exploratory meetings, calls 160 (8 h)"))
        #expect(
            folder.files() == [
                "plans/mark-rivera/plan.ics", "plans/mark-rivera/plan.json", "plans/mark-rivera/plan.md", "plans/mark-rivera/tracking.csv",
            ])
    }

    @Test func refusedAnswersWriteNothingAndNameEveryProblem() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            """
            rep: Mark
            period: 2027
            goal: abc
            deal_size: 30k
            close_rate: 150%
            meeting_to_opportunity: half
            vacation: 2 weeks
            """, to: "answers.yaml")
        let outcome = run(path, in: folder)
        #expect(outcome.status == .badInput)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("goal: \"abc\" was not understood as an amount of money."))
        #expect(outcome.stderr.contains("close_rate: \"150%\" is 150%, more than 100%."))
        #expect(outcome.stderr.contains("vacation: \"2 weeks\" is not an answers-file key, so it was not used."))
        #expect(folder.files() == ["answers.yaml"])
    }

    @Test func jsonAnswersAreReadToo() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            """
            {"rep": "Priya Nair", "period": "Q2 2027", "as_of": "2027-03-20", "goal": 150000,
             "deal_size": "$12,500", "close_rate": 0.2, "meeting_to_opportunity": "40 percent", "weeks_off": 1}
            """, to: "answers.json")
        let outcome = run(path, in: folder, json: true)
        #expect(outcome.status == .success, "\(outcome.stderr)")
        let plan = try JSONDecoder().decode(Plan.self, from: Data(outcome.stdout.utf8))
        #expect(plan.totals.meetings == 150)
        #expect(plan.weekly.meetings == 13)
    }

    @Test func asOfOnTheCommandLineWinsOverTheFile() throws {
        let folder = try TemporaryFolder()
        let outcome = run(examplePath("01-worked-example.yaml"), in: folder, json: true, asOf: Day(iso: "2027-07-01"))
        let plan = try JSONDecoder().decode(Plan.self, from: Data(outcome.stdout.utf8))
        #expect(plan.asOf == Day(iso: "2027-07-01"))
        #expect(plan.calendar.days == 184)
    }

    @Test func aMissingAnswersFileIsAFileError() throws {
        let folder = try TemporaryFolder()
        let outcome = run(folder.url.appendingPathComponent("nope.yaml").path, in: folder)
        #expect(outcome.status == .files)
        #expect(outcome.stderr.contains("cannot read the answers file"))
        #expect(outcome.stderr.contains("nope.yaml"))
    }

    @Test func aHugeAnswersFileIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(String(repeating: "# padding\n", count: 200_000), to: "big.yaml")
        let outcome = run(path, in: folder)
        #expect(outcome.status == .files)
        #expect(outcome.stderr.contains("is larger than 1,048,576 bytes"))
        #expect(outcome.stderr.contains(path))
    }
}
