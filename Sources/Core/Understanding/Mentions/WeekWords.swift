import Planner

/// The week a line names, and the tokens that named it: "this week", "last week", "2 weeks ago", "the week
/// before last", "week of Jan 25th", "jan 25", "1/25/2027". A date said without its year is the latest one
/// not more than a week ahead of `asOf`: a check-in is about a week that has happened.
extension CalendarWords {
    struct NamedWeek: Equatable {
        var monday: Day
        var tokens: Range<Int>
    }

    static func monday(_ d: Day) -> Day { d.adding(days: 1 - d.weekday) }

    static let weekWords: Set<String> = ["week", "wk"]
    static let agoWords: Set<String> = ["ago", "back", "earlier", "before"]

    func namedWeek() -> NamedWeek? {
        let thisMonday = Self.monday(asOf)
        for i in line.indices {
            // "same as last week", "more than last week": a comparison, not the week meant.
            if line.isWord(i - 1, ["as", "than", "like"]) { continue }
            guard let w = line.word(i) else {
                if let dated = weekDate(at: i) { return dated }
                continue
            }
            if ["this", "current"].contains(w), line.isWord(i + 1, Self.weekWords) {
                return NamedWeek(monday: thisMonday, tokens: i..<(i + 2))
            }
            if ["last", "previous", "prior", "prev", "lst"].contains(w), line.isWord(i + 1, Self.weekWords) {
                return NamedWeek(monday: thisMonday.adding(days: -7), tokens: i..<(i + 2))
            }
            // "the week before last".
            if Self.weekWords.contains(w), line.isWord(i + 1, ["before"]), line.isWord(i + 2, ["last"]) {
                return NamedWeek(monday: thisMonday.adding(days: -14), tokens: i..<(i + 3))
            }
            // "2 weeks ago", "two weeks back".
            if ["weeks", "week", "wks"].contains(w), line.isWord(i + 1, Self.agoWords), i > 0,
                let q = QuantityScanner.phrase(line.tokens, from: max(0, i - 2), units: []), q.tokens.upperBound == i,
                q.value == q.value.rounded(), q.value >= 1, q.value <= 104
            {
                return NamedWeek(monday: thisMonday.adding(days: -7 * Int(q.value)), tokens: q.tokens.lowerBound..<(i + 2))
            }
            // "week of Jan 25th", "w/c 25 Jan", "the week starting March 8".
            if Self.weekWords.contains(w) || w == "w" {
                var j = i + 1
                while j < min(line.count, i + 4),
                    line.isWord(j, ["of", "starting", "beginning", "commencing", "from", "c"])
                        || line.tokens[j].isSymbol("/")
                {
                    j += 1
                }
                if j > i + 1, let dated = weekDate(at: j) {
                    return NamedWeek(monday: dated.monday, tokens: i..<dated.tokens.upperBound)
                }
            }
            if let dated = weekDate(at: i) { return dated }
        }
        return nil
    }

    /// A date at `i`, as the Monday of its week.
    func weekDate(at i: Int) -> NamedWeek? {
        guard let dated = date(at: i) else { return nil }
        var day = dated.day
        if !dated.yearSaid {
            let (_, month, d) = day.parts
            for year in [asOf.year + 1, asOf.year, asOf.year - 1] {
                guard let candidate = Day(year: year, month: month, day: min(d, Day.length(ofMonth: month, in: year))) else { continue }
                if candidate <= asOf.adding(days: 6) {
                    day = candidate
                    break
                }
            }
        }
        return NamedWeek(monday: Self.monday(day), tokens: dated.tokens)
    }
}
