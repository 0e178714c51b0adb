import Planner
import Understanding

/// Check-in and revisit answers files, read key by key with the interview's readers.
public enum TrackingAnswers {
    public static let checkInKeys = [
        "week", "activities", "meetings_held", "opportunities_created", "deals_won", "deals_lost", "revenue_closed", "note",
    ]
    public static let revisitKeys = ["ratios", "open_opportunities", "prospecting_hours", "time_blocks", "reason", "totals"]
    public static let activityKeys = ["name", "attempts", "meetings"]

    /// A check-in; `week` defaults to the week that just ended.
    public static func checkIn(_ tree: AnswerTree, today: Day, path: String = "") -> Result<CheckIn, AnswerProblems> {
        var problems: [AnswerProblem] = []
        guard case .mapping(let pairs) = tree else {
            return .failure(AnswerProblems([AnswerProblem(key: path, given: tree.quoted, issue: .notAMapping)]))
        }
        let values = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let known = checkInKeys + (path.isEmpty ? [] : ["weeks"])
        for (key, value) in pairs where !known.contains(key) {
            problems.append(AnswerProblem(key: path + key, given: value.quoted,
                                          issue: .unknownKey(suggestion: AnswerSheet.suggestion(for: key, among: known))))
        }
        func text(_ key: String) -> String? {
            if case .text(let s) = values[key] { return s }
            return nil
        }
        func count(_ key: String) -> Int {
            guard let given = text(key) else { return 0 }
            switch Understand.count(given) {
            case .success(let r): return r.value
            case .failure(let why):
                problems.append(AnswerProblem(key: path + key, given: given, issue: .misunderstood(why)))
                return 0
            }
        }
        var week = CheckIn.weekStart(of: today).adding(days: -7)
        if let given = text("week") {
            switch Understand.week(given, today: today) {
            case .success(let r): week = r.value
            case .failure(let why): problems.append(AnswerProblem(key: path + "week", given: given, issue: .misunderstood(why)))
            }
        }
        var checkIn = CheckIn(week: week)
        if case .list(let items) = values["activities"] {
            for (i, item) in items.enumerated() {
                guard case .mapping(let fields) = item else {
                    problems.append(AnswerProblem(key: "\(path)activities[\(i + 1)]", given: item.quoted, issue: .notAMapping))
                    continue
                }
                let sub = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                for (key, value) in fields where !activityKeys.contains(key) {
                    problems.append(AnswerProblem(key: "\(path)activities[\(i + 1)].\(key)", given: value.quoted,
                                                  issue: .unknownKey(suggestion: AnswerSheet.suggestion(for: key, among: activityKeys))))
                }
                guard case .text(let name) = sub["name"], !name.trimmingSpaces.isEmpty else {
                    problems.append(AnswerProblem(key: "\(path)activities[\(i + 1)].name", issue: .missing))
                    continue
                }
                var numbers: [Int] = []
                for key in ["attempts", "meetings"] {
                    guard case .text(let given) = sub[key] else {
                        numbers.append(0)
                        continue
                    }
                    switch Understand.count(given) {
                    case .success(let r): numbers.append(r.value)
                    case .failure(let why):
                        problems.append(AnswerProblem(key: "\(path)activities[\(i + 1)].\(key)", given: given, issue: .misunderstood(why)))
                        numbers.append(0)
                    }
                }
                checkIn.activities.append(.init(name: TerminalText.stripped(name).trimmingSpaces, attempts: numbers[0], meetings: numbers[1]))
            }
        } else if let other = values["activities"], other != .null {
            problems.append(AnswerProblem(key: path + "activities", given: other.quoted, issue: .notAList))
        }
        checkIn.meetingsHeld = count("meetings_held")
        checkIn.opportunitiesCreated = count("opportunities_created")
        checkIn.dealsWon = count("deals_won")
        checkIn.dealsLost = count("deals_lost")
        if let given = text("revenue_closed") {
            switch Understand.money(given, allowZero: true) {
            case .success(let r): checkIn.revenueClosed = r.value
            case .failure(let why): problems.append(AnswerProblem(key: path + "revenue_closed", given: given, issue: .misunderstood(why)))
            }
        }
        checkIn.note = text("note").map { TerminalText.stripped($0).trimmingSpaces } ?? ""
        return problems.isEmpty ? .success(checkIn) : .failure(AnswerProblems(problems))
    }

    /// What a revisit's answers file decides, and totals to date when there are no check-ins.
    public struct RevisitAnswers: Equatable, Sendable {
        public var ratios: Recalibration.Choice = .blended
        public var openOpportunities: Int?
        public var prospectingHours: Double?
        public var timeBlocks: [TimeBlock]?
        public var reason = ""
        /// Totals to date as one block of weeks, for a rep who has not checked in.
        public var totals: [CheckIn] = []

        public init() {}
    }

    public static func revisit(_ tree: AnswerTree, today: Day) -> Result<RevisitAnswers, AnswerProblems> {
        guard case .mapping(let pairs) = tree else {
            return .failure(AnswerProblems([AnswerProblem(key: "", given: tree.quoted, issue: .notAMapping)]))
        }
        var problems: [AnswerProblem] = []
        var answers = RevisitAnswers()
        for (key, value) in pairs {
            guard revisitKeys.contains(key) else {
                problems.append(AnswerProblem(key: key, given: value.quoted,
                                              issue: .unknownKey(suggestion: AnswerSheet.suggestion(for: key, among: revisitKeys))))
                continue
            }
            if key == "totals" {
                switch checkIn(value, today: today, path: "totals.") {
                case .success(let c):
                    var weeks = 1
                    if case .mapping(let fields) = value, let w = fields.first(where: { $0.key == "weeks" })?.value,
                       case .text(let given) = w {
                        switch Understand.count(given) {
                        case .success(let r) where r.value > 0: weeks = r.value
                        case .success: problems.append(AnswerProblem(key: "totals.weeks", given: given, issue: .misunderstood(.zero(.count))))
                        case .failure(let why): problems.append(AnswerProblem(key: "totals.weeks", given: given, issue: .misunderstood(why)))
                        }
                    }
                    answers.totals = Self.spread(c, weeks: weeks)
                case .failure(let p): problems += p.all
                }
                continue
            }
            guard case .text(let given) = value else {
                problems.append(AnswerProblem(key: key, given: value.quoted, issue: .notAValue))
                continue
            }
            switch key {
            case "ratios":
                if let choice = Recalibration.Choice(rawValue: given.trimmingSpaces.lowercased()) {
                    answers.ratios = choice
                } else {
                    problems.append(AnswerProblem(key: key, given: given, issue: .misunderstood(.notUnderstood(.ratios))))
                }
            case "open_opportunities":
                switch Understand.count(given) {
                case .success(let r): answers.openOpportunities = r.value
                case .failure(let why): problems.append(AnswerProblem(key: key, given: given, issue: .misunderstood(why)))
                }
            case "prospecting_hours":
                switch Understand.hours(given) {
                case .success(let r): answers.prospectingHours = r.value
                case .failure(let why): problems.append(AnswerProblem(key: key, given: given, issue: .misunderstood(why)))
                }
            case "time_blocks":
                switch Understand.timeBlocks(given) {
                case .success(let r): answers.timeBlocks = r.value
                case .failure(let why): problems.append(AnswerProblem(key: key, given: given, issue: .misunderstood(why)))
                }
            default:
                answers.reason = TerminalText.stripped(given).trimmingSpaces
            }
        }
        return problems.isEmpty ? .success(answers) : .failure(AnswerProblems(problems))
    }

    /// Totals for several weeks, kept as that many weeks so the weekly targets multiply right.
    public static func spread(_ total: CheckIn, weeks: Int) -> [CheckIn] {
        var first = total
        first.week = total.week.adding(days: -7 * (weeks - 1))
        let empty = (1..<max(1, weeks)).map { i in
            CheckIn(week: first.week.adding(days: 7 * i), activities: total.activities.map { .init(name: $0.name, attempts: 0, meetings: 0) })
        }
        return [first] + empty
    }
}
