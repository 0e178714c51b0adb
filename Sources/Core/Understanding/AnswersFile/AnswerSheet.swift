import Foundation
import Planner

/// Turns an answers file (the contract's keys) into planner inputs, collecting every problem at once.
public enum AnswerSheet {
    public static let keys = [
        "rep", "manager", "profile", "period", "as_of", "goal", "income_goal", "base_salary", "commission_rate",
        "closed_to_date", "deal_size", "close_rate", "meeting_to_opportunity", "sales_cycle_weeks", "weeks_off",
        "open_opportunities", "working_days", "channels", "time_blocks", "stretch",
        "open_pipeline", "deal_size_range", "prospecting_hours", "meeting_minutes", "last_period", "seasonality",
    ]
    public static let channelKeys = ["name", "attempts_per_meeting", "meeting_rate", "share", "minutes_per_attempt"]
    public static let periodKeys = ["start", "end"]

    /// Reads the answers; `today` is the default `as_of`, `asOf` (from the command line) overrides the file's.
    public static func inputs(from source: String, today: Day, asOf override: Day? = nil) -> Result<PlanInputs, AnswerProblems> {
        do {
            return inputs(from: try AnswerTree.parse(source), today: today, asOf: override)
        } catch {
            return .failure(AnswerProblems([error]))
        }
    }

    public static func inputs(from tree: AnswerTree, today: Day, asOf override: Day? = nil) -> Result<PlanInputs, AnswerProblems> {
        guard case .mapping(let pairs) = tree else {
            return .failure(AnswerProblems([AnswerProblem(key: "", given: tree.quoted, issue: .notAMapping)]))
        }
        var reader = KeyReader(pairs: pairs, known: keys, joinedLists: ["time_blocks"])
        return reader.read(today: today, asOf: override)
    }

    /// The nearest known key, for "did you mean" on a typo.
    public static func suggestion(for key: String, among known: [String]) -> String? {
        let normalized = key.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        let scored = known.map { ($0, editDistance(normalized, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, best.count / 3) else { return nil }
        return best
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The plan's answers, read from the answers file's top-level mapping.
extension KeyReader {
    mutating func read(today: Day, asOf override: Day?) -> Result<PlanInputs, AnswerProblems> {
        let rep = read("rep", required: true, Understand.name)
        let manager = read("manager", Understand.name)
        let profile = read("profile", Understand.profile)
        let fileAsOf = read("as_of", default: today) { Understand.date($0, today: today) }
        let asOf = override ?? fileAsOf ?? today
        let period = readPeriod(asOf: asOf)
        let goal = readGoal()
        let closed = read("closed_to_date", default: 0.0) { Understand.money($0, allowZero: true) }
        let dealSize = read("deal_size", required: true) { Understand.money($0) }
        let closeRate = read("close_rate", required: true, Understand.rate)
        let meetingRate = read("meeting_to_opportunity", required: true, Understand.rate)
        let cycle = read("sales_cycle_weeks", default: 0.0, Understand.calendarWeeks)
        let workingDays = read("working_days", default: 5, Understand.workingDays)
        let off = readWeeksOff(asOf: asOf, period: period, workingDays: workingDays ?? 5)
        let open = read("open_opportunities", default: 0, Understand.count)
        let channels = readChannels()
        let blocks = read("time_blocks", default: [TimeBlock](), Understand.timeBlocks)
        // "stretch: 115%": an over-achiever's goal raised over the one given, once (never on top of another stretch).
        let stretch = read("stretch", Understand.raise)
        let pipeline = readOpenPipeline(today: asOf)
        let spread = readDealSizeSpread(dealSize: dealSize)
        checkRange(dealSize: dealSize)
        let hours = read("prospecting_hours") { Understand.hoursAWeek($0, workingDays: workingDays ?? 5) }
        let meetingMinutes = read("meeting_minutes", Understand.minutes)
        let lastPeriod = read("last_period", Understand.yesNo)
        var season: Seasonality?
        if let tree = values["seasonality"], tree != .null {
            switch Understand.seasonality(tree, source: .given) {
            case .success(let s): season = s
            case .failure(let problem): problems.append(problem)
            }
        }

        if let period, period.end < asOf {
            problems.append(AnswerProblem(key: "as_of", given: asOf.description, issue: .asOfAfterPeriod(end: period.end)))
        }
        guard problems.isEmpty, let rep, let period, let goal, let closed, let dealSize, let closeRate,
            let meetingRate, let cycle, let workingDays, let off, let open, let channels, let blocks, let pipeline
        else { return .failure(AnswerProblems(problems)) }
        var goalValue = goal.goal
        if let stretch, stretch != 1 {
            goalValue = (goal.goal * stretch).rounded()
            assumptions.removeAll { $0.key == "goal" }
            assumptions.append(
                Assumption(key: "goal", source: .given, said: "stretch \(Int((stretch * 100).rounded()))% of \(Int(goal.goal))"))
        }
        var inputs = PlanInputs(
            rep: rep, manager: manager, profile: profile, period: period, asOf: asOf, goal: goalValue,
            incomeRoute: goal.route, closedToDate: closed, dealSize: dealSize, closeRate: closeRate,
            meetingToOpportunity: meetingRate, salesCycleWeeks: cycle,
            weeksOff: off.weeks(workingDaysPerWeek: workingDays), openOpportunities: open,
            workingDays: workingDays, channels: channels, assumptions: assumptions, timeBlocks: blocks
        ).with(datesOff: off.dates)
        // Listed opportunities are the open ones; a larger count keeps the rest as closing at the close rate.
        inputs.openPipeline = pipeline
        inputs.openOpportunities = max(open, pipeline.count)
        if let spread {
            inputs.evidence.dealSizeCV = spread
            inputs.evidence.dealSizeCVFrom = .range
        }
        inputs.prospectingHours = hours
        if let meetingMinutes { inputs.meetingMinutes = meetingMinutes }
        inputs.lastPeriod = lastPeriod ?? false
        inputs.seasonality = season
        return .success(inputs)
    }

    mutating func readPeriod(asOf: Day) -> Period? {
        guard case .mapping(let pairs) = values["period"] else {
            return read("period", required: true) { Understand.period($0, asOf: asOf) }
        }
        var start: Day?, end: Day?
        for (key, value) in pairs {
            guard AnswerSheet.periodKeys.contains(key) else {
                problems.append(
                    AnswerProblem(
                        key: "period.\(key)", given: value.quoted,
                        issue: .unknownKey(suggestion: AnswerSheet.suggestion(for: key, among: AnswerSheet.periodKeys))))
                continue
            }
            switch Understand.date(value.quoted, today: asOf) {
            case .success(let d): if key == "start" { start = d.value } else { end = d.value }
            case .failure(let why):
                problems.append(AnswerProblem(key: "period.\(key)", given: value.quoted, issue: .misunderstood(why)))
            }
        }
        for key in AnswerSheet.periodKeys where !pairs.contains(where: { $0.key == key }) {
            problems.append(AnswerProblem(key: "period.\(key)", issue: .missing))
        }
        guard let start, let end else { return nil }
        guard start <= end else {
            problems.append(
                AnswerProblem(
                    key: "period", given: values["period"]?.quoted,
                    issue: .misunderstood(.periodBackwards(start: start, end: end))))
            return nil
        }
        assumptions.append(Assumption(key: "period", source: .given, said: "\(start) to \(end)"))
        return Period(start: start, end: end)
    }

    /// `goal`, or the income route that works it out.
    mutating func readGoal() -> (goal: Double, route: IncomeRoute?)? {
        let routeKeys = ["income_goal", "base_salary", "commission_rate"]
        let saysRoute = routeKeys.contains { values[$0] != nil }
        if values["goal"] != nil, values["income_goal"] != nil {
            problems.append(AnswerProblem(key: "goal", given: values["goal"]?.quoted, issue: .goalTwice))
            return nil
        }
        guard saysRoute, values["goal"] == nil else {
            return read("goal", required: true) { Understand.money($0) }.map { ($0, nil) }
        }
        let income = read("income_goal") { Understand.money($0) }
        let base = read("base_salary", default: 0.0) { Understand.money($0, allowZero: true) }
        let commission = read("commission_rate", Understand.rate)
        for key in ["income_goal", "commission_rate"] where values[key] == nil {
            problems.append(AnswerProblem(key: key, issue: .incomeRouteIncomplete(missing: key)))
        }
        guard let income, let base, let commission else { return nil }
        guard income > base else {
            problems.append(AnswerProblem(key: "income_goal", given: values["income_goal"]?.quoted, issue: .incomeNotAboveBase))
            return nil
        }
        let route = IncomeRoute(incomeGoal: income, baseSalary: base, commissionRate: commission)
        assumptions.append(Assumption(key: "goal", source: .derived))
        return (route.revenueGoal, route)
    }

    mutating func readChannels() -> [Channel]? {
        guard let tree = values["channels"], tree != .null else {
            assumptions.append(Assumption(key: "channels", source: .defaulted))
            return []
        }
        guard case .list(let items) = tree else {
            problems.append(AnswerProblem(key: "channels", given: tree.quoted, issue: .notAList))
            return nil
        }
        let before = problems.count
        var drafts: [(name: String, attempts: Double, share: Double?, minutes: Double?)] = []
        for (index, item) in items.enumerated() {
            guard case .mapping(let pairs) = item else {
                problems.append(AnswerProblem(key: "channels[\(index + 1)]", given: item.quoted, issue: .notAMapping))
                continue
            }
            var channel = KeyReader(pairs: pairs, known: AnswerSheet.channelKeys, path: "channels[\(index + 1)].")
            let name = channel.read("name", required: true, Understand.name)
            var attempts: Double?
            if channel.values["attempts_per_meeting"] != nil, channel.values["meeting_rate"] != nil {
                channel.problem("attempts_per_meeting", .attemptsTwice)
            } else if channel.values["meeting_rate"] != nil {
                attempts = channel.read("meeting_rate", Understand.meetingRate)
            } else {
                attempts = channel.read("attempts_per_meeting", required: true, Understand.attemptsPerMeeting)
            }
            let share = channel.read("share", Understand.rate)
            let minutes = channel.read("minutes_per_attempt", Understand.minutes)
            problems += channel.problems
            if let name, drafts.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                problems.append(AnswerProblem(key: channel.path + "name", given: name, issue: .duplicateChannel(name)))
            }
            if let name, let attempts { drafts.append((name, attempts, share, minutes)) }
        }
        guard problems.count == before else { return nil }
        guard let shares = Shares.settle(drafts.map(\.share)) else {
            let given = drafts.compactMap(\.share).reduce(0, +)
            problems.append(AnswerProblem(key: "channels", given: nil, issue: .sharesDoNotAddUp(given)))
            return nil
        }
        assumptions.append(Assumption(key: "channels", source: .given))
        return zip(drafts, shares).map { draft, share in
            Channel(name: draft.name, attemptsPerMeeting: draft.attempts, share: share, minutesPerAttempt: draft.minutes)
        }
    }
}
