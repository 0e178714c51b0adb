import Planner
import Understanding

/// checkins.csv: a header row and one row per rep-week, readable back from what a spreadsheet saved.
public enum CheckInSheet {
    static let leading = ["rep", "week"]
    public static let trailing = WeekField.trailing.map(\.key)
    public static let attemptsSuffix = " attempts"
    public static let meetingsSuffix = " meetings"

    /// Why a row could not be read; names the line and the column.
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var column: String
        public var given: String
        public var why: Misunderstanding?
        /// A row with more filled cells than the header has columns (an unquoted `1,000` splits a cell): how many.
        public var cells: Int? = nil
        /// A row whose rep column names someone other than the rep checked in.
        public var otherRep: Bool = false
    }

    /// The weeks read, and the weeks whose several rows (a row a day) were added up into one, with how many rows.
    public struct Weeks: Equatable, Sendable {
        public var checkIns: [CheckIn]
        public var addedUp: [Day: Int]
    }

    /// The file's text, the weeks in date order, activities in `channels` order then any others met.
    public static func write(rep: String, channels: [String], checkIns: [CheckIn]) -> String {
        var names = channels
        for c in checkIns {
            for a in c.activities where !names.contains(where: { $0.lowercased() == a.name.lowercased() }) {
                names.append(a.name)
            }
        }
        var text = CSV.line(leading + names.flatMap { [$0 + attemptsSuffix, $0 + meetingsSuffix] } + trailing)
        for c in checkIns.sorted(by: { $0.week < $1.week }) {
            var fields = [rep, c.week.description]
            for name in names {
                let a = c.activities.first { $0.name.lowercased() == name.lowercased() }
                fields += [String(a?.attempts ?? 0), String(a?.meetings ?? 0)]
            }
            fields += [
                String(c.meetingsHeld), String(c.opportunitiesCreated), String(c.dealsWon), String(c.dealsLost),
                money(c.revenueClosed), c.note,
            ]
            text += CSV.line(fields)
        }
        return text
    }

    static func money(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    /// Reads the file back; a header names the columns in any order, case and spacing. With `filledOnly`, rows
    /// with no actual filled in (a tracking sheet's weeks still ahead) are left out.
    public static func read(_ text: String, today: Day, filledOnly: Bool = false) -> Result<[CheckIn], Problem> {
        readWeeks(text, today: today, filledOnly: filledOnly).map(\.checkIns)
    }

    /// The same, with the weeks that were given a row a day and added up.
    /// With `rep`, a row whose rep column names someone else is refused, not filed under `rep`.
    public static func readWeeks(_ text: String, today: Day, filledOnly: Bool = false, rep: String? = nil) -> Result<Weeks, Problem> {
        let rows = CSV.parse(text)
        // Header cells as written: a formula guard (`'@LinkedIn messages attempts`) taken off, escapes never kept.
        guard let header = rows.first.map({ $0.map { TerminalText.stripped(CSV.unescaped($0.trimmingSpaces)) } }) else {
            return .success(Weeks(checkIns: [], addedUp: [:]))
        }
        let columns = header.map { $0.trimmingSpaces.lowercased().replacingSpaces }
        func index(_ name: String) -> Int? { columns.firstIndex(of: name) }
        guard let weekColumn = index("week") else {
            return .failure(Problem(line: 1, column: "week", given: header.joined(separator: ","), why: nil))
        }
        var channels: [(name: String, attempts: Int?, meetings: Int?)] = []
        for (i, raw) in header.enumerated() {
            let name = raw.trimmingSpaces
            for (suffix, isAttempts) in [(attemptsSuffix, true), (meetingsSuffix, false)] where name.lowercased().hasSuffix(suffix) {
                let channel = String(name.dropLast(suffix.count)).trimmingSpaces
                guard !channel.isEmpty, !trailing.contains(name.lowercased().replacingSpaces) else { continue }
                if let k = channels.firstIndex(where: { $0.name.lowercased() == channel.lowercased() }) {
                    if isAttempts { channels[k].attempts = i } else { channels[k].meetings = i }
                } else {
                    channels.append((channel, isAttempts ? i : nil, isAttempts ? nil : i))
                }
            }
        }
        var checkIns: [CheckIn] = []
        var addedUp: [Day: Int] = [:]
        for (offset, row) in rows.dropFirst().enumerated() {
            let line = offset + 2
            if row.count > header.count, row[header.count...].contains(where: { !$0.trimmingSpaces.isEmpty }) {
                return .failure(Problem(line: line, column: "", given: row.joined(separator: ","), why: nil, cells: row.count))
            }
            func field(_ i: Int?) -> String { i.flatMap { $0 < row.count ? CSV.unescaped(row[$0]).trimmingSpaces : nil } ?? "" }
            func count(_ i: Int?, _ column: String) -> Result<Int, Problem> {
                let given = field(i)
                if given.isEmpty { return .success(0) }
                // Most cells are plain digits, as this program writes them: no need to understand them.
                if given.utf8.count < 10, given.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(given) { return .success(n) }
                switch Understand.count(given) {
                case .success(let r): return .success(r.value)
                case .failure(let why): return .failure(Problem(line: line, column: column, given: given, why: why))
                }
            }
            if row.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            if filledOnly {
                let actuals = channels.flatMap { [$0.attempts, $0.meetings] } + trailing.map(index)
                if actuals.allSatisfy({ field($0).isEmpty }) { continue }
            }
            // "Mark" or "mark rivera" is Mark Rivera's row; "Other Person" is not.
            if let rep, let repColumn = index("rep"), case let named = field(repColumn), !named.isEmpty,
                !Set(Slug.make(named).split(separator: "-")).isSubset(of: Set(Slug.make(rep).split(separator: "-")))
            {
                return .failure(Problem(line: line, column: "rep", given: named, why: nil, otherRep: true))
            }
            let weekText = field(weekColumn)
            let day: Day
            switch Day(iso: weekText).map({ .success(Reading($0)) }) ?? Understand.date(weekText, today: today) {
            case .success(let reading): day = reading.value
            case .failure(let why): return .failure(Problem(line: line, column: "week", given: weekText, why: why))
            }
            var checkIn = CheckIn(week: CheckIn.weekStart(of: day))
            do throws(Problem) {
                for channel in channels {
                    checkIn.activities.append(
                        .init(
                            name: channel.name, attempts: try count(channel.attempts, channel.name + attemptsSuffix).get(),
                            meetings: try count(channel.meetings, channel.name + meetingsSuffix).get()))
                }
                for result in WeekField.results { checkIn[count: result] = try count(index(result.key), result.key).get() }
            } catch {
                return .failure(error)
            }
            let revenue = field(index(WeekField.revenueClosed.key))
            // Plain figures as this program writes them; anything else (1e308, 0x1p1023) goes through the reader and its limits.
            if revenue.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }), let plain = Double(revenue), plain <= PlanCheck.largestMoney
            {
                checkIn.revenueClosed = plain
            } else if !revenue.isEmpty {
                switch Understand.money(revenue, allowZero: true) {
                case .success(let r): checkIn.revenueClosed = r.value
                case .failure(let why): return .failure(Problem(line: line, column: WeekField.revenueClosed.key, given: revenue, why: why))
                }
            }
            switch Understand.note(field(index(WeekField.note.key))) {
            case .success(let note): checkIn.note = note.value
            case .failure(let why): return .failure(Problem(line: line, column: WeekField.note.key, given: "", why: why))
            }
            // Several rows of one week (a row a day) add up to the week.
            if let k = checkIns.firstIndex(where: { $0.week == checkIn.week }) {
                checkIns[k] = checkIns[k].adding(checkIn)
                addedUp[checkIn.week, default: 1] += 1
            } else {
                checkIns.append(checkIn)
            }
        }
        return .success(Weeks(checkIns: checkIns.sorted { $0.week < $1.week }, addedUp: addedUp))
    }
}

extension String {
    var replacingSpaces: String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: "_")
    }
}
