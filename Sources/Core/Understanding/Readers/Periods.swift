import Planner

/// The goal's period read alone, as the answers file gives it: "2027", "Q3 2027", "Jan-Jun 2027", "next 12 weeks",
/// "rest of the year", two dates. The same grammar as a period heard in conversation; the last one said counts.
extension Understand {
    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "last": 4, "final": 4,
    ]
    public static func period(_ text: String, asOf: Day) -> Result<Reading<Period>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.period)) }
        if let bad = tokens.lazy.compactMap(\.invalidDate).first { return .failure(.noSuchDate(bad)) }
        let dates = tokens.compactMap { token -> Day? in if case .date(let d) = token { d } else { nil } }
        if dates.count == 2, dates[1] < dates[0] { return .failure(.periodBackwards(start: dates[0], end: dates[1])) }
        for (a, b) in zip(tokens, tokens.dropFirst()) where a.isWord("q", "quarter") {
            if let n = b.number, n == n.rounded(), n > 4 || n < 1, n < 100 { return .failure(.noSuchQuarter(Int(n))) }
        }
        let line = Line(text)
        guard let found = PeriodSpans(line: line, asOf: asOf).all(skipping: Array(repeating: false, count: line.count)).last
        else { return .failure(.notUnderstood(.period)) }
        return .success(Reading(found.period))
    }
}

/// Spans of the calendar exact to the day: a year, some months, a quarter; a day clamped to its month.
enum CalendarMath {
    static func wholeYear(_ y: Int) -> Period {
        Period(start: day(y, 1, 1), end: day(y, 12, 31))
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        Day(year: y, month: m, day: min(d, Day.length(ofMonth: m, in: y))) ?? Day(ordinal: 0)
    }

    static func months(_ y: Int, from first: Int, through last: Int) -> Period {
        Period(start: day(y, first, 1), end: day(y, last, Day.length(ofMonth: last, in: y)))
    }

    static func quarterOf(_ day: Day) -> Period {
        let start = day.quarterStart
        return months(start.year, from: start.month, through: start.month + 2)
    }
}
