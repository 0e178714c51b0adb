import Planner
import Understanding

/// One rep's history from a CRM opportunities export, each figure with the sample it rests on.
public struct RepHistory: Equatable, Sendable, Codable {
    public var rep: String
    public var won: Int
    public var lost: Int
    public var open: Int
    /// Average amount of the deals won.
    public var averageDeal: Double?
    /// Won ÷ (won + lost).
    public var closeRate: Double?
    /// Median weeks from created to close, over deals won.
    public var medianCycleWeeks: Double?
    public var cycleSample: Int
    /// The spread of the won amounts: standard deviation over mean (nil under two deals won).
    public var dealSizeCV: Double?
    /// The open opportunities, each with its amount, stage, chance and close date as exported.
    public var openPipeline: [OpenOpportunity] = []
    /// Rows of another type (renewals, expansion) left out.
    public var otherTypes = 0
    /// The won amounts by the month they closed, January first (nil when no close date was read).
    public var wonByMonth: [Double]?

    enum CodingKeys: String, CodingKey {
        case rep, won, lost, open
        case averageDeal = "average_deal", closeRate = "close_rate"
        case medianCycleWeeks = "median_cycle_weeks", cycleSample = "cycle_sample"
        case dealSizeCV = "deal_size_cv", openPipeline = "open_pipeline", otherTypes = "other_types"
        case wonByMonth = "won_by_month"
    }

    public init(
        rep: String, won: Int, lost: Int, open: Int, averageDeal: Double?, closeRate: Double?,
        medianCycleWeeks: Double?, cycleSample: Int, dealSizeCV: Double? = nil, openPipeline: [OpenOpportunity] = [],
        otherTypes: Int = 0, wonByMonth: [Double]? = nil
    ) {
        self.rep = rep
        self.won = won
        self.lost = lost
        self.open = open
        self.averageDeal = averageDeal
        self.closeRate = closeRate
        self.medianCycleWeeks = medianCycleWeeks
        self.cycleSample = cycleSample
        self.dealSizeCV = dealSizeCV
        self.openPipeline = openPipeline
        self.otherTypes = otherTypes
        self.wonByMonth = wonByMonth
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rep: try c.decode(String.self, forKey: .rep), won: try c.decode(Int.self, forKey: .won),
            lost: try c.decode(Int.self, forKey: .lost), open: try c.decode(Int.self, forKey: .open),
            averageDeal: try c.decodeIfPresent(Double.self, forKey: .averageDeal),
            closeRate: try c.decodeIfPresent(Double.self, forKey: .closeRate),
            medianCycleWeeks: try c.decodeIfPresent(Double.self, forKey: .medianCycleWeeks),
            cycleSample: try c.decode(Int.self, forKey: .cycleSample),
            dealSizeCV: try c.decodeIfPresent(Double.self, forKey: .dealSizeCV),
            openPipeline: try c.decodeIfPresent([OpenOpportunity].self, forKey: .openPipeline) ?? [],
            otherTypes: try c.decodeIfPresent(Int.self, forKey: .otherTypes) ?? 0,
            wonByMonth: try c.decodeIfPresent([Double].self, forKey: .wonByMonth))
    }
}

/// Reads an opportunities report exported from Salesforce, HubSpot or Pipedrive (and their look-alikes).
public enum CRMImport {
    /// What each column is for, with the header names the common CRMs export.
    public enum Role: String, CaseIterable, Sendable {
        case stage, won, closed, amount, created, close, wonTime = "won_time", lostTime = "lost_time", owner
        case probability, type, name

        public var headers: [String] {
            switch self {
            case .stage: return ["stage", "deal stage", "status", "deal - status", "opportunity stage", "deal status"]
            case .won: return ["won", "is won"]
            case .closed: return ["closed", "is closed"]
            case .amount:
                return [
                    "amount", "amount (converted)", "deal value", "value", "deal - value", "amount in company currency",
                    "total contract value",
                ]
            case .created:
                return ["created date", "create date", "deal created", "deal - deal created", "add time", "deal - add time", "created"]
            case .close: return ["close date", "closed date", "deal - close date", "close time", "closed won date"]
            case .wonTime: return ["won time", "deal - won time"]
            case .lostTime: return ["lost time", "deal - lost time"]
            case .owner: return ["opportunity owner", "deal owner", "owner", "deal - owner", "owner name", "sales rep", "assigned to"]
            case .probability: return ["probability (%)", "probability", "deal probability", "deal - probability", "win probability"]
            case .type: return ["type", "opportunity type", "deal type", "deal - type", "business type"]
            case .name: return ["opportunity name", "deal name", "name", "deal - title", "title"]
            }
        }
    }

    /// What could not be read, in terms the shell can put in words.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case noColumn(Role, looked: [String])
    }

    /// What an export was read as: its conventions, the column for each role, the rows, and each rep's history.
    public struct Report: Equatable, Sendable {
        /// How the file writes figures and dates.
        public var conventions = Conventions()
        /// The header used for each role.
        public var mapping: [(role: Role, header: String)]
        public var rows: Int
        /// Rows left out, by line, because a needed cell could not be read.
        public var skipped: [Int]
        public var histories: [RepHistory]

        public static func == (a: Report, b: Report) -> Bool {
            a.rows == b.rows && a.skipped == b.skipped && a.histories == b.histories
                && a.mapping.map(\.role) == b.mapping.map(\.role) && a.mapping.map(\.header) == b.mapping.map(\.header)
        }
    }

    enum Outcome { case won, lost, open }

    /// What to read from an export: which types of business, since when, and the chance each open stage closes.
    public struct Options: Equatable, Sendable {
        /// Keep renewals and expansion (a Type column's other kinds) in.
        public var allTypes = false
        /// Leave out opportunities created (else closed) before this day.
        public var since: Day?
        /// The chance an open opportunity at each stage closes (lowercased stage name), when the export has no
        /// probability column: from team.yaml's `stages:`.
        public var stages: [String: Double] = [:]

        public init(allTypes: Bool = false, since: Day? = nil, stages: [String: Double] = [:]) {
            self.allTypes = allTypes
            self.since = since
            self.stages = stages
        }
    }

    /// Types of business that are not new business: left out unless `allTypes`.
    static let otherBusiness = ["renewal", "expansion", "upsell", "upgrade", "existing business", "add-on", "cross-sell"]

    public static func read(_ text: String, today: Day, options: Options = Options()) -> Result<Report, Problem> {
        let rows = CSV.parse(text, separator: CSV.detectSeparator(text))
        guard let header = rows.first, rows.count > 1 else { return .failure(.empty) }
        let names = header.map { $0.trimmingSpaces.lowercased() }
        var columns: [Role: Int] = [:]
        for role in Role.allCases {
            if let i = role.headers.lazy.compactMap({ names.firstIndex(of: $0) }).first { columns[role] = i }
        }
        guard columns[.amount] != nil else { return .failure(.noColumn(.amount, looked: Role.amount.headers)) }
        guard columns[.stage] != nil || columns[.won] != nil else {
            return .failure(.noColumn(.stage, looked: Role.stage.headers + Role.won.headers))
        }
        let mapping = Role.allCases.compactMap { role in columns[role].map { (role, header[$0].trimmingSpaces) } }
        func cells(_ roles: [Role]) -> [String] {
            roles.compactMap { columns[$0] }.flatMap { i in rows.dropFirst().compactMap { i < $0.count ? $0[i].trimmingSpaces : nil } }
        }
        let conventions = Self.conventions(amounts: cells([.amount]), dates: cells([.created, .close, .wonTime, .lostTime]))

        struct Tally {
            var won: [Double] = [], lost = 0, open: [OpenOpportunity] = [], cycles: [Double] = [], otherTypes = 0
            var byMonth = Array(repeating: 0.0, count: 12), dated = 0
        }
        var tallies: [String: Tally] = [:]
        var order: [String] = []
        var skipped: [Int] = []
        for (offset, row) in rows.dropFirst().enumerated() {
            func cell(_ role: Role) -> String? {
                guard let i = columns[role], i < row.count else { return nil }
                let value = row[i].trimmingSpaces
                return value.isEmpty ? nil : value
            }
            let owner = cell(.owner).map { TerminalText.stripped($0) } ?? ""
            guard let outcome = outcome(cell(.stage), won: cell(.won), closed: cell(.closed)) else {
                skipped.append(offset + 2)
                continue
            }
            if tallies[owner] == nil { order.append(owner) }
            var tally = tallies[owner] ?? Tally()
            if !options.allTypes, let type = cell(.type)?.lowercased(), otherBusiness.contains(where: { type.contains($0) }) {
                tally.otherTypes += 1
                tallies[owner] = tally
                continue
            }
            if let since = options.since,
                let day = (cell(.created) ?? cell(.close)).flatMap({ Self.date($0, conventions.dates, today: today) }), day < since
            {
                continue
            }
            switch outcome {
            case .open:
                let stage = cell(.stage)
                let probability =
                    cell(.probability).flatMap { try? Understand.rate($0).get().value }
                    ?? stage.flatMap { options.stages[$0.lowercased()] }
                tally.open.append(
                    OpenOpportunity(
                        name: cell(.name).map { TerminalText.stripped($0) },
                        amount: cell(.amount).flatMap { Self.amount($0, conventions.decimal) },
                        stage: stage.map { TerminalText.stripped($0) }, probability: probability,
                        closeDate: cell(.close).flatMap { Self.date($0, conventions.dates, today: today) }))
            case .lost: tally.lost += 1
            case .won:
                guard let amount = cell(.amount).flatMap({ Self.amount($0, conventions.decimal) }) else {
                    skipped.append(offset + 2)
                    continue
                }
                tally.won.append(amount)
                let closedOn = (cell(.close) ?? cell(.wonTime)).flatMap { Self.date($0, conventions.dates, today: today) }
                if let closedOn {
                    tally.byMonth[closedOn.month - 1] += amount
                    tally.dated += 1
                }
                if let created = cell(.created).flatMap({ Self.date($0, conventions.dates, today: today) }), let closedOn,
                    closedOn >= created
                {
                    tally.cycles.append(Double(created.days(to: closedOn)) / 7)
                }
            }
            tallies[owner] = tally
        }
        let histories = order.map { owner -> RepHistory in
            let t = tallies[owner] ?? Tally()
            let resolved = t.won.count + t.lost
            let cycles = t.cycles.sorted()
            let median =
                cycles.isEmpty
                ? nil
                : cycles.count % 2 == 1
                    ? cycles[cycles.count / 2] : (cycles[cycles.count / 2 - 1] + cycles[cycles.count / 2]) / 2
            let mean = t.won.isEmpty ? nil : t.won.reduce(0, +) / Double(t.won.count)
            return RepHistory(
                rep: owner, won: t.won.count, lost: t.lost, open: t.open.count, averageDeal: mean,
                closeRate: resolved == 0 ? nil : Double(t.won.count) / Double(resolved),
                medianCycleWeeks: median, cycleSample: cycles.count, dealSizeCV: mean.flatMap { spread(t.won, mean: $0) },
                openPipeline: t.open, otherTypes: t.otherTypes, wonByMonth: t.dated > 0 ? t.byMonth : nil)
        }
        return .success(Report(conventions: conventions, mapping: mapping, rows: rows.count - 1, skipped: skipped, histories: histories))
    }

    /// Standard deviation over mean of the amounts (nil under two, or a mean of zero).
    static func spread(_ amounts: [Double], mean: Double) -> Double? {
        guard amounts.count >= 2, mean > 0 else { return nil }
        let variance = amounts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(amounts.count - 1)
        return variance.squareRoot() / mean
    }

    /// Won, lost or still open, from a stage or status, or Salesforce's Won and Closed flags.
    static func outcome(_ stage: String?, won: String?, closed: String?) -> Outcome? {
        func yes(_ s: String) -> Bool { ["1", "true", "yes", "y"].contains(s.lowercased()) }
        if let won, let closed {
            return yes(closed) ? (yes(won) ? .won : .lost) : .open
        }
        guard let stage = stage?.lowercased() else { return nil }
        if stage.contains("won") { return .won }
        if stage.contains("lost") || stage.contains("closed") || stage.contains("dead") { return .lost }
        return .open
    }

    /// "$32,000.00", "27,400", "18 000", "EUR 9000", and with a decimal comma "32.000,00 €": spaces between digits
    /// are thousands separators.
    static func amount(_ text: String, _ mark: Conventions.DecimalMark = .point) -> Double? {
        var cleaned = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if c == " " || c == "\u{00A0}" || c == "\u{202F}", i > 0, i + 1 < chars.count, chars[i - 1].isNumber, chars[i + 1].isNumber {
                continue
            }
            if mark == .comma, c == "." { continue }
            cleaned.append(mark == .comma && c == "," ? "." : c)
        }
        return try? Understand.money(cleaned, allowZero: true).get().value
    }

    /// ISO with or without a time, numbers in the file's order, month names.
    static func date(_ text: String, _ order: Conventions.DateOrder = .monthFirst, today: Day) -> Day? {
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        if let d = Day(iso: datePart) { return d }
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).compactMap { Int($0) }
        if parts.count == 3, parts[2] > 31 {
            let (month, day) = order == .dayFirst ? (parts[1], parts[0]) : (parts[0], parts[1])
            return Day(year: parts[2], month: month, day: day).flatMap { $0.isPlausible ? $0 : nil }
        }
        return try? Understand.date(text, today: today).get().value
    }
}
