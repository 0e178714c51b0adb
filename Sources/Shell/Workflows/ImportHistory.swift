import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking

/// `salesplan import FILE.csv [--rep NAME]`: each rep's history from a CRM export, kept as `<slug>/history.json`.
public struct ImportHistory: Sendable {
    public var path: String
    public var rep: String?
    public var place: Place
    public var allTypes: Bool
    public var since: Day?

    /// A CRM export can be large; past this it is not one rep's deals.
    static let sizeLimit = 50 << 20

    public init(path: String, rep: String?, place: Place, allTypes: Bool = false, since: Day? = nil) {
        self.path = path
        self.rep = rep
        self.place = place
        self.allTypes = allTypes
        self.since = since
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        let figures = Figures(words: words)
        guard let data = AnswersFile.bytes(path, limit: Self.sizeLimit, words: words, into: &out) else { return out }
        let result: CRMImport.Report
        let (text, encoding) = ExportText.decode(data)
        if let encoding { out.say(words.text("import.encoding", ["path": path, "encoding": encoding.rawValue])) }
        let stages =
            (try? PlansFolder.resolve(dir: place.dir, environment: place.environment))
            .flatMap { TeamFile.read($0, asOf: place.today, words: words) { out.complain($0) } }?.stages ?? [:]
        switch CRMImport.read(text, today: place.today, options: .init(allTypes: allTypes, since: since, stages: stages)) {
        case .success(let r): result = r
        case .failure(.empty):
            out.fail(words.text("import.empty", ["path": path]), .badInput)
            return out
        case .failure(.noColumn(let role, let looked)):
            out.fail(
                words.text(
                    "import.no_column",
                    [
                        "path": path, "role": words.text("import.roles.\(role.rawValue)"), "looked": looked.joined(separator: ", "),
                    ]), .badInput)
            return out
        }
        let columns = result.mapping.map {
            words.text("import.column", ["role": words.text("import.roles.\($0.role.rawValue)"), "header": $0.header])
        }
        out.say(words.text("import.mapping", ["rows": String(result.rows), "path": path, "columns": figures.list(columns)]))
        let found = result.conventions
        if found.decimal == .comma { out.say(words.text("import.decimal_comma")) }
        if found.numericDates {
            let order = found.dates == .dayFirst ? "day_first" : "month_first"
            out.say(words.text(found.datesAssumed ? "import.dates_assumed.\(order)" : "import.dates.\(order)"))
        }
        if !result.skipped.isEmpty {
            out.say(
                words.text(
                    "import.skipped",
                    [
                        "count": String(result.skipped.count), "lines": result.skipped.prefix(10).map(String.init).joined(separator: ", "),
                    ]))
        }
        var histories = result.histories.filter { !$0.rep.isEmpty }
        // No owner column: the rows are one rep's, and only the rep named can say whose.
        if histories.isEmpty, var ownerless = result.histories.first(where: { $0.rep.isEmpty }) {
            guard let rep else {
                out.fail(
                    words.text(
                        "import.no_owner_column",
                        [
                            "path": path, "looked": CRMImport.Role.owner.headers.joined(separator: ", "),
                        ]), .badInput)
                return out
            }
            ownerless.rep = rep
            histories = [ownerless]
        } else if let rep {
            histories = histories.filter { Slug.make($0.rep) == Slug.make(rep) }
            guard !histories.isEmpty else {
                out.fail(
                    words.text("import.no_rep", ["rep": rep, "path": path, "owners": figures.list(result.histories.map(\.rep))]), .badInput)
                return out
            }
        }
        do {
            let plans = try PlansFolder.resolve(dir: place.dir, environment: place.environment)
            for history in histories {
                let written = try plans.save(
                    slug: Slug.make(history.rep), files: [(FolderLayout.history, try JSONEncoder().encode(history))])
                out.say(words.text("import.rep", describe(history, figures: figures, path: written[0].path)))
            }
        } catch let error as StoreError {
            out.fail(error.words(words), .files)
        } catch {
            out.fail("\(error)", .files)
        }
        return out
    }

    func describe(_ h: RepHistory, figures: Figures, path: String) -> [String: Any] {
        var values: [String: Any] = ["rep": h.rep, "won": String(h.won), "lost": String(h.lost), "open": String(h.open), "path": path]
        if let deal = h.averageDeal { values["deal"] = figures.money(deal.rounded()) }
        if let rate = h.closeRate {
            values["rate"] = figures.percent(rate)
            values["resolved"] = String(h.won + h.lost)
        }
        if h.otherTypes > 0 { values["other_types"] = String(h.otherTypes) }
        if !h.openPipeline.isEmpty {
            values["pipeline"] = figures.money(h.openPipeline.reduce(0) { $0 + ($1.amount ?? h.averageDeal ?? 0) }.rounded())
        }
        if let cycle = h.medianCycleWeeks {
            values["cycle"] = Figures.decimal(cycle)
            values["cycles"] = String(h.cycleSample)
        }
        return values
    }

    /// Every rep's history in the plans folder, by slug, for the interview's defaults.
    static func all(_ plans: PlansFolder) -> [String: RepHistory] {
        plans.histories().compactMapValues { try? InertJSON.decode(RepHistory.self, from: $0) }
    }
}
