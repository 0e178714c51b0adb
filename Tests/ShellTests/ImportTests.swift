import Foundation
import Planner
import Testing
@testable import Tracking
@testable import Workflows

/// CRM exports: each dialect read, what cannot be mapped refused, the histories kept and offered in the interview.
struct ImportTests {
    func export(_ name: String) throws -> String {
        try String(contentsOf: Bundle.module.url(forResource: "Exports/\(name)", withExtension: "csv")!, encoding: .utf8)
    }

    let today = Day(iso: "2026-11-01")!

    @Test func salesforceWithItsWonAndClosedFlags() throws {
        let result = try CRMImport.read(try export("salesforce"), today: today).get()
        #expect(result.rows == 8)
        #expect(result.mapping.map(\.header) == ["Stage", "Won", "Closed", "Amount", "Created Date", "Close Date", "Opportunity Owner"])
        let mark = try #require(result.histories.first { $0.rep == "Mark Rivera" })
        #expect((mark.won, mark.lost, mark.open) == (3, 2, 1))
        #expect(abs((mark.averageDeal ?? 0) - 86_000.0 / 3) < 1e-6)
        #expect(mark.closeRate == 0.6)
        // Won deals took 47, 57 and 56 days: the median is 56 days, 8 weeks.
        #expect(mark.medianCycleWeeks == 8)
        #expect(mark.cycleSample == 3)
    }

    @Test func hubspotWithDealStagesAndTimes() throws {
        let result = try CRMImport.read(try export("hubspot"), today: today).get()
        let sam = try #require(result.histories.first)
        #expect(sam.rep == "Sam Okafor")
        #expect((sam.won, sam.lost, sam.open) == (3, 1, 2))
        #expect(sam.averageDeal == 27_400)
        #expect(sam.closeRate == 0.75)
    }

    @Test func pipedriveWithSemicolonsABOMAndSpacedThousands() throws {
        let result = try CRMImport.read(try export("pipedrive"), today: today).get()
        let jo = try #require(result.histories.first)
        #expect(jo.rep == "Jo Brandt")
        #expect((jo.won, jo.lost, jo.open) == (2, 1, 1))
        #expect(jo.averageDeal == 20_000)
        #expect(result.mapping.contains { $0.role == .wonTime && $0.header == "Deal - Won time" })
    }

    @Test func aFileWithoutAStageOrAmountIsRefusedSayingWhatWasLookedFor() {
        #expect(CRMImport.read("Name,Value X\nA,1\n", today: today) == .failure(.noColumn(.amount, looked: CRMImport.Role.amount.headers)))
        #expect(CRMImport.read("Name,Amount\nA,1\n", today: today)
            == .failure(.noColumn(.stage, looked: CRMImport.Role.stage.headers + CRMImport.Role.won.headers)))
        #expect(CRMImport.read("", today: today) == .failure(.empty))
    }

    @Test func importSavesEachRepsHistoryAndSaysWhichColumnsItUsed() throws {
        let folder = try TemporaryFolder()
        let plans = folder.url.appendingPathComponent("plans").path
        let path = Bundle.module.url(forResource: "Exports/salesforce", withExtension: "csv")!.path
        let out = ImportHistory(path: path, rep: "mark rivera", place: Place(dir: plans, today: today)).run(words: words)
        #expect(out.status == .success, "\(out.stderr)")
        #expect(out.stdout.contains("amount from \"Amount\""))
        #expect(out.stdout.contains("Mark Rivera: 3 won, 2 lost, 1 open; average deal $28,667 over 3 won deals; close rate 60% over 5 resolved"))
        #expect(folder.files() == ["plans/mark-rivera/history.json"])
        let unknown = ImportHistory(path: path, rep: "Zed", place: Place(dir: plans, today: today)).run(words: words)
        #expect(unknown.status == .badInput)
        #expect(unknown.stderr.contains("Owners there: Mark Rivera and Priya Nair"))
    }

    @Test func theInterviewOffersTheRepsHistory() throws {
        let folder = try TemporaryFolder()
        let path = Bundle.module.url(forResource: "Exports/hubspot", withExtension: "csv")!.path
        _ = ImportHistory(path: path, rep: nil, place: Place(dir: folder.url.path, today: today)).run(words: words)
        let (screen, code) = TranscriptTests.run(["Sam Okafor", "2027", "1M", "", "", "half", "that's everything", "yes"],
                                                 asOf: Day(iso: "2027-01-01")!, plans: folder.url)
        #expect(code == 0)
        #expect(screen.contains("What's your average deal size? [from your history: $27,400 over 3 won deals]"))
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: folder.url.appendingPathComponent("sam-okafor/plan.json")))
        #expect(plan.inputs.dealSize == 27_400)
        #expect(plan.inputs.closeRate == 0.75)
        #expect(plan.inputs.openOpportunities == 2)
        #expect(plan.inputs.assumptions.first { $0.key == "deal_size" }?.source == .history)
    }
}
