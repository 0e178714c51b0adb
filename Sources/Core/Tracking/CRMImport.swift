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

    enum CodingKeys: String, CodingKey {
        case rep, won, lost, open
        case averageDeal = "average_deal", closeRate = "close_rate"
        case medianCycleWeeks = "median_cycle_weeks", cycleSample = "cycle_sample"
    }
}

/// Reads an opportunities report exported from Salesforce, HubSpot or Pipedrive (and their look-alikes).
public enum CRMImport {
    /// What each column is for, with the header names the common CRMs export.
    public enum Role: String, CaseIterable, Sendable {
        case stage, won, closed, amount, created, close, wonTime = "won_time", lostTime = "lost_time", owner

        public var headers: [String] {
            switch self {
            case .stage: return ["stage", "deal stage", "status", "deal - status", "opportunity stage", "deal status"]
            case .won: return ["won", "is won"]
            case .closed: return ["closed", "is closed"]
            case .amount: return ["amount", "amount (converted)", "deal value", "value", "deal - value", "amount in company currency", "total contract value"]
            case .created: return ["created date", "create date", "deal created", "deal - deal created", "add time", "deal - add time", "created"]
            case .close: return ["close date", "closed date", "deal - close date", "close time", "closed won date"]
            case .wonTime: return ["won time", "deal - won time"]
            case .lostTime: return ["lost time", "deal - lost time"]
            case .owner: return ["opportunity owner", "deal owner", "owner", "deal - owner", "owner name", "sales rep", "assigned to"]
            }
        }
    }

    /// What could not be read, in terms the shell can put in words.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case noColumn(Role, looked: [String])
    }

    public struct Result: Equatable, Sendable {
        /// How the file writes figures and dates.
        public var conventions = Conventions()
        /// The header used for each role.
        public var mapping: [(role: Role, header: String)]
        public var rows: Int
        /// Rows left out, by line, because a needed cell could not be read.
        public var skipped: [Int]
        public var histories: [RepHistory]

        public static func == (a: Result, b: Result) -> Bool {
            a.rows == b.rows && a.skipped == b.skipped && a.histories == b.histories
                && a.mapping.map(\.role) == b.mapping.map(\.role) && a.mapping.map(\.header) == b.mapping.map(\.header)
        }
    }

    enum Outcome { case won, lost, open }

    public static func read(_ text: String, today: Day) -> Swift.Result<Result, Problem> {
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

        struct Tally { var won: [Double] = [], lost = 0, open = 0, cycles: [Double] = [] }
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
            switch outcome {
            case .open: tally.open += 1
            case .lost: tally.lost += 1
            case .won:
                guard let amount = cell(.amount).flatMap({ Self.amount($0, conventions.decimal) }) else {
                    skipped.append(offset + 2)
                    continue
                }
                tally.won.append(amount)
                let closedOn = (cell(.close) ?? cell(.wonTime)).flatMap { Self.date($0, conventions.dates, today: today) }
                if let created = cell(.created).flatMap({ Self.date($0, conventions.dates, today: today) }), let closedOn, closedOn >= created {
                    tally.cycles.append(Double(created.days(to: closedOn)) / 7)
                }
            }
            tallies[owner] = tally
        }
        let histories = order.map { owner -> RepHistory in
            let t = tallies[owner] ?? Tally()
            let resolved = t.won.count + t.lost
            let cycles = t.cycles.sorted()
            let median = cycles.isEmpty ? nil : cycles.count % 2 == 1
                ? cycles[cycles.count / 2] : (cycles[cycles.count / 2 - 1] + cycles[cycles.count / 2]) / 2
            return RepHistory(
                rep: owner, won: t.won.count, lost: t.lost, open: t.open,
                averageDeal: t.won.isEmpty ? nil : t.won.reduce(0, +) / Double(t.won.count),
                closeRate: resolved == 0 ? nil : Double(t.won.count) / Double(resolved),
                medianCycleWeeks: median, cycleSample: cycles.count)
        }
        return .success(Result(conventions: conventions, mapping: mapping, rows: rows.count - 1, skipped: skipped, histories: histories))
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
            if c == " " || c == "\u{00A0}" || c == "\u{202F}", i > 0, i + 1 < chars.count, chars[i - 1].isNumber, chars[i + 1].isNumber { continue }
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
