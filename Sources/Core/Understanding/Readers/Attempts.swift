import Planner

/// How many attempts book one first meeting: "40", "40 dials per meeting", "2 meetings per event", "1 in 80".
extension Understand {
    static let meetingWords: Set<String> = [
        "meeting", "meetings", "appointment", "appointments", "appt", "appts", "conversation", "conversations",
        "demo", "demos",
    ]

    /// Read as the interview reads one activity's figures ("40 dials per meeting", "each event gets me 3 meetings",
    /// "one meeting per 20 calls"); a time or share said with it is refused here, where it has keys of its own.
    public static func attemptsPerMeeting(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        let line = Line(text)
        let mentions = MentionReader(line: line, asOf: Day(ordinal: 0), question: nil, period: nil, workingDays: 5).read().mentions
        let told = ChannelTalk(line: line, mentions: mentions, only: "", generic: false).read().drafts.first
        guard let attempts = told?.attemptsPerMeeting else { return plainAttempts(text) }
        if told?.minutesPerAttempt != nil || told?.share != nil {
            let figures = mentions.compactMap { m -> Double? in
                switch m.kind {
                case .number(let v, _, _), .duration(let v, _, _), .money(let v, _): return v
                case .percent(let v, _): return v * 100
                case .ratio(let some, let of, _, _): return of / some
                case .fraction(let v): return v
                default: return nil
                }
            }
            return .failure(.ambiguous(.attemptsPerMeeting, figures))
        }
        guard attempts.isFinite, attempts > 0 else { return plainAttempts(text) }
        if attempts > PlanCheck.largestAttemptsPerMeeting { return .failure(.tooLarge(.attemptsPerMeeting, attempts)) }
        return .success(Reading(attempts))
    }

    /// A meeting rate as the answers file's `meeting_rate` gives it: a share of attempts that book a meeting ("2.5%",
    /// "1 in 40") or, said with meetings, how many attempts one takes ("2 meetings per event" is half an event).
    public static func meetingRate(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        let words = Set(Lexer.tokens(text).compactMap(\.word))
        if !words.isDisjoint(with: meetingWords.union(["per", "each", "every"])) { return attemptsPerMeeting(text) }
        return rate(text).map { Reading(1 / $0.value) }
    }

    /// One figure, bare or with meetings: "40", "2 meetings per event", "1 in 80".
    static func plainAttempts(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.attemptsPerMeeting)) }
        if let ratio = ratio(tokens) {
            // "1 in 80 gets a meeting": 80 attempts a meeting.
            guard ratio.some > 0 else { return .failure(.zero(.attemptsPerMeeting)) }
            guard ratio.of > 0 else { return .failure(.outOfNothing) }
            return .success(Reading(ratio.of / ratio.some))
        }
        let found = QuantityScanner.scan(tokens, units: meetingWords)
        guard let first = found.first else { return .failure(.notUnderstood(.attemptsPerMeeting)) }
        if first.negative { return .failure(.negative(.attemptsPerMeeting, -first.value)) }
        if found.contains(where: \.percent) {
            // "a 5% hit rate": the rate's inverse.
            return rate(text).map { Reading(1 / $0.value) }
        }
        guard first.value > 0 else { return .failure(.zero(.attemptsPerMeeting)) }
        let per = found.count > 1 ? found[1].value : 1
        guard per > 0 else { return .failure(.zero(.attemptsPerMeeting)) }
        // "2 meetings per event": meetings come first, so one event books two.
        let meetingsFirst = first.unit != nil
        let value = meetingsFirst ? per / first.value : first.value / per
        if value > PlanCheck.largestAttemptsPerMeeting { return .failure(.tooLarge(.attemptsPerMeeting, value)) }
        return .success(Reading(value, range: found.count == 1 ? first.bounds : nil))
    }

    /// A calendar date: `2027-03-15`, `3/15/2027`, `March 15, 2027`, or `today`.
    public static func date(_ text: String, today: Day) -> Result<Reading<Day>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.date)) }
        for token in tokens {
            if case .date(let d) = token { return plausible(d) }
            if let bad = token.invalidDate { return .failure(.noSuchDate(bad)) }
        }
        if tokens.contains(where: { $0.isWord("today", "now") }) { return .success(Reading(today)) }
        // "March 15, 2027": a month and day, with the year said somewhere in the answer.
        let line = Line(text)
        let calendar = CalendarWords(line: line, asOf: today)
        guard let named = line.indices.lazy.compactMap(calendar.date(at:)).first else { return .failure(.notUnderstood(.date)) }
        if named.yearSaid { return plausible(named.day) }
        guard let year = line.indices.lazy.compactMap(calendar.year(at:)).first?.year,
            let d = Day(year: year, month: named.day.month, day: named.day.parts.day)
        else { return .failure(.notUnderstood(.date)) }
        return plausible(d)
    }

    /// A date read, held to the years a plan may cover.
    static func plausible(_ day: Day) -> Result<Reading<Day>, Misunderstanding> {
        day.isPlausible ? .success(Reading(day)) : .failure(.yearOutOfRange(day.year))
    }
}

extension Understand {
    /// The Monday of the week meant: a date in it, "last week", "this week", "2 weeks ago", "the week of March 8".
    public static func week(_ text: String, today: Day) -> Result<Reading<Day>, Misunderstanding> {
        if let named = CalendarWords(line: Line(text), asOf: today).namedWeek() { return .success(Reading(named.monday)) }
        let tokens = Lexer.tokens(text)
        let monday = CalendarWords.monday
        if tokens.contains(where: { $0.isWord("last", "previous") }) { return .success(Reading(monday(today).adding(days: -7))) }
        if tokens.contains(where: { $0.isWord("this", "current") }) { return .success(Reading(monday(today))) }
        switch date(text, today: today) {
        case .success(let d): return .success(Reading(monday(d.value)))
        case .failure(.noSuchDate(let bad)): return .failure(.noSuchDate(bad))
        case .failure: return .failure(.notUnderstood(.week))
        }
    }

    /// Hours a week: "10", "10 hours", "90 minutes", "12 and a half hours". A bare figure is hours.
    public static func hours(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        timeSum(text, kind: .hours, bare: 60, limit: 7 * 24 * 60).map { Reading($0.value / 60) }
    }

    static let perDay: [[String]] = [
        ["a", "day"], ["per", "day"], ["each", "day"], ["every", "day"], ["daily"], ["every", "morning"], ["every", "afternoon"],
        ["a", "morning"], ["each", "morning"],
    ]

    /// Hours a week, said a week or a day: "10 hours", "2 hours a day", "2h/day" (a day's hours times `workingDays`).
    public static func hoursAWeek(_ text: String, workingDays: Int) -> Result<Reading<Double>, Misunderstanding> {
        let line = Line(text)
        // "10 hours a month": not a week's hours; asked again rather than read as a week's.
        if line.indices.contains(where: { line.isWord($0, ["month", "months", "monthly", "year", "years", "yearly", "quarter"]) }) {
            return .failure(.notUnderstood(.hours))
        }
        let daily = line.indices.contains { line.says(perDay, at: $0) || (line.tokens[$0].isSymbol("/") && line.isWord($0 + 1, ["day"])) }
        return hours(text).map { Reading(daily ? $0.value * Double(workingDays) : $0.value) }
    }
}
