import Planner

/// Dates, months and years where they stand in a line: "Jan 4th", "Dec 20th–31st", "in August", "2027", "twenty
/// twenty-seven". Periods and time off are built from these.
struct CalendarWords {
    let line: Line
    let asOf: Day

    /// A date said in the line, and the tokens it took.
    struct Dated: Equatable {
        var day: Day
        var tokens: Range<Int>
        var yearSaid = true
    }

    /// A month said with no day, perhaps with a year.
    struct Month: Equatable {
        var month: Int
        var year: Int?
        var tokens: Range<Int>
    }

    /// A year said in the line: "2027", "FY27", "'27", "twenty twenty-seven".
    struct Year: Equatable {
        var year: Int
        var tokens: Range<Int>
        /// Said as a year beyond doubt: with FY, an apostrophe or in words.
        var marked: Bool
    }

    // MARK: Ordinals

    /// "4th", "4 th", "31st": a day of the month and where it ends.
    func dayOfMonth(at i: Int) -> (day: Int, end: Int)? {
        guard i < line.count, case .number(let n, let digits) = line.tokens[i], digits.count <= 2, !digits.contains("."),
            (1...31).contains(Int(n))
        else { return nil }
        if line.isWord(i + 1, ["st", "nd", "rd", "th"]) { return (Int(n), i + 2) }
        return (Int(n), i + 1)
    }

    /// Whether the token at `i` is a day number said as an ordinal ("31st"), so it can stand without a month.
    func isOrdinalDay(at i: Int) -> Bool {
        guard let d = dayOfMonth(at: i) else { return false }
        return d.end == i + 2
    }

    // MARK: Months

    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "jun", "sat", "sun", "dec"]
    static let monthContext: Set<String> = [
        "in", "of", "for", "during", "until", "till", "til", "through", "thru", "since", "by", "from", "this", "next",
        "early", "mid", "late", "end", "beginning", "start", "between", "to", "and", "mostly", "around", "just", "only",
    ]

    /// The month named at `i`, when the word there is a month and reads as one here ("may" only with a day or after "in").
    func monthName(at i: Int) -> Int? {
        guard let w = line.word(i), let m = Understand.monthNames[w] else { return nil }
        guard Self.ambiguousMonths.contains(w) else { return m }
        if dayOfMonth(at: i + 1) != nil || year(at: i + 1) != nil { return m }
        if line.isWord(i - 1, Self.monthContext) || line.tokens[safe: i - 1]?.isSymbol("-", "(") == true { return m }
        if line.tokens[safe: i + 1]?.isSymbol("-") == true, let next = line.word(i + 2), Understand.monthNames[next] != nil { return m }
        // "March to June", "March through the end of June".
        var k = i + 2
        while line.isWord(k, ["the", "end", "of"]), k < i + 5 { k += 1 }
        if line.isWord(i + 1, ["to", "through", "thru", "till", "until"]), let next = line.word(k), Understand.monthNames[next] != nil {
            return m
        }
        // Capitalised as typed and not first in the line: "out in May".
        if i > 0, line.lexemes[i].raw.first?.isUppercase == true, w != "jan" { return m }
        return nil
    }

    /// A date at `i`: an ISO or US date, a month with a day ("Jan 4th", "June 30, 2027"), or a day with a month
    /// ("26 July", "the 5th of April", "1st April 2027").
    func date(at i: Int) -> Dated? {
        guard i < line.count else { return nil }
        // "Friday April 30th", "Monday, March 8", "Friday the 12th of March": the weekday belongs to the date.
        if let w = line.word(i), Understand.weekdays[w] != nil {
            let next = line.tokens[safe: i + 1]?.isSymbol(",") == true ? i + 2 : i + 1
            if let d = date(at: next) { return Dated(day: d.day, tokens: i..<d.tokens.upperBound, yearSaid: d.yearSaid) }
            return nil
        }
        if case .date(let d) = line.tokens[i] { return Dated(day: d, tokens: i..<(i + 1)) }
        if let slashed = slashedDate(at: i) { return slashed }
        if let dayFirst = dayThenMonth(at: i) { return dayFirst }
        guard let m = monthName(at: i), let (d, end) = dayOfMonth(at: i + 1) else { return nil }
        var j = end
        if line.tokens[safe: j]?.isSymbol(",") == true, year(at: j + 1) != nil { j += 1 }
        let y = year(at: j)
        let yearValue = y?.year ?? upcomingYear(month: m, day: d)
        guard let day = Day(year: yearValue, month: m, day: min(d, Day.length(ofMonth: m, in: yearValue))) else { return nil }
        return Dated(day: day, tokens: i..<(y?.tokens.upperBound ?? end), yearSaid: y != nil)
    }

    /// "15/02", "31/05/27", "2/15": a day and month typed with a slash and no year, or a short one. Day first when the
    /// first can't be a month, month first when the second can't be; "3/4" says neither, and is no date.
    func slashedDate(at i: Int) -> Dated? {
        guard case .number(let a, let da)? = line.tokens[safe: i], da.count <= 2, line.tokens[safe: i + 1]?.isSymbol("/") == true,
            case .number(let b, let db)? = line.tokens[safe: i + 2], db.count <= 2,
            !line.lexemes[i + 1].spaced, !line.lexemes[i + 2].spaced
        else { return nil }
        let (day, month): (Int, Int)
        // "1/20" is as often one in twenty: month first only where a date is plainly meant.
        let dated =
            line.isWord(i - 1, ["on", "from", "since", "by", "until", "till", "til", "before", "after"])
            || line.isWord(i + 3, ["to", "through", "thru", "until", "till"]) || line.tokens[safe: i + 3]?.isSymbol("-", Line.dash) == true
            || (line.isWord(i - 1, ["to", "through", "thru", "until", "till"])
                || line.tokens[safe: i - 1]?.isSymbol("-", Line.dash) == true)
                && slashedBefore(i - 1)
        if a > 12, b >= 1, b <= 12 {
            (day, month) = (Int(a), Int(b))
        } else if b > 12, a >= 1, a <= 12, dated {
            (day, month) = (Int(b), Int(a))
        } else {
            return nil
        }
        guard day <= 31 else { return nil }
        var end = i + 3
        var yearValue = upcomingYear(month: month, day: day)
        var said = false
        if line.tokens[safe: end]?.isSymbol("/") == true, case .number(let y, let dy)? = line.tokens[safe: end + 1],
            dy.count == 2 || dy.count == 4
        {
            yearValue = dy.count == 2 ? 2000 + Int(y) : Int(y)
            end += 2
            said = true
        }
        guard let d = Day(year: yearValue, month: month, day: min(day, Day.length(ofMonth: month, in: yearValue))) else { return nil }
        return Dated(day: d, tokens: i..<end, yearSaid: said)
    }

    /// Whether a slashed date ends just before `i`: "2/15 to 5/31".
    func slashedBefore(_ i: Int) -> Bool {
        i >= 3 && line.tokens[safe: i - 2]?.isSymbol("/") == true && line.tokens[i - 1].number != nil && line.tokens[i - 3].number != nil
    }

    /// Whether a month follows the day number ending at `i`: "9 August" is a date, "9–20 August" is a span.
    func dateAtDay(_ i: Int) -> Int? {
        var k = i
        if line.isWord(k, ["of"]) { k += 1 }
        return line.word(k).flatMap { Understand.monthNames[$0] }
    }

    /// "26 July", "the 5th of April", "1st April 2027": the day first.
    func dayThenMonth(at i: Int) -> Dated? {
        var j = i
        if line.isWord(j, ["the"]) { j += 1 }
        guard let (d, end) = dayOfMonth(at: j) else { return nil }
        var k = end
        if line.isWord(k, ["of"]) { k += 1 }
        // "the 5th" needs its month right there; a bare "26" needs one too, with no hyphen between ("9-20 August").
        guard let w = line.word(k), let m = Understand.monthNames[w] else { return nil }
        guard isOrdinalDay(at: j) || k == end else { return nil }
        var stop = k + 1
        let y = year(at: stop)
        if let y { stop = y.tokens.upperBound }
        let yearValue = y?.year ?? upcomingYear(month: m, day: d)
        guard let day = Day(year: yearValue, month: m, day: min(d, Day.length(ofMonth: m, in: yearValue))) else { return nil }
        return Dated(day: day, tokens: i..<stop, yearSaid: y != nil)
    }

    /// A month with no day at `i`, and the year said after it.
    func month(at i: Int) -> Month? {
        guard let m = monthName(at: i), dayOfMonth(at: i + 1) == nil else { return nil }
        if let y = year(at: i + 1) { return Month(month: m, year: y.year, tokens: i..<y.tokens.upperBound) }
        return Month(month: m, year: nil, tokens: i..<(i + 1))
    }

    /// The year a month and day with no year means: this one, unless that day has passed by more than a month.
    func upcomingYear(month: Int, day: Int) -> Int {
        guard let thisYear = Day(year: asOf.year, month: month, day: min(day, Day.length(ofMonth: month, in: asOf.year)))
        else { return asOf.year }
        return thisYear.adding(days: 31) < asOf ? asOf.year + 1 : asOf.year
    }

    // MARK: Years

    /// A year at `i`: four digits (2000–2100), "FY27", "'27", or "twenty twenty-seven".
    func year(at i: Int) -> Year? {
        guard i < line.count else { return nil }
        if case .number(let n, let digits) = line.tokens[i], !digits.contains("."), !digits.contains("e"),
            !line.lexemes[i].raw.contains(",")
        {
            let previous = line.tokens[safe: i - 1]
            if digits.count == 4, (2000...2100).contains(Int(n)) {
                let marked = previous?.isWord("fy", "cy", "calendar", "fiscal") == true
                return Year(year: Int(n), tokens: i..<(i + 1), marked: marked)
            }
            if digits.count == 2, previous?.isWord("fy", "cy") == true || previous?.isSymbol("'") == true {
                return Year(year: 2000 + Int(n), tokens: i..<(i + 1), marked: true)
            }
            return nil
        }
        return spelledYear(at: i)
    }

    /// "twenty twenty-seven", "twenty twenty seven", "two thousand twenty-seven", "two thousand and twenty seven".
    func spelledYear(at i: Int) -> Year? {
        var j = i
        if line.isWord(i, ["twenty"]) {
            j = i + 1
        } else if line.isWord(i, ["two"]), line.isWord(i + 1, ["thousand"]) {
            j = i + 2
            if line.isWord(j, ["and"]) { j += 1 }
        } else {
            return nil
        }
        // "twenty five deals" is no year: only one near today, said with its own tens ("twenty twenty-seven").
        guard let (value, end) = smallSpelledNumber(at: j), value >= 10,
            (asOf.year - 1...asOf.year + 10).contains(2000 + value)
        else { return nil }
        return Year(year: 2000 + value, tokens: i..<end, marked: true)
    }

    /// One to ninety-nine in words: "seven", "twenty-seven", "twenty seven".
    func smallSpelledNumber(at i: Int) -> (Int, Int)? {
        guard let w = line.word(i) else { return nil }
        if let u = NumberWords.units[w] { return (Int(u), i + 1) }
        guard let t = NumberWords.tens[w] else { return nil }
        var j = i + 1
        if line.tokens[safe: j]?.isSymbol("-") == true { j += 1 }
        if let u = line.word(j).flatMap({ NumberWords.units[$0] }), u > 0, u < 10 { return (Int(t + u), j + 1) }
        return (Int(t), i + 1)
    }
}
