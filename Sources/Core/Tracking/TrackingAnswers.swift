import Planner
import Understanding

/// Check-in and revisit answers files, read key by key with the interview's readers.
public enum TrackingAnswers {
    public static let checkInKeys = [WeekField.week.key, "activities"] + WeekField.trailing.map(\.key)
    public static let revisitKeys = ["ratios", "open_opportunities", "prospecting_hours", "time_blocks", "reason", "totals"]
    public static let activityKeys = ["name", WeekField.attempts("").key, WeekField.booked("").key]

    /// A check-in; `week` defaults to the week a check-in made today is for (`CheckIn.weekToCheckIn`).
    public static func checkIn(_ tree: AnswerTree, today: Day, path: String = "") -> Result<CheckIn, AnswerProblems> {
        let known = checkInKeys + (path.isEmpty ? [] : [WeekField.weeks.key])
        var sheet: KeyReader
        switch KeyReader.mapping(tree, known: known, path: path) {
        case .success(let reader): sheet = reader
        case .failure(let problems): return .failure(problems)
        }
        let thisWeek = CheckIn.weekToCheckIn(on: today)
        var checkIn = CheckIn(week: sheet.read(WeekField.week.key, default: thisWeek) { Understand.week($0, today: today) } ?? thisWeek)
        checkIn.activities = activities(&sheet)
        for field in WeekField.results { checkIn[count: field] = sheet.read(field.key, default: 0, Understand.count) ?? 0 }
        checkIn.revenueClosed = sheet.read(WeekField.revenueClosed.key, default: 0) { Understand.money($0, allowZero: true) } ?? 0
        checkIn.note = sheet.read(WeekField.note.key, Understand.note) ?? ""
        return sheet.problems.isEmpty ? .success(checkIn) : .failure(AnswerProblems(sheet.problems))
    }

    /// The week's activities: a list of `{name, attempts, meetings}`.
    static func activities(_ sheet: inout KeyReader) -> [CheckIn.ActivityCount] {
        switch sheet.values["activities"] {
        case .list(let items):
            return items.enumerated().compactMap { i, item in
                let path = "\(sheet.path)activities[\(i + 1)]"
                guard case .mapping(let fields) = item else {
                    sheet.problems.append(AnswerProblem(key: path, given: item.quoted, issue: .notAMapping))
                    return nil
                }
                var activity = KeyReader(pairs: fields, known: activityKeys, path: path + ".")
                let name = activity.read("name", required: true, Understand.name)
                let attempts = activity.read(WeekField.attempts("").key, default: 0, Understand.count) ?? 0
                let meetings = activity.read(WeekField.booked("").key, default: 0, Understand.count) ?? 0
                sheet.problems += activity.problems
                return name.map { CheckIn.ActivityCount(name: $0, attempts: attempts, meetings: meetings) }
            }
        case .none, .null?:
            return []
        case .some(let other):
            sheet.problem("activities", given: other.quoted, .notAList)
            return []
        }
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
        var sheet: KeyReader
        switch KeyReader.mapping(tree, known: revisitKeys, joinedLists: ["time_blocks"]) {
        case .success(let reader): sheet = reader
        case .failure(let problems): return .failure(problems)
        }
        var answers = RevisitAnswers()
        answers.ratios =
            sheet.read("ratios", default: .blended) { given in
                Recalibration.Choice(rawValue: given.trimmingSpaces.lowercased()).map { .success(Reading($0)) }
                    ?? .failure(.notUnderstood(.ratios))
            } ?? .blended
        answers.openOpportunities = sheet.read("open_opportunities", Understand.count)
        answers.prospectingHours = sheet.read("prospecting_hours", Understand.hours)
        answers.timeBlocks = sheet.read("time_blocks", Understand.timeBlocks)
        answers.reason = sheet.read("reason", Understand.note) ?? ""
        if let totals = sheet.values["totals"], totals != .null {
            switch checkIn(totals, today: today, path: "totals.") {
            case .success(let c):
                var weeks = KeyReader(pairs: [], known: [], path: "totals.")
                if case .mapping(let fields) = totals { weeks = KeyReader(pairs: fields, known: checkInKeys + ["weeks"], path: "totals.") }
                // At most the longest period a plan covers: 999,999,999 weeks once took 72 GB.
                let count = weeks.read("weeks", default: 1) { given in
                    Understand.count(given).flatMap { reading in
                        if reading.value <= 0 { return .failure(.zero(.count)) }
                        if reading.value > Self.mostWeeks { return .failure(.tooLarge(.count, Double(reading.value))) }
                        return .success(reading)
                    }
                }
                sheet.problems += weeks.problems
                answers.totals = Self.spread(c, weeks: count ?? 1)
            case .failure(let p): sheet.problems += p.all
            }
        }
        return sheet.problems.isEmpty ? .success(answers) : .failure(AnswerProblems(sheet.problems))
    }

    /// The most weeks totals may be spread over: the longest period a plan covers (ten years, 522 weeks).
    public static let mostWeeks = Int((Planner.longestPeriodMonths * 365.25 / 12 / 7).rounded(.up))

    /// Totals for several weeks, kept as that many weeks so the weekly targets multiply right.
    public static func spread(_ total: CheckIn, weeks: Int) -> [CheckIn] {
        var first = total
        first.week = total.week.adding(days: -7 * (weeks - 1))
        let empty = (1..<max(1, weeks)).map { i in
            CheckIn(
                week: first.week.adding(days: 7 * i), activities: total.activities.map { .init(name: $0.name, attempts: 0, meetings: 0) })
        }
        return [first] + empty
    }
}
