/// "I send like 200 a week and get maybe 3 meetings from it", "50 calls a day gets me 2 meetings a week": how many
/// attempts book a meeting, worked out from how many are made and how many meetings they bring, each over its time.
struct ChannelVolume {
    /// The count of attempts, the count of meetings, the spans of time said with them, and what they make.
    struct Found {
        var attempts: Int
        var meetings: Int
        var spans: [Int]
        var attemptsPerMeeting: Double
    }

    let line: Line
    let mentions: [Mention]

    /// A day is one of five selling days, not a seventh of a week.
    static let sellingDay = 0.2

    /// Weeks in one span named by `word` ("week", "monthly", "qtr", "daily"), as the money spans name them.
    static func weeks(_ word: String) -> Double? {
        if word == "day" || word == "daily" { return sellingDay }
        guard let span = FigureSpans.spans[word] ?? FigureSpans.spanAdverbs[word], let unit = Mention.TimeUnit(rawValue: span.rawValue)
        else { return nil }
        return unit.weeks
    }

    func all() -> [Found] {
        var found: [Found] = []
        for (a, attempts) in mentions.enumerated() {
            guard isAttemptCount(attempts), let made = span(after: attempts.tokens.upperBound) else { continue }
            let sentence = line.sentence(around: attempts.tokens.lowerBound)
            // The meetings they bring, next in the sentence with no other figure between.
            let next = mentions.indices.filter { $0 > a && sentence.contains(mentions[$0].tokens.lowerBound) && $0 != made.mention }
            guard let m = next.first, case .number(let count, _, .meetings?) = mentions[m].kind, count > 0,
                !eachBetween(attempts.tokens.upperBound, mentions[m].tokens.lowerBound),
                case .number(let n, _, _) = attempts.kind
            else { continue }
            let booked = span(after: mentions[m].tokens.upperBound)
            let perWeekMade = n / made.weeks
            let perWeekBooked = count / (booked?.weeks ?? made.weeks)
            found.append(
                Found(
                    attempts: a, meetings: m, spans: [made.mention, booked?.mention].compactMap { $0 },
                    attemptsPerMeeting: perWeekMade / perWeekBooked))
        }
        return found
    }

    func isAttemptCount(_ m: Mention) -> Bool {
        switch m.kind {
        case .number(let n, _, nil), .number(let n, _, .attempts?), .number(let n, _, .people?): return n > 0
        default: return false
        }
    }

    /// "a week", "per day", "every month", "weekly", or a duration read as "a day": its weeks and the mention it is.
    func span(after end: Int) -> (weeks: Double, mention: Int?)? {
        if let k = mentions.firstIndex(where: { $0.tokens.lowerBound == end }), case .duration(1, let unit, nil) = mentions[k].kind {
            switch unit {
            case .day: return (Self.sellingDay, k)
            case .week, .month, .quarter: return (unit.weeks, k)
            default: return nil
            }
        }
        if let w = line.word(end), let weeks = Self.weeks(w) { return (weeks, nil) }
        if line.isWord(end, ["a", "an", "per", "every", "each"]), let w = line.word(end + 1), let weeks = Self.weeks(w) {
            return (weeks, nil)
        }
        return nil
    }

    /// "each gets me 3 meetings": meetings per attempt, not over time.
    func eachBetween(_ from: Int, _ to: Int) -> Bool {
        (from..<to).contains { line.isWord($0, ["each", "every", "per", "apiece"]) }
    }
}
