import Planner

/// Finds the periods said in a line, each with the tokens it took: "Q3 2027", "the back half of 2027", "next 12
/// weeks", "from Jan 4th to March 31st", "between now and June 30th", "12 weeks starting Jan 11th", "this quarter".
struct PeriodSpans {
    let line: Line
    let asOf: Day
    let calendar: CalendarWords
    /// A period is what is asked: a month said on its own is one.
    let periodAsked: Bool

    init(line: Line, asOf: Day, periodAsked: Bool = true) {
        self.line = line
        self.asOf = asOf
        self.periodAsked = periodAsked
        calendar = CalendarWords(line: line, asOf: asOf)
    }

    struct Found: Equatable {
        var period: Period
        var tokens: Range<Int>
    }

    /// Every period in the line, left to right, none overlapping; `skip` marks tokens already spoken for.
    func all(skipping skip: [Bool]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < line.count {
            if !skip[i], let f = longest(at: i), !f.tokens.contains(where: { skip[$0] }), f.period.start <= f.period.end {
                found.append(f)
                i = f.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest period starting at `i`.
    func longest(at i: Int) -> Found? {
        let candidates = [
            fromNow(i), dateSpan(i), monthSpan(i), byTheEnd(i), startingOn(i), nextSpan(i), restOf(i),
            relative(i), quarterSpan(i), quarter(i), half(i), wholeYear(i), year(i), loneMonth(i),
        ]
        return candidates.compactMap { $0 }.max { $0.tokens.count < $1.tokens.count }
    }

    // MARK: Helpers

    static let connectors: Set<String> = ["to", "through", "thru", "till", "til", "until", "and", "-"]

    func connector(at i: Int) -> Bool {
        line.isWord(i, Self.connectors) || line.tokens[safe: i]?.isSymbol("-", Line.dash) == true
    }

    /// "from", "between" before a span: taken with it.
    func lead(_ i: Int) -> Int {
        line.isWord(i - 1, ["from", "between"]) ? i - 1 : i
    }

    func upcoming(_ make: (Int) -> Period) -> Period {
        let this = make(asOf.year)
        return this.end < asOf ? make(asOf.year + 1) : this
    }

    /// A year said right after `i` ("of 2027", "2027", "'27", "27", "twenty seven"), with where it ends.
    func trailingYear(_ i: Int) -> CalendarWords.Year? {
        if let y = calendar.year(at: i) { return y }
        // "Q3 FY27", "H1 calendar 2027".
        if line.isWord(i, ["fy", "cy", "calendar", "fiscal"]),
            let y = calendar.year(at: i + 1) ?? (line.isWord(i + 1, ["year"]) ? calendar.year(at: i + 2) : nil)
        {
            return CalendarWords.Year(year: y.year, tokens: i..<y.tokens.upperBound, marked: true)
        }
        if line.isWord(i, ["of", "in"]), let y = calendar.year(at: i + 1) { return y }
        // "first half of 27": two digits after "of", near this year.
        if line.isWord(i, ["of"]), case .number(let n, let digits)? = line.tokens[safe: i + 1], digits.count == 2, n == n.rounded(),
            (asOf.year - 1...asOf.year + 10).contains(2000 + Int(n)), !isCounted(i + 2)
        {
            return CalendarWords.Year(year: 2000 + Int(n), tokens: i..<(i + 2), marked: true)
        }
        // "the last quarter of the year", "second half of this year": this year.
        if line.isWord(i, ["of"]), line.isWord(i + 1, ["the", "this"]), line.isWord(i + 2, ["year", "yr"]) {
            return CalendarWords.Year(year: asOf.year, tokens: i..<(i + 3), marked: true)
        }
        if line.tokens[safe: i]?.isSymbol("'") == true, let y = calendar.year(at: i + 1) {
            return CalendarWords.Year(year: y.year, tokens: i..<y.tokens.upperBound, marked: true)
        }
        // "Q2 27", "h2 27:", "q1 twenty seven": two digits near this year, with nothing after them to count.
        if case .number(let n, let digits)? = line.tokens[safe: i], digits.count == 2, n == n.rounded(),
            (asOf.year - 1...asOf.year + 10).contains(2000 + Int(n)), !isCounted(i + 1)
        {
            return CalendarWords.Year(year: 2000 + Int(n), tokens: i..<(i + 1), marked: true)
        }
        if let (n, end) = calendar.smallSpelledNumber(at: i), (asOf.year - 1...asOf.year + 10).contains(2000 + n), n >= 20,
            !isCounted(end)
        {
            return CalendarWords.Year(year: 2000 + n, tokens: i..<end, marked: true)
        }
        return nil
    }

    /// Whether the word at `i` makes the figure before it a count or an amount: "27 opps", "30k", "40%".
    func isCounted(_ i: Int) -> Bool {
        if line.tokens[safe: i]?.isSymbol("%", "$") == true { return true }
        guard let w = line.word(i) else { return false }
        return NumberWords.scales[w] != nil || FigureSpans.nouns[w] != nil || FigureSpans.timeUnits[w] != nil
            || FigureSpans.countAdjectives.contains(w) || ["percent", "pct", "dollars", "bucks", "grand"].contains(w)
    }

    // MARK: Spans between two points

    /// "between now and June 30th", "from now until Sept 30", "now through March", "from today until the end of Q2".
    func fromNow(_ i: Int) -> Found? {
        var j = i
        if line.isWord(j, ["from", "between"]) { j += 1 }
        guard line.isWord(j, ["now", "today"]), connector(at: j + 1), let (end, stop) = endPoint(at: j + 2) else { return nil }
        return Found(period: Period(start: asOf, end: end), tokens: i..<stop)
    }

    /// Where a span from today ends: "June 30th", "March", "the end of September", "the end of Q2", "the end of the year".
    func endPoint(at start: Int) -> (Day, Int)? {
        var j = start
        var said = false
        if line.isWord(j, ["the"]) { j += 1 }
        if line.isWord(j, ["end"]) {
            j += 1
            guard line.isWord(j, ["of"]) else { return nil }
            j += 1
            said = true
        }
        if line.isWord(j, ["the", "this"]) { j += 1 }
        if let d = calendar.date(at: j) { return (d.day, d.tokens.upperBound) }
        if let m = calendar.month(at: j) {
            let y = m.year ?? (m.month < asOf.month ? asOf.year + 1 : asOf.year)
            return (CalendarMath.months(y, from: m.month, through: m.month).end, m.tokens.upperBound)
        }
        if let q = quarter(j) ?? half(j) { return (q.period.end, q.tokens.upperBound) }
        switch line.word(j) {
        case "quarter", "qtr": return (CalendarMath.quarterOf(asOf).end, j + 1)
        case "month": return (CalendarMath.months(asOf.year, from: asOf.month, through: asOf.month).end, j + 1)
        case "year", "yr", "fy": return (CalendarMath.day(asOf.year, 12, 31), j + 1)
        default: break
        }
        // "through 2027" is the year itself; "through the end of 2027" runs from today.
        if said, let y = calendar.year(at: j) { return (CalendarMath.day(y.year, 12, 31), y.tokens.upperBound) }
        return nil
    }

    /// "9–20 August", "the 5th to the 9th of April": two days, the month said once, after both.
    func daysThenMonth(_ i: Int) -> Found? {
        var j = i
        if line.isWord(j, ["the"]) { j += 1 }
        guard let (a, aEnd) = calendar.dayOfMonth(at: j), calendar.dateAtDay(aEnd) == nil, connector(at: aEnd) else { return nil }
        var k = aEnd + 1
        if line.isWord(k, ["the"]) { k += 1 }
        guard let second = calendar.dayThenMonth(at: k), a <= second.day.parts.day else { return nil }
        // "the 2nd and 3rd of September" is two days; "the 2nd and 5th" is not a span.
        if line.isWord(aEnd, ["and", "&"]), second.day.parts.day != a + 1 { return nil }
        let start = CalendarMath.day(second.day.year, second.day.month, a)
        return Found(period: Period(start: start, end: second.day), tokens: lead(i)..<second.tokens.upperBound)
    }

    /// "Jan 4th to March 31st", "Feb 15th through Aug 15th", "April 1st to September 30th 2027", "Dec 20th–31st".
    func dateSpan(_ i: Int) -> Found? {
        if let days = daysThenMonth(i) { return days }
        guard let first = calendar.date(at: i), connector(at: first.tokens.upperBound) else { return nil }
        var k = first.tokens.upperBound + 1
        if line.isWord(k, ["the"]), calendar.isOrdinalDay(at: k + 1) { k += 1 }
        var second: CalendarWords.Dated?
        if let d = calendar.date(at: k) {
            second = d
        } else if (calendar.isOrdinalDay(at: k) && !line.isWord(first.tokens.upperBound, ["and"]))
            || line.tokens[safe: first.tokens.upperBound]?.isSymbol("-") == true,
            let (d, end) = calendar.dayOfMonth(at: k), line.word(end).flatMap({ Understand.monthNames[$0] }) == nil,
            let day = Day(
                year: first.day.year, month: first.day.month, day: min(d, Day.length(ofMonth: first.day.month, in: first.day.year)))
        {
            second = CalendarWords.Dated(day: day, tokens: k..<end)
        } else if line.isWord(k, ["end"]) || (line.isWord(k, ["the"]) && line.isWord(k + 1, ["end"])), let (day, stop) = endPoint(at: k) {
            // "Jan 4th to the end of June".
            second = CalendarWords.Dated(day: day, tokens: k..<stop)
        }
        guard var end = second else { return nil }
        var start = first.day
        // A year said once, at the end, is both ends' year.
        if let y = calendar.year(at: end.tokens.upperBound) {
            end.tokens = end.tokens.lowerBound..<y.tokens.upperBound
            end.day = CalendarMath.day(y.year, end.day.month, end.day.parts.day)
            if !first.yearSaid { start = CalendarMath.day(start.month > end.day.month ? y.year - 1 : y.year, start.month, start.parts.day) }
        }
        if end.day < start { end.day = CalendarMath.day(end.day.year + 1, end.day.month, end.day.parts.day) }
        return Found(period: Period(start: start, end: end.day), tokens: lead(i)..<end.tokens.upperBound)
    }

    /// "Jan-Mar 2027", "between April and September", "March through May", "Jul–Dec 2027", "March to the end of June".
    func monthSpan(_ i: Int) -> Found? {
        guard let first = calendar.month(at: i), connector(at: first.tokens.upperBound) else { return nil }
        var k = first.tokens.upperBound + 1
        if line.isWord(k, ["the"]), line.isWord(k + 1, ["end"]) { k += 1 }
        if line.isWord(k, ["end"]), line.isWord(k + 1, ["of"]) { k += 2 }
        guard let second = calendar.month(at: k) else { return nil }
        let endYear = second.year ?? first.year
        func make(_ y: Int) -> Period {
            let startYear = first.year ?? (first.month > second.month ? y - 1 : y)
            return Period(
                start: CalendarMath.day(startYear, first.month, 1),
                end: CalendarMath.day(y, second.month, Day.length(ofMonth: second.month, in: y)))
        }
        return Found(period: endYear.map(make) ?? upcoming(make), tokens: lead(i)..<second.tokens.upperBound)
    }

    /// "by the end of June", "by June 30th", "through the end of the year", "until the end of Q3": from today to then.
    func byTheEnd(_ i: Int) -> Found? {
        guard line.isWord(i, ["by", "through", "thru", "until", "till", "before", "up"]) else { return nil }
        // "up to the end of June", "through to end of March".
        let from = line.isWord(i + 1, ["to", "until", "till"]) && line.isWord(i, ["up", "through", "thru"]) ? i + 2 : i + 1
        guard let (end, stop) = endPoint(at: from) else { return nil }
        return Found(period: Period(start: asOf, end: end), tokens: i..<startingNow(stop))
    }

    /// ", starting now", "from today": said after a span that starts today.
    func startingNow(_ i: Int) -> Int {
        var j = i
        if line.tokens[safe: j]?.isSymbol(",") == true { j += 1 }
        if line.isWord(j, ["starting", "beginning", "from"]), line.isWord(j + 1, ["now", "today"]) { return j + 2 }
        return i
    }

    /// "12 weeks starting Jan 11th", "six months from March 1".
    func startingOn(_ i: Int) -> Found? {
        guard let (length, unit, end) = length(at: i), line.isWord(end, ["starting", "beginning", "from", "commencing"])
        else { return nil }
        var j = end + 1
        if line.isWord(j, ["on"]) { j += 1 }
        let start: Day
        let stop: Int
        if let d = calendar.date(at: j) {
            start = d.day
            stop = d.tokens.upperBound
        } else if line.isWord(j, ["now", "today"]) {
            start = asOf
            stop = j + 1
        } else if let m = calendar.month(at: j) {
            start = CalendarMath.day(m.year ?? (m.month < asOf.month ? asOf.year + 1 : asOf.year), m.month, 1)
            stop = m.tokens.upperBound
        } else {
            return nil
        }
        return Found(period: Period(start: start, end: Self.ending(start, length, unit)), tokens: i..<stop)
    }

    /// "next 12 weeks", "the next six months", "the coming 90 days".
    func nextSpan(_ i: Int) -> Found? {
        var j = i
        if line.isWord(j, ["the"]) { j += 1 }
        guard line.isWord(j, ["next", "coming", "upcoming", "following"]), let (length, unit, end) = length(at: j + 1)
        else { return nil }
        let stop = startingNow(end)
        return Found(period: Period(start: asOf, end: Self.ending(asOf, length, unit)), tokens: i..<stop)
    }

    /// A whole number of days, weeks, months, quarters or years at `i`.
    func length(at i: Int) -> (Int, String, Int)? {
        let units: Set<String> = [
            "day", "days", "week", "weeks", "wk", "wks", "month", "months", "quarter", "quarters",
            "year", "years",
        ]
        guard let q = QuantityScanner.phrase(line.tokens, from: i, units: units), q.value > 0, q.value == q.value.rounded(),
            q.value <= 520, let unit = line.word(q.tokens.upperBound), units.contains(unit)
        else { return nil }
        return (Int(q.value), unit, q.tokens.upperBound + 1)
    }

    static func ending(_ start: Day, _ n: Int, _ unit: String) -> Day {
        let end: Day
        switch unit {
        case "day", "days": end = start.adding(days: n)
        case "week", "weeks", "wk", "wks": end = start.adding(days: 7 * n)
        case "month", "months": end = start.adding(months: n)
        case "quarter", "quarters": end = start.adding(months: 3 * n)
        default: end = start.adding(months: 12 * n)
        }
        return end.adding(days: -1)
    }

    // MARK: Named spans

    /// "rest of the year", "the rest of 2027", "remainder of the quarter".
    func restOf(_ i: Int) -> Found? {
        var j = i
        if line.isWord(j, ["the"]) { j += 1 }
        guard line.isWord(j, ["rest", "remainder", "balance"]), line.isWord(j + 1, ["of"]) else { return nil }
        j += 2
        if line.isWord(j, ["the", "this"]) { j += 1 }
        if let y = calendar.year(at: j) {
            return Found(
                period: Period(start: max(asOf, CalendarMath.day(y.year, 1, 1)), end: CalendarMath.day(y.year, 12, 31)),
                tokens: i..<y.tokens.upperBound)
        }
        // "rest of Q1", "the remainder of H1", "rest of March".
        if let named = quarter(j) ?? half(j) ?? monthSpan(j) ?? loneMonth(j)
            ?? calendar.month(at: j).map({ m in
                Found(period: upcoming { CalendarMath.months($0, from: m.month, through: m.month) }, tokens: m.tokens)
            }), named.period.end >= asOf
        {
            return Found(period: Period(start: max(asOf, named.period.start), end: named.period.end), tokens: i..<named.tokens.upperBound)
        }
        switch line.word(j) {
        case "year", "yr", "fy": return Found(period: Period(start: asOf, end: CalendarMath.day(asOf.year, 12, 31)), tokens: i..<(j + 1))
        case "quarter": return Found(period: Period(start: asOf, end: CalendarMath.quarterOf(asOf).end), tokens: i..<(j + 1))
        case "month":
            return Found(
                period: Period(start: asOf, end: CalendarMath.months(asOf.year, from: asOf.month, through: asOf.month).end),
                tokens: i..<(j + 1))
        default: return nil
        }
    }

    /// "this year", "this quarter's", "next quarter", "next month", "this half", "the current fiscal year".
    func relative(_ i: Int) -> Found? {
        // "for the quarter", "over the half": the one under way.
        let theCurrent =
            line.isWord(i, ["the"]) && line.isWord(i - 1, ["for", "in", "during", "over", "across", "of"])
            && line.isWord(i + 1, ["quarter", "quarter's", "qtr", "month", "month's", "half"])
        guard theCurrent || line.isWord(i, ["this", "current", "next", "coming", "upcoming"]) else { return nil }
        let next = !theCurrent && !line.isWord(i, ["this", "current"])
        var j = i + 1
        if line.isWord(j, ["fiscal", "calendar"]) { j += 1 }
        let period: Period
        switch line.word(j) {
        case "year", "yr", "fy", "year's", "yr's":
            period = CalendarMath.wholeYear(asOf.year + (next ? 1 : 0))
        case "quarter", "quarter's", "qtr":
            let current = CalendarMath.quarterOf(asOf)
            period = next ? CalendarMath.quarterOf(current.end.adding(days: 1)) : current
        case "month", "month's":
            let m = next ? asOf.adding(months: 1) : asOf
            period = CalendarMath.months(m.year, from: m.month, through: m.month)
        case "half", "half's":
            let firstHalf = asOf.month <= 6
            switch (firstHalf, next) {
            case (true, false): period = CalendarMath.months(asOf.year, from: 1, through: 6)
            case (false, false), (true, true): period = CalendarMath.months(asOf.year, from: 7, through: 12)
            case (false, true): period = CalendarMath.months(asOf.year + 1, from: 1, through: 6)
            }
        default:
            return nil
        }
        return Found(period: period, tokens: i..<(j + 1))
    }

    /// "Q3 2027", "Q1", "quarter 2", "the first quarter", "the 4th quarter of 2027". "My first quarter" is no period.
    func quarter(_ i: Int) -> Found? {
        var n: Int?
        var end = i
        if line.isWord(i, ["q", "quarter"]), case .number(let v, let digits)? = line.tokens[safe: i + 1], digits.count == 1 {
            n = Int(v)
            end = i + 2
        } else if case .number(let v, let digits)? = line.tokens[safe: i], digits.count == 1, line.isWord(i + 1, ["st", "nd", "rd", "th"]),
            line.isWord(i + 2, ["quarter"]), !line.isWord(i - 1, ["my", "her", "his", "their", "our", "your"])
        {
            // "3rd quarter 2027".
            n = Int(v)
            end = i + 3
        } else if let w = line.word(i), let o = Understand.ordinals[w], line.isWord(i + 1, ["quarter"]),
            !line.isWord(i - 1, ["my", "her", "his", "their", "our", "your", "other", "a"]),
            !line.isWord(i + 2, ["come", "comes", "coming", "from", "are", "is"]),
            w != "last" || trailingYear(i + 2) != nil
        {
            // "the last quarter come from webinars" is a share; "the last quarter of 2027" is Q4.
            n = o
            end = i + 2
        }
        guard let n, (1...4).contains(n) else { return nil }
        let make = { (y: Int) in CalendarMath.months(y, from: (n - 1) * 3 + 1, through: n * 3) }
        if let y = trailingYear(end) { return Found(period: make(y.year), tokens: i..<y.tokens.upperBound) }
        return Found(period: upcoming(make), tokens: i..<end)
    }

    /// "Q2+Q3 2027", "Q2-Q3", "Q2 and Q3 2027", "Q1 through Q3": from the first quarter's start to the last's end.
    func quarterSpan(_ i: Int) -> Found? {
        guard line.isWord(i, ["q"]), case .number(let a, let da)? = line.tokens[safe: i + 1], da.count == 1 else { return nil }
        let joined =
            line.tokens[safe: i + 2]?.isSymbol("+", "-", "&", "/") == true || line.isWord(i + 2, ["and", "to", "through", "thru", "plus"])
        guard joined, line.isWord(i + 3, ["q"]), case .number(let b, let db)? = line.tokens[safe: i + 4], db.count == 1,
            (1...4).contains(Int(a)), (1...4).contains(Int(b)), a < b
        else { return nil }
        let make = { (y: Int) in CalendarMath.months(y, from: (Int(a) - 1) * 3 + 1, through: Int(b) * 3) }
        if let y = trailingYear(i + 5) { return Found(period: make(y.year), tokens: i..<y.tokens.upperBound) }
        return Found(period: upcoming(make), tokens: i..<(i + 5))
    }

    /// "H1 2027", "H2", "the first half", "second half of 2027", "back half of 2027".
    func half(_ i: Int) -> Found? {
        var n: Int?
        var end = i
        if line.isWord(i, ["h"]), case .number(let v, let digits)? = line.tokens[safe: i + 1], digits.count == 1, v == 1 || v == 2 {
            n = Int(v)
            end = i + 2
        } else if let w = line.word(i), line.isWord(i + 1, ["half"]), !line.isWord(i - 1, ["my", "her", "his", "their", "our"]) {
            n = ["first": 1, "1st": 1, "front": 1, "second": 2, "2nd": 2, "back": 2, "last": 2, "latter": 2][w]
            end = i + 2
        } else if case .number(let v, let digits)? = line.tokens[safe: i], digits.count == 1, v == 1 || v == 2,
            line.isWord(i + 1, ["st", "nd"]), line.isWord(i + 2, ["half"])
        {
            // "2nd half of the year".
            n = Int(v)
            end = i + 3
        }
        guard let n else { return nil }
        let make = { (y: Int) in CalendarMath.months(y, from: n == 1 ? 1 : 7, through: n == 1 ? 6 : 12) }
        if let y = trailingYear(end) { return Found(period: make(y.year), tokens: i..<y.tokens.upperBound) }
        return Found(period: upcoming(make), tokens: i..<end)
    }

    /// "for the year", "the whole year", "the full year", "all year": this year.
    func wholeYear(_ i: Int) -> Found? {
        var j = i
        if line.isWord(j, ["for", "all"]) { j += 1 }
        if line.isWord(j, ["the"]) { j += 1 }
        if line.isWord(j, ["whole", "full", "entire"]) { j += 1 }
        guard j > i, line.isWord(j, ["year", "yr"]) else { return nil }
        // "the year just started" says nothing of a period; "for the year", "the whole year" do.
        let said = line.isWord(i, ["for", "all"]) || line.isWord(j - 1, ["whole", "full", "entire"])
        guard said else { return nil }
        return Found(period: CalendarMath.wholeYear(asOf.year), tokens: i..<(j + 1))
    }

    /// "2027", "FY2027", "calendar 2027", "calendar year 2027", "FY27", "twenty twenty-seven".
    func year(_ i: Int) -> Found? {
        var j = i
        if line.isWord(j, ["calendar", "fiscal"]) { j += 1 }
        if line.isWord(j, ["year", "yr"]), j > i { j += 1 }
        if line.isWord(j, ["fy", "cy"]) { j += 1 }
        if line.tokens[safe: j]?.isSymbol("'") == true { j += 1 }
        guard let y = calendar.year(at: j) else { return nil }
        // A bare four-digit figure far from today is a figure, not a year.
        guard y.marked || j > i || (asOf.year - 1...asOf.year + 10).contains(y.year) else { return nil }
        return Found(period: CalendarMath.wholeYear(y.year), tokens: i..<y.tokens.upperBound)
    }

    /// "for March", "in June 2027", "this May": one month, when something says a month is meant.
    func loneMonth(_ i: Int) -> Found? {
        // "jan target 90k": a month named right before a goal says it is the period.
        let beforeGoal = line.isWord(i + 1, ["target", "quota", "goal", "number", "targets", "quotas"])
        guard
            let m = calendar.month(at: i)
                ?? (beforeGoal
                    ? line.word(i).flatMap({ Understand.monthNames[$0] })
                        .map { CalendarWords.Month(month: $0, year: nil, tokens: i..<(i + 1)) } : nil)
        else { return nil }
        // "the 12th of March" is a day, not the month.
        if line.isWord(i - 1, ["of"]), (max(0, i - 4)..<(i - 1)).contains(where: { calendar.dayOfMonth(at: $0) != nil }) { return nil }
        // "just january", "only March", or the month and nothing else.
        let introduced =
            line.isWord(i - 1, ["for", "in", "during", "of", "just", "only"]) || m.year != nil || beforeGoal
            || line.tokens[safe: m.tokens.upperBound]?.isSymbol(":") == true || (periodAsked && i == 0 && m.tokens.upperBound == line.count)
        guard introduced else { return nil }
        let make = { (y: Int) in CalendarMath.months(y, from: m.month, through: m.month) }
        return Found(period: m.year.map(make) ?? upcoming(make), tokens: i..<m.tokens.upperBound)
    }
}
