import Planner

/// The goal's period: "2027", "Q3 2027", "Jan-Jun 2027", "next 12 weeks", "rest of the year", two dates.
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
    static let spanConnectors: Set<String> = ["to", "through", "thru", "till", "until", "and"]

    public static func period(_ text: String, asOf: Day) -> Result<Reading<Period>, Misunderstanding> {
        let t = ordinalsJoined(Lexer.tokens(text))
        if isEmpty(t) { return .failure(.empty(.period)) }
        if let bad = t.lazy.compactMap(\.invalidDate).first { return .failure(.noSuchDate(bad)) }
        let reader = PeriodReader(tokens: t, asOf: asOf)
        guard let found = reader.read() else { return .failure(.notUnderstood(.period)) }
        switch found {
        case .failure(let problem):
            return .failure(problem)
        case .success(let period):
            guard period.start <= period.end else { return .failure(.periodBackwards(start: period.start, end: period.end)) }
            return .success(Reading(period))
        }
    }

    /// "1st" arrives as 1 and "st": put them back together.
    private static func ordinalsJoined(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        for token in tokens {
            if let w = token.word, ["st", "nd", "rd", "th"].contains(w), let last = out.last, let n = last.number, n < 1e6 {
                out[out.count - 1] = .word("\(Int(n))\(w)")
            } else {
                out.append(token)
            }
        }
        return out
    }
}

/// Reads one period out of tokens, trying the most explicit forms first.
struct PeriodReader {
    let tokens: [Token]
    let asOf: Day

    typealias Found = Result<Period, Misunderstanding>

    func read() -> Found? {
        explicitDates() ?? quarter() ?? half() ?? months() ?? relative() ?? year()
    }

    // MARK: Years

    /// Four-digit years ("2027"), and two-digit ones after "FY" or an apostrophe ("FY27", "'27").
    var years: [(index: Int, year: Int)] {
        tokens.enumerated().compactMap { i, token in
            guard case .number(let n, let digits) = token, n == n.rounded(), !digits.contains(".") else { return nil }
            let previous = i > 0 ? tokens[i - 1] : nil
            if digits.count == 4, (1900...2200).contains(Int(n)) { return (i, Int(n)) }
            if digits.count == 2, previous?.isWord("fy") == true || previous?.isSymbol("'") == true {
                return (i, 2000 + Int(n))
            }
            return nil
        }
    }

    var firstYear: Int? { years.first?.year }

    /// The year a span with no year means: this one, unless the span has already ended.
    func upcoming(_ make: (Int) -> Period) -> Period {
        let this = make(asOf.year)
        return this.end < asOf ? make(asOf.year + 1) : this
    }

    func year() -> Found? {
        if let y = firstYear { return .success(Self.wholeYear(y)) }
        return nil
    }

    static func wholeYear(_ y: Int) -> Period {
        Period(start: day(y, 1, 1), end: day(y, 12, 31))
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        Day(year: y, month: m, day: min(d, Day.length(ofMonth: m, in: y))) ?? Day(ordinal: 0)
    }

    static func months(_ y: Int, from first: Int, through last: Int) -> Period {
        Period(start: day(y, first, 1), end: day(y, last, Day.length(ofMonth: last, in: y)))
    }

    // MARK: Dates

    func explicitDates() -> Found? {
        let dates = tokens.compactMap { token -> Day? in
            if case .date(let d) = token { return d }
            return nil
        }
        guard dates.count >= 2 else { return nil }
        return .success(Period(start: dates[0], end: dates[1]))
    }

    // MARK: Quarters and halves

    func quarter() -> Found? {
        // "Q2" outranks "first quarter": "this is my first quarter: Q2 2027" means Q2.
        let numbered = tokens.indices.lazy.compactMap { i -> Int? in
            guard tokens[i].isWord("q", "quarter"), i + 1 < tokens.count,
                  case .number(let n, let digits) = tokens[i + 1], digits.count <= 2 else { return nil }
            return Int(n)
        }.first
        let ordinal = tokens.indices.lazy.compactMap { i -> Int? in
            guard tokens[i].isWord("quarter"), i > 0, let w = tokens[i - 1].word else { return nil }
            return Understand.ordinals[w]
        }.first
        guard let n = numbered ?? ordinal else { return nil }
        guard (1...4).contains(n) else { return .failure(.noSuchQuarter(n)) }
        let make = { (y: Int) in Self.months(y, from: (n - 1) * 3 + 1, through: n * 3) }
        return .success(firstYear.map(make) ?? upcoming(make))
    }

    func half() -> Found? {
        for (i, token) in tokens.enumerated() {
            var number: Int?
            if token.isWord("h"), i + 1 < tokens.count, let n = tokens[i + 1].number, n == 1 || n == 2 {
                number = Int(n)
            } else if token.isWord("half"), i > 0, let w = tokens[i - 1].word {
                number = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "back": 2, "front": 1, "last": 2][w]
            }
            guard let n = number else { continue }
            let make = { (y: Int) in Self.months(y, from: n == 1 ? 1 : 7, through: n == 1 ? 6 : 12) }
            return .success(firstYear.map(make) ?? upcoming(make))
        }
        return nil
    }

    // MARK: Months

    /// A month named with an optional day and year: "Jan", "March 2027", "June 30, 2027".
    struct NamedMonth {
        var index: Int
        var month: Int
        var day: Int?
        var year: Int?
        var end: Int
    }

    var namedMonths: [NamedMonth] {
        var found: [NamedMonth] = []
        var i = 0
        while i < tokens.count {
            guard let w = tokens[i].word, let m = Understand.monthNames[w] else {
                i += 1
                continue
            }
            var named = NamedMonth(index: i, month: m, end: i + 1)
            var j = i + 1
            if j < tokens.count, case .number(let n, let digits) = tokens[j], digits.count <= 2, (1...31).contains(Int(n)) {
                named.day = Int(n)
                j += 1
                if j < tokens.count, tokens[j].isSymbol(",") { j += 1 }
            }
            if j < tokens.count, case .number(let n, let digits) = tokens[j], digits.count == 4 {
                named.year = Int(n)
                j += 1
            }
            named.end = j
            found.append(named)
            i = j
        }
        return found
    }

    func months() -> Found? {
        let named = namedMonths
        guard let first = named.first else { return nil }
        if named.count >= 2 {
            let second = named[1]
            let gap = tokens[first.end..<second.index]
            let joined = gap.allSatisfy { $0.isSymbol("-") || ($0.word.map(Understand.spanConnectors.contains) ?? false) }
            if joined, !gap.isEmpty {
                let endYear = second.year ?? first.year ?? firstYear
                func make(_ y: Int) -> Period {
                    let startYear = first.year ?? (first.month > second.month ? y - 1 : y)
                    return Period(
                        start: Self.day(startYear, first.month, first.day ?? 1),
                        end: Self.day(y, second.month, second.day ?? Day.length(ofMonth: second.month, in: y)))
                }
                return .success(endYear.map(make) ?? upcoming(make))
            }
        }
        let make = { (y: Int) in Self.months(y, from: first.month, through: first.month) }
        return .success((first.year ?? firstYear).map(make) ?? upcoming(make))
    }

    // MARK: Relative to today

    func relative() -> Found? {
        let words = tokens.map { $0.word ?? "" }
        func has(_ w: String) -> Bool { words.contains(w) }
        func follows(_ a: String, _ b: String) -> Bool {
            zip(words, words.dropFirst()).contains { $0 == a && $1 == b }
        }
        if has("rest") || has("remainder") || has("balance") || follows("end", "of") {
            if has("quarter") { return .success(Period(start: asOf, end: Self.quarterOf(asOf).end)) }
            if has("month") { return .success(Period(start: asOf, end: Self.months(asOf.year, from: asOf.month, through: asOf.month).end)) }
            let y = firstYear ?? asOf.year
            return .success(Period(start: max(asOf, Self.day(y, 1, 1)), end: Self.day(y, 12, 31)))
        }
        if let span = nextSpan() { return .success(span) }
        let next = has("next") || has("upcoming") || has("coming") || has("following")
        let this = has("this") || has("current") || has("the")
        guard next || this else { return nil }
        if has("quarter") {
            let current = Self.quarterOf(asOf)
            return .success(next ? Self.quarterOf(current.end.adding(days: 1)) : current)
        }
        if has("month") {
            let m = next ? asOf.adding(months: 1) : asOf
            return .success(Self.months(m.year, from: m.month, through: m.month))
        }
        if has("half") {
            let firstHalf = asOf.month <= 6
            switch (firstHalf, next) {
            case (true, false): return .success(Self.months(asOf.year, from: 1, through: 6))
            case (false, false), (true, true): return .success(Self.months(asOf.year, from: 7, through: 12))
            case (false, true): return .success(Self.months(asOf.year + 1, from: 1, through: 6))
            }
        }
        if has("year") || has("fy") {
            return .success(Self.wholeYear(asOf.year + (next ? 1 : 0)))
        }
        return nil
    }

    /// "next 12 weeks", "the next 6 months", "next 90 days": from today, that long.
    func nextSpan() -> Period? {
        let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years"]
        let found = QuantityScanner.scan(tokens, units: units)
        guard let q = found.first(where: { $0.unit != nil }), !q.negative, q.value > 0, q.value == q.value.rounded(),
              q.value <= 520
        else { return nil }
        let n = Int(q.value)
        let end: Day
        switch q.unit ?? "" {
        case "day", "days": end = asOf.adding(days: n)
        case "week", "weeks": end = asOf.adding(days: 7 * n)
        case "month", "months": end = asOf.adding(months: n)
        case "quarter", "quarters": end = asOf.adding(months: 3 * n)
        default: end = asOf.adding(months: 12 * n)
        }
        return Period(start: asOf, end: end.adding(days: -1))
    }

    static func quarterOf(_ day: Day) -> Period {
        let start = day.quarterStart
        return months(start.year, from: start.month, through: start.month + 2)
    }
}
