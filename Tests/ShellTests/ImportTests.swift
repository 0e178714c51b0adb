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
        #expect(
            result.mapping.map(\.header) == [
                "Stage", "Won", "Closed", "Amount", "Created Date", "Close Date", "Opportunity Owner", "Probability (%)",
                "Opportunity Name",
            ])
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
        #expect(
            CRMImport.read("Name,Amount\nA,1\n", today: today)
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
        #expect(
            out.stdout.contains("Mark Rivera: 3 won, 2 lost, 1 open; average deal $28,667 across 3 won; close rate 60% across 5 decided"))
        #expect(folder.files() == ["plans/mark-rivera/history.json"])
        let unknown = ImportHistory(path: path, rep: "Zed", place: Place(dir: plans, today: today)).run(words: words)
        #expect(unknown.status == .badInput)
        #expect(unknown.stderr.contains("Owners there: Mark Rivera and Priya Nair"))
    }

    @Test func aEuropeanExportIsReadByItsOwnConventionsAndSaysThem() throws {
        let text =
            "Opportunity Owner;Stage;Amount;Created Date;Close Date\n"
            + "José Müller;Closed Won;32.000,00 €;04.01.2026;15.03.2026\nJosé Müller;Closed Lost;9.500,00 €;04.02.2026;05.03.2026\n"
        let result = try CRMImport.read(text, today: today).get()
        #expect(result.conventions.decimal == .comma && result.conventions.dates == .dayFirst && !result.conventions.datesAssumed)
        let history = try #require(result.histories.first)
        #expect(history.averageDeal == 32_000, "not $32")
        #expect(history.medianCycleWeeks == 10, "Jan 4 to Mar 15 is 70 days, not Apr 1 to Mar 15")
        // The same file saved as Windows-1252 and as UTF-16: the name survives, and the encoding is said.
        let folder = try TemporaryFolder()
        for (name, encoding) in [("cp1252.csv", String.Encoding.windowsCP1252), ("utf16.csv", .utf16)] {
            let path = folder.url.appendingPathComponent(name)
            try #require(text.data(using: encoding)).write(to: path)
            let out = ImportHistory(
                path: path.path, rep: nil, place: Place(dir: folder.url.appendingPathComponent("plans").path, today: today)
            )
            .run(words: words)
            #expect(out.status == .success, "\(out.stderr)")
            #expect(out.stdout.contains("it was read as \(encoding == .utf16 ? "UTF-16" : "Windows-1252")"))
            #expect(
                out.stdout.contains("José Müller: 1 won, 1 lost") && out.stdout.contains("decimal comma")
                    && out.stdout.contains("day first"))
        }
    }

    @Test func datesThatDoNotSayTheirOrderAreReadAsAssumedAndSaid() throws {
        let slashed = try CRMImport.read("Owner,Stage,Amount,Created,Close Date\nAl,Won,1000,01/04/2026,03/05/2026\n", today: today).get()
        #expect(slashed.conventions.dates == .monthFirst && slashed.conventions.datesAssumed)
        #expect(slashed.conventions.decimal == .point)
        let told = try CRMImport.read("Owner,Stage,Amount,Created,Close Date\nAl,Won,1000.50,01/04/2026,03/25/2026\n", today: today).get()
        #expect(told.conventions.dates == .monthFirst && !told.conventions.datesAssumed, "25 can only be a day")
    }

    @Test func theInterviewOffersTheRepsHistory() throws {
        let folder = try TemporaryFolder()
        let path = Bundle.module.url(forResource: "Exports/hubspot", withExtension: "csv")!.path
        _ = ImportHistory(path: path, rep: nil, place: Place(dir: folder.url.path, today: today)).run(words: words)
        let (screen, code) = TranscriptTests.run(
            ["Sam Okafor", "2027", "1M", "", "", "half", "that's everything", "yes"],
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

/// Open opportunities with their stages and amounts, new business apart from renewals, and the coverage they give.
struct PipelineImportTests {
    let export = """
        Opportunity Owner,Opportunity Name,Type,Stage,Amount,Probability (%),Created Date,Close Date
        Ana Ruiz,Acme new,New Business,Closed Won,40000,100,2027-01-05,2027-03-01
        Ana Ruiz,Acme renew,Renewal,Closed Won,90000,100,2027-01-05,2027-02-01
        Ana Ruiz,Beta renew,Renewal,Closed Won,80000,100,2027-01-10,2027-02-10
        Ana Ruiz,Gamma,New Business,Closed Lost,30000,0,2027-01-10,2027-03-10
        Ana Ruiz,Delta,New Business,Closed Won,20000,100,2027-02-01,2027-04-01
        Ana Ruiz,Eps,New Business,Closed Lost,50000,0,2027-02-01,2027-04-15
        Ana Ruiz,Zeta,New Business,Proposal,60000,60,2027-05-01,2027-08-30
        Ana Ruiz,Eta,New Business,Discovery,30000,,2027-05-10,2028-02-01
        Ana Ruiz,Theta renew,Renewal,Negotiation,70000,80,2027-05-10,2027-09-01
        Ana Ruiz,Old,New Business,Closed Lost,10000,0,2026-03-01,2026-05-01
        """
    let today = Day(iso: "2027-06-01")!

    @Test func renewalsAreLeftOutAndOpenStagesGetTheirChance() throws {
        let options = CRMImport.Options(since: Day(iso: "2027-01-01"), stages: ["discovery": 0.1, "proposal": 0.5])
        let ana = try #require(try CRMImport.read(export, today: today, options: options).get().histories.first)
        #expect((ana.won, ana.lost, ana.open, ana.otherTypes) == (2, 2, 2, 3))
        #expect(ana.closeRate == 0.5)
        #expect(ana.averageDeal == 30_000)
        // The export's own probability wins over the stage's; Discovery has none, so team.yaml's 10% is used.
        #expect(ana.openPipeline.map(\.probability) == [0.6, 0.1])
        #expect(ana.openPipeline.map(\.closeDate) == [Day(iso: "2027-08-30"), Day(iso: "2028-02-01")])
        // The won amounts by the month they closed (March and April) and their spread, for the season and the odds.
        #expect(ana.wonByMonth?[2] == 40_000 && ana.wonByMonth?[3] == 20_000 && ana.wonByMonth?.reduce(0, +) == 60_000)
        #expect(abs((ana.dealSizeCV ?? 0) - (20_000 * 2.0.squareRoot() / 2) / 30_000) < 1e-9)
        let byMonth = try #require(ana.wonByMonth)
        let season = try #require(Seasonality(wonByMonth: byMonth, deals: ana.won))
        #expect(season.weights[2] > season.weights[3] && season.weights[3] > season.weights[0])
        let all = try #require(try CRMImport.read(export, today: today, options: .init(allTypes: true)).get().histories.first)
        #expect((all.won, all.lost, all.open) == (4, 3, 3))
        #expect(abs((all.closeRate ?? 0) - 4.0 / 7) < 1e-12)

        var inputs = PlanInputs(
            rep: "Ana Ruiz", period: Period(start: today, end: Day(iso: "2027-12-31")!), asOf: today, goal: 300_000,
            dealSize: 30_000, closeRate: 0.5, meetingToOpportunity: 0.4, openOpportunities: 2)
        inputs.openPipeline = ana.openPipeline
        let pipeline = try #require(try Planner.plan(inputs).pipeline)
        #expect(pipeline.value == 90_000)
        #expect(pipeline.weightedValue == 60_000 * 0.6 + 30_000 * 0.1)
        #expect(pipeline.coverage == 0.3)
        #expect(pipeline.closingInPeriod == .init(count: 1, value: 60_000, weightedValue: 36_000))
    }
}
