import Planner
import Prompts
import Understanding

/// Puts refused answers in words: what was given, what is wrong, what is accepted.
public struct ProblemWords: Sendable {
    public let figures: Figures
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        figures = Figures(words: words)
    }

    /// The words' name for a kind of answer; money that may be nought has its own.
    static func kind(_ kind: AnswerKind, zeroAllowed: Bool) -> String {
        kind == .money && zeroAllowed ? "money_or_zero" : kind.rawValue
    }

    /// The kind each answers-file key is read as, for "what is accepted".
    public static func kind(ofKey key: String) -> String {
        // "channels[2].share" is a share, "weeks_off[0].to" a date, "weeks_off[1]" time off.
        let part = key.split(separator: ".").last.map(String.init) ?? key
        let last = part.firstIndex(of: "[").map { String(part[..<$0]) } ?? part
        if let field = WeekField(key: last) { return kind(field.kind, zeroAllowed: true) }
        switch last {
        case "goal", "deal_size", "income_goal": return "money"
        case "closed_to_date", "base_salary": return "money_or_zero"
        case "close_rate", "meeting_to_opportunity", "commission_rate", "share", "meeting_rate": return "rate"
        case "open_opportunities": return "count"
        case "sales_cycle_weeks": return "calendar_weeks"
        case "weeks_off": return "weeks_off"
        case "working_days": return "working_days"
        case "time_blocks": return "time_blocks"
        case "period": return "period"
        case "profile": return "profile"
        case "rep", "manager", "name": return "name"
        case "minutes_per_attempt": return "minutes"
        case "attempts_per_meeting": return "attempts_per_meeting"
        case "as_of", "start", "end", "from", "to": return "date"
        case "prospecting_hours": return "hours"
        case "amount": return "money"
        case "probability": return "rate"
        case "close_date": return "date"
        case "stage": return "stage"
        case "deal_size_range": return "money_range"
        case "meeting_minutes": return "minutes"
        case "last_period": return "yes_no"
        case "seasonality": return "seasonality"
        case "ratios": return "ratios"
        case WeekField.attempts("").key, WeekField.booked("").key: return "count"
        default: return "name"
        }
    }

    /// One line for one problem in an answers file.
    public func line(_ problem: AnswerProblem) -> String {
        let message = self.message(problem)
        if case .unreadable = problem.issue { return message }
        if problem.key.isEmpty { return message }
        guard let given = problem.given else {
            return words.text("problem.line", ["key": Self.printable(problem.key), "message": message])
        }
        return words.text("problem.line_given", ["key": Self.printable(problem.key), "given": Self.printable(given), "message": message])
    }

    /// The message alone, without the key: the interview uses it when a question's answer is refused.
    public func message(_ problem: AnswerProblem) -> String {
        let kind = Self.kind(ofKey: problem.key)
        switch problem.issue {
        case .misunderstood(let why): return refusal(why, kind: kind)
        case .missing: return words.text("problem.missing", ["accepts": accepts(kind)])
        case .unknownKey(let suggestion):
            guard let suggestion else { return words.text("problem.unknown_key") }
            return words.text("problem.unknown_key_suggestion", ["suggestion": suggestion])
        case .goalTwice: return words.text("problem.goal_twice")
        case .incomeRouteIncomplete: return words.text("problem.income_route_incomplete")
        case .incomeNotAboveBase: return words.text("problem.income_not_above_base")
        case .notAList:
            return words.text(
                problem.key.hasPrefix("open_pipeline")
                    ? "problem.not_a_list_pipeline"
                    : problem.key.hasPrefix("seasonality") ? "problem.not_a_list_season" : "problem.not_a_list")
        case .closedStage: return words.text("problem.closed_stage")
        case .closeDatePast(let asOf): return words.text("problem.close_date_past", ["as_of": figures.date(asOf)])
        case .rangeMissesAverage(let average): return words.text("problem.range_misses_average", ["average": figures.money(average)])
        case .notAMapping:
            return problem.key.isEmpty ? words.text("problem.not_a_mapping_top") : words.text("problem.not_a_mapping")
        case .notAValue: return words.text("problem.not_a_value")
        case .sharesDoNotAddUp(let total): return words.text("problem.shares_do_not_add_up", ["given": figures.percent(total)])
        case .duplicateChannel: return words.text("problem.duplicate_channel")
        case .attemptsTwice: return words.text("problem.attempts_twice")
        case .asOfAfterPeriod(let end): return words.text("problem.as_of_after_period", ["end": figures.date(end)])
        case .outsidePeriod(let period): return words.text("problem.outside_period", ["span": figures.span(period.start, period.end)])
        case .noSellingDays: return words.text("problem.no_selling_days")
        case .tooManyNodes(let limit): return words.text("problem.too_many_nodes", ["limit": Figures.grouped(limit)])
        case .unreadable(let line, let detail):
            var values: [String: Any] = ["detail": detail]
            if let line { values["line"] = String(line) }
            return words.text("problem.unreadable", values)
        }
    }

    /// Why an answer of `kind` was refused, in words.
    public func refusal(_ why: Misunderstanding, kind: String) -> String {
        var values: [String: Any] = ["accepts": accepts(kind), "what": words.text("kind.\(kind).what")]
        let key: String
        switch why {
        case .notUnderstood: key = "not_understood"
        case .empty: key = "empty"
        case .negative(_, let v):
            key = "negative"
            values["value"] = Figures.decimal(v, places: 2)
        case .zero: key = "zero"
        case .rateAboveAll(let v):
            key = "rate_above_all"
            values["value"] = figures.percent(v)
        case .outOfNothing: key = "out_of_nothing"
        case .notWhole(_, let v):
            key = "not_whole"
            values["value"] = Figures.decimal(v, places: 2)
        case .daysPerWeek(let v):
            key = "days_per_week"
            values["value"] = Figures.decimal(v, places: 2)
        case .periodBackwards(let start, let end):
            key = "period_backwards"
            values["start"] = figures.date(start)
            values["end"] = figures.date(end)
        case .noSuchDate(let text):
            key = "no_such_date"
            values["value"] = text
        case .yearOutOfRange(let year):
            key = "year_out_of_range"
            values["value"] = String(year)
            values["first"] = String(Day.plausibleYears.lowerBound)
            values["last"] = String(Day.plausibleYears.upperBound)
        case .noSuchQuarter(let n):
            key = "no_such_quarter"
            values["value"] = String(n)
        case .ambiguous(_, let all):
            key = "ambiguous"
            values["values"] = figures.list(all.map { Figures.decimal($0, places: 2) })
        case .tooLarge(_, let v):
            key = "too_large"
            values["value"] = Figures.decimal(v, places: 2)
        case .tooLong(let length):
            key = "too_long"
            values["length"] = Figures.grouped(length)
            values["limit"] = Figures.grouped(Misunderstanding.longestAnswer)
        case .needsPeriod(let per):
            key = "needs_period"
            values["per"] = words.text("span.\(per.rawValue)")
        case .periodOver(let end):
            key = "period_over"
            values["end"] = figures.date(end)
        case .bareSmallAmount(let v):
            key = "bare_small_amount"
            values["value"] = Figures.decimal(v, places: 2)
        }
        return words.text("misunderstood.\(key)", values)
    }

    public func accepts(_ kind: String) -> String {
        words.text("kind.\(kind).accepts")
    }

    /// Control characters, escape sequences and direction overrides are never echoed back raw.
    static func printable(_ text: String) -> String {
        TerminalText.printable(text)
    }
}
