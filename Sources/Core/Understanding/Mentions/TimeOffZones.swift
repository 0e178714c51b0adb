import Planner

/// Talk of time away from selling, read as one amount: "off two weeks in August and the week between Christmas and
/// New Year" is 3 weeks. Months, dates and years said inside it say *when*; they never name the plan's period.
struct TimeOffZones {
    let line: Line
    let asOf: Day
    /// The plan's period, for "from Dec 27th on".
    let period: Period?
    let workingDays: Int
    /// The question open is about time off: figures said on their own are time off.
    let asked: Bool

    struct Zoned {
        var mentions: [Mention]
        /// Time-off talk that never said how long ("I'm off in August").
        var unsaid: [Range<Int>]
    }

    static let strongCues: Set<String> = [
        "pto", "vacation", "vacations", "holiday", "holidays", "sabbatical", "parental", "maternity", "paternity", "off",
    ]
    static let weakCues: Set<String> = [
        "out", "away", "training", "bootcamp", "conference", "conferences", "kickoff", "offsite", "wedding", "honeymoon",
        "trip", "travel", "traveling", "travelling", "skiing", "sick", "jury", "lose", "losing", "lost", "taking", "take",
        "took", "miss", "missing", "break", "leave", "summit", "retreat", "offline", "gone", "unavailable", "ooo", "holidaying",
        "sabbaticals", "course", "onboarding", "surgery", "medical",
        // A holiday named with dates is time off: "the easter week is mar 29 - apr 2".
        "easter", "christmas", "xmas", "thanksgiving", "hanukkah", "diwali", "passover", "eid",
    ]
    /// Cues that say time off only with a person doing it: "I'm taking a week", not "deals take two months".
    static let personalCues: Set<String> = ["take", "taking", "took", "lose", "losing", "lost", "miss", "missing"]
    static let persons: Set<String> = [
        "i", "i'll", "i'm", "i've", "we", "we'll", "we're", "she", "she'll", "she's", "he", "he'll",
        "he's", "they", "they'll", "they're", "i'd", "will", "be", "also", "and", "plus", "then",
    ]
    /// "kick off", "sign off", "first off": no time off.
    static let notOff: Set<String> = [
        "kick", "first", "start", "sign", "signed", "pay", "paid", "write", "written", "show",
        "cut", "drop", "tip", "log", "logged", "hand", "handed", "turn", "signing", "better",
    ]
    static let holidayWords: Set<String> = [
        "the", "a", "this", "that", "whole", "entire", "full", "first", "last", "second", "third", "fourth", "thanksgiving",
        "christmas", "xmas", "easter", "holiday", "spring", "summer", "new", "year's", "one", "same", "following", "term",
        "day", "diwali", "hanukkah", "eid", "passover", "memorial", "labor", "labour", "independence", "bank", "onam",
        "pongal", "holi", "ramadan", "festive", "school", "half-term", "midterm", "carnival", "golden", "national",
    ]

    struct Piece {
        var tokens: Range<Int>
        var mentions: [Int]
        var cue: Cue?
        var otherCue: Bool
        var compatible: Bool
        var hasLength: Bool
        /// A length with its unit ("two weeks"), not a bare figure that could answer something else.
        var saysLength: Bool
    }

    enum Cue { case strong, weak }

    func apply(_ mentions: [Mention]) -> Zoned {
        var zones: [[Piece]] = []
        for sentence in line.sentences {
            zones += self.zones(in: sentence, mentions: mentions)
        }
        var used = Set<Int>()
        var added: [Mention] = []
        var unsaid: [Range<Int>] = []
        for zone in zones {
            // Names and profiles said amid time-off talk stay theirs.
            let ids = zone.flatMap(\.mentions).filter { id in
                switch mentions[id].kind {
                case .person, .profile: return false
                default: return true
                }
            }
            guard let first = zone.first?.tokens.lowerBound, let last = zone.last?.tokens.upperBound else { continue }
            let span = trimmed(first..<last)
            if let off = amount(zone, mentions: mentions) {
                used.formUnion(ids)
                added.append(Mention(.timeOff(off), tokens: span, text: line.text(span)))
            } else if zone.contains(where: { $0.cue == .strong }) {
                used.formUnion(ids)
                unsaid.append(span)
            }
        }
        let kept = mentions.indices.filter { !used.contains($0) }.map { mentions[$0] }
        return Zoned(mentions: (kept + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }, unsaid: unsaid)
    }

    // MARK: Finding the talk

    func zones(in sentence: Range<Int>, mentions: [Mention]) -> [[Piece]] {
        let pieces = self.pieces(sentence, mentions: mentions)
        var zones: [[Piece]] = []
        var current: [Piece]?
        for (k, piece) in pieces.enumerated() {
            if piece.cue != nil, piece.compatible, !piece.otherCue {
                if current == nil {
                    current = []
                    // "two weeks, for vacation": the length said just before the cue.
                    if k > 0, pieces[k - 1].compatible, !pieces[k - 1].otherCue, pieces[k - 1].saysLength,
                        !zones.contains(where: { $0.contains { $0.tokens == pieces[k - 1].tokens } })
                    {
                        current?.append(pieces[k - 1])
                    }
                }
                current?.append(piece)
            } else if current != nil, piece.compatible, !piece.otherCue, !namesPlanPeriod(piece, mentions: mentions) {
                current?.append(piece)
            } else if current == nil, asked, piece.compatible, !piece.otherCue, piece.hasLength {
                current = [piece]
            } else {
                if let c = current { zones.append(c) }
                current = nil
            }
        }
        if let c = current { zones.append(c) }
        return zones
    }

    func pieces(_ sentence: Range<Int>, mentions: [Mention]) -> [Piece] {
        var pieces: [Piece] = []
        var start = sentence.lowerBound
        func inMention(_ i: Int) -> Bool { mentions.contains { $0.tokens.contains(i) } }
        func splits(_ i: Int) -> Bool { (line.breaksClause(i) || line.isWord(i, ["with", "including"])) && !inMention(i) }
        for i in sentence where splits(i) || i == sentence.upperBound - 1 {
            let end = splits(i) ? i : i + 1
            if end > start { pieces.append(narrowed(piece(start..<end, mentions: mentions), mentions: mentions)) }
            start = i + 1
        }
        return pieces
    }

    /// A piece that talks of time off among other things, with no pause between ("quota one point two million i have
    /// three weeks of vacation"): only the stretch around the time-off words, up to the nearest other figure or cue.
    func narrowed(_ p: Piece, mentions: [Mention]) -> Piece {
        guard p.cue != nil, !p.compatible || p.otherCue else { return p }
        func blocks(_ i: Int) -> Bool {
            if let m = mentions.first(where: { $0.tokens.contains(i) }) { return !Self.fits(m.kind) }
            return line.word(i).map(CueWords.otherSlotWords.contains) ?? false
        }
        guard
            let cue = p.tokens.first(where: { i in
                line.word(i).map { Self.strongCues.contains($0) || Self.weakCues.contains($0) || $0 == "out" } ?? false
                    && !line.isWord(i + 1, ["me", "him", "her", "them", "us"])
            })
        else { return p }
        var lower = cue, upper = cue + 1
        while lower > p.tokens.lowerBound, !blocks(lower - 1) { lower -= 1 }
        while upper < p.tokens.upperBound, !blocks(upper) { upper += 1 }
        // A mention cut in two is left whole outside.
        while lower < upper, let m = mentions.first(where: { $0.tokens.contains(lower) }), m.tokens.lowerBound < lower {
            lower = m.tokens.upperBound
        }
        let inner = piece(lower..<upper, mentions: mentions)
        return inner.compatible && !inner.otherCue ? inner : p
    }

    func piece(_ range: Range<Int>, mentions: [Mention]) -> Piece {
        let ids = mentions.indices.filter { range.contains(mentions[$0].tokens.lowerBound) }
        let covered = Set(ids.flatMap { mentions[$0].tokens })
        var cue: Cue?
        var other = false
        for i in range where !covered.contains(i) {
            guard let w = line.word(i) else { continue }
            if w == "off" {
                // "kick off", "£600k off me", "Fridays off", "Friday afternoons are off": no time off.
                if !line.isWord(i - 1, Self.notOff), !line.isWord(i + 1, ["me", "him", "her", "them", "us", "of"]),
                    !saysDaysOff(before: i, mentions)
                {
                    cue = .strong
                }
            } else if w == "out" {
                // "1 out of 5", "out there": no time off.
                if !line.isWord(i + 1, ["of", "there"]) { cue = cue ?? .weak }
            } else if Self.strongCues.contains(w) {
                cue = .strong
            } else if Self.weakCues.contains(w),
                !Self.personalCues.contains(w) || (max(0, i - 2)..<i).contains(where: { line.isWord($0, Self.persons) })
            {
                cue = cue ?? .weak
            } else if CueWords.otherSlotWords.contains(w) {
                other = true
            }
        }
        // "off every Friday in July": days off with a month are time off; "off Fridays" alone are selling days.
        let saysWhen = ids.contains { id in
            switch mentions[id].kind {
            case .month, .period: return true
            default: return false
            }
        }
        let compatible = ids.allSatisfy { id in
            switch mentions[id].kind {
            case .daysOff: return saysWhen
            // "every Friday in July", asked about time off: those Fridays, not the selling week.
            case .weekdays: return saysWhen && asked
            default: return Self.fits(mentions[id].kind)
            }
        }
        let length =
            ids.contains { i in
                switch mentions[i].kind {
                case .duration, .number, .zero: return true
                default: return false
                }
            } || holidayWeeks(in: range, covered: covered) > 0
            || (asked
                && ids.contains { id in
                    // Asked about time off, dates say it: "Aug 2 - Aug 13", "every Friday in July".
                    switch mentions[id].kind {
                    case .date: return true
                    case .period(let p): return mentions[id].text.contains(where: \.isNumber) && p.start.days(to: p.end) <= 62
                    case .daysOff, .weekdays: return saysWhen
                    default: return false
                    }
                })
        let saysLength = ids.contains { if case .duration = mentions[$0].kind { true } else { false } }
        return Piece(
            tokens: range, mentions: ids, cue: cue, otherCue: other, compatible: compatible, hasLength: length,
            saysLength: saysLength)
    }

    /// "Fridays off", "Friday afternoons are off": the "off" said of weekdays.
    func saysDaysOff(before i: Int, _ mentions: [Mention]) -> Bool {
        var j = i - 1
        if line.isWord(j, ["are", "is", "always", "usually", "mostly"]) { j -= 1 }
        return mentions.contains { m in
            switch m.kind {
            case .weekdays, .daysOff, .partDays: return m.tokens.contains(j)
            default: return false
            }
        }
    }

    /// A piece that says only a period, not as when the time off falls ("and for 2027", "— next quarter"): the plan's.
    func namesPlanPeriod(_ piece: Piece, mentions: [Mention]) -> Bool {
        let periods = piece.mentions.filter { if case .period = mentions[$0].kind { true } else { false } }
        guard !periods.isEmpty, !piece.hasLength, piece.cue == nil else { return false }
        let first = line.word(piece.tokens.lowerBound) ?? ""
        // "(mostly June)": a month says when.
        let single = periods.allSatisfy { id in
            let p = mentions[id].text.lowercased().split { !$0.isLetter }.map(String.init)
            return p.contains { Understand.monthNames[$0] != nil } && !p.contains { ["quarter", "year", "half", "h"].contains($0) }
        }
        return !(["in", "during", "over", "mostly", "around", "at", "until", "till", "from", "then", "again"].contains(first) || single)
    }

    static func fits(_ kind: Mention.Kind) -> Bool {
        switch kind {
        case .duration(_, let unit, _): return [.day, .week, .month, .year].contains(unit)
        case .number(_, _, nil), .date, .month, .period, .zero, .person, .profile: return true
        default: return false
        }
    }

    /// "the week between Christmas and New Year", "Thanksgiving week", "the whole week of May 24th": a week each.
    func holidayWeeks(in range: Range<Int>, covered: Set<Int>) -> Int {
        range.filter { !covered.contains($0) && isNamedWeek($0) }.count
    }

    /// "the week between Christmas and New Year", "Thanksgiving week", "a sales kickoff week": one week, named.
    func isNamedWeek(_ i: Int) -> Bool {
        // "2 days, not a week": a week denied is none.
        guard line.isWord(i, ["week", "fortnight"]), !line.isWord(i - 2, ["not"]) else { return false }
        if line.isWord(i - 1, Self.holidayWords) { return true }
        let before = max(0, i - 3)..<i
        return before.contains { line.isWord($0, ["a", "an", "the", "one", "that"]) } && !before.contains { line.tokens[$0].number != nil }
    }

    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, line.breaksClause(lower) { lower += 1 }
        while upper > lower, line.breaksClause(upper - 1) { upper -= 1 }
        return lower..<upper
    }

    // MARK: How long

    /// The whole of the zone's time off, or nil when it never says how long.
    func amount(_ zone: [Piece], mentions: [Mention]) -> Understand.TimeOff? {
        var off = Understand.TimeOff(weeks: 0)
        var said = false
        var lastUnit = Mention.TimeUnit.week
        var last: Understand.TimeOff?
        /// The last piece's "when" and what was placed on it: a correction in the next piece moves onto it.
        var lastWhen: Period?
        var lastPlaced: DatesOff?
        var lastPlacedDays = 0
        var corrected = false
        var previousEnd: Int?
        func add(_ part: Understand.TimeOff, at start: Int) {
            if let l = last, let p = previousEnd, line.corrects(between: p, start) {
                off.weeks -= l.weeks
                off.workingDays -= l.workingDays
                off.dates.removeAll { l.dates.contains($0) || $0 == lastPlaced }
                corrected = true
            }
            off = off + part
            last = part
            said = true
        }
        for piece in zone {
            let covered = Set(piece.mentions.flatMap { mentions[$0].tokens })
            var items: [(Int, Int, Understand.TimeOff?)] = []
            var spans: [(Int, Day, Day)] = []
            /// Months and periods said with a length: when it falls, not how long ("two weeks in August").
            var whens: [Period] = []
            /// Weekdays in a month ("every Friday in July") and named weeks ("Thanksgiving week") fall where they fall.
            var placeable = true
            for id in piece.mentions {
                let m = mentions[id]
                switch m.kind {
                case .duration(let v, let unit, _):
                    lastUnit = unit
                    items.append((m.tokens.lowerBound, m.tokens.upperBound, Self.part(v, unit)))
                case .number(let v, _, nil):
                    if let span = spans.last, span.1 == span.2, let end = dayOfMonth(v, after: span.1, at: m.tokens.lowerBound) {
                        spans[spans.count - 1].2 = end
                        continue
                    }
                    items.append((m.tokens.lowerBound, m.tokens.upperBound, Self.part(v, lastUnit)))
                case .zero:
                    items.append((m.tokens.lowerBound, m.tokens.upperBound, Understand.TimeOff(weeks: 0)))
                case .period(let p) where m.text.contains(where: \.isNumber) && m.text.count > 4:
                    spans.append((m.tokens.lowerBound, p.start, p.end))
                case .period(let p):
                    whens.append(p)
                case .month(let month):
                    whens.append(self.month(month))
                case .date(let d) where line.isWord(m.tokens.upperBound, ["on", "onward", "onwards", "forward"]):
                    spans.append((m.tokens.lowerBound, d, period?.end ?? CalendarMath.day(d.year, 12, 31)))
                case .date(let d):
                    // "off Friday the 12th of March": that day.
                    spans.append((m.tokens.lowerBound, d, d))
                case .daysOff(let days), .weekdays(let days):
                    // Each of those weekdays in the month said with them.
                    placeable = false
                    guard
                        let within = piece.mentions.lazy.compactMap({ id -> Period? in
                            switch mentions[id].kind {
                            case .period(let p): return p
                            case .month(let month): return self.month(month)
                            default: return nil
                            }
                        }).first
                    else { break }
                    let count = (0...max(0, within.start.days(to: within.end))).filter {
                        days.contains(within.start.adding(days: $0).weekday)
                    }.count
                    items.append((m.tokens.lowerBound, m.tokens.upperBound, Understand.TimeOff(weeks: 0, workingDays: Double(count))))
                default:
                    break
                }
            }
            var namedWeeks = 0
            for i in piece.tokens where !covered.contains(i) && isNamedWeek(i) {
                placeable = false
                namedWeeks += 1
                items.append((i, i + 1, Understand.TimeOff(weeks: line.isWord(i, ["fortnight"]) ? 2 : 1)))
            }
            // "the Easter week is Mar 29 - Apr 2": the dates say which week, and how long.
            // ("the week of May 24th" names a day in the week: still a week.)
            if namedWeeks > 0, namedWeeks == items.count, !spans.isEmpty, spans.allSatisfy({ $0.1 < $0.2 }) { items.removeAll() }
            // "and the same again in October": the last part once more.
            for i in piece.tokens where line.isWord(i, ["same"]) && line.isWord(i + 1, ["again"]) {
                if let again = items.last?.2 ?? last {
                    items.append((i, i + 2, Understand.TimeOff(weeks: again.weeks, workingDays: again.workingDays)))
                }
            }
            // Dates said with a length are when it falls ("2 weeks off in Dec 1st–15th"); said alone, they are how long.
            if items.isEmpty {
                for (start, a, b) in spans {
                    let (from, to) = within(a, b)
                    items.append(
                        (
                            start, start + 1,
                            Understand.TimeOff(
                                weeks: 0, workingDays: Double(sellingDays(from, to)), dates: [DatesOff(from: from, to: to)])
                        ))
                }
            } else {
                whens += spans.map { Period(start: $0.1, end: $0.2) }
            }
            let before = off.weeks(workingDaysPerWeek: workingDays)
            corrected = false
            for (start, end, part) in items.sorted(by: { $0.0 < $1.0 }) {
                guard let part else { continue }
                add(part, at: start)
                previousEnd = end
            }
            // One "when" for the lengths said with it: placed from its start, said back so the rep can move it.
            var added = (off.weeks(workingDaysPerWeek: workingDays) - before) * Double(workingDays)
            if corrected, whens.isEmpty, let when = lastWhen, lastPlaced != nil {
                whens = [when]
                added += Double(lastPlacedDays)
            }
            lastWhen = whens.count == 1 ? whens.first : nil
            lastPlaced = nil
            lastPlacedDays = 0
            // Only a month or so says when a length falls ("this year" does not), and only when the length fits in it.
            if placeable, let when = lastWhen, when.start.days(to: when.end) <= 31, abs(added - added.rounded()) < 1e-9,
                let placed = DatesOff.placed(sellingDays: Int(added.rounded()), from: when.start, workingDays: workingDays),
                when.start == when.end || placed.to <= when.end.adding(days: 7)
            {
                off.dates.append(placed)
                lastPlaced = placed
                lastPlacedDays = Int(added.rounded())
            }
        }
        return said && off.weeks >= 0 && off.workingDays >= 0 ? off : nil
    }

    static func part(_ value: Double, _ unit: Mention.TimeUnit) -> Understand.TimeOff? {
        switch unit {
        case .day: return Understand.TimeOff(weeks: 0, workingDays: value)
        case .week: return Understand.TimeOff(weeks: value)
        case .month: return Understand.TimeOff(weeks: value * unit.weeks)
        case .year: return Understand.TimeOff(weeks: value * 52)
        default: return nil
        }
    }

    /// "Aug 2 to 13": the 13 is that month's day, when a range word stands between and no unit follows.
    func dayOfMonth(_ value: Double, after start: Day, at index: Int) -> Day? {
        guard value == value.rounded(), value > Double(start.parts.day), value <= 31,
            line.isWord(index - 1, ["to", "through", "thru", "till", "until", "-", "–"]) || line.tokens[index - 1].isSymbol("-")
        else { return nil }
        return Day(year: start.year, month: start.month, day: Int(value))
    }

    /// `a` to `b` cut to the plan's period when it is known and they overlap it.
    /// Dates said without a year that fall a year off the period are moved into it ("Dec 20th–31st" said in
    /// December of a plan for next year).
    func within(_ a: Day, _ b: Day) -> (Day, Day) {
        guard let period else { return (a, b) }
        for years in [0, 12, -12] {
            let (x, y) = (a.adding(months: years), b.adding(months: years))
            let start = max(x, period.start), end = min(y, period.end)
            if start <= end { return (start, end) }
        }
        return (a, b)
    }

    /// Selling days from `a` to `b`, both counted.
    func sellingDays(_ a: Day, _ b: Day) -> Int {
        guard a <= b, a.days(to: b) < 400 else { return 0 }
        return [DatesOff(from: a, to: b)].sellingDays(workingDays: workingDays)
    }

    /// A month said alone: the one inside the plan's period, or else the next one to come.
    func month(_ month: Int) -> Period {
        if let period,
            let inside = (period.start.year...period.end.year).lazy
                .map({ CalendarMath.months($0, from: month, through: month) })
                .first(where: { $0.start <= period.end && $0.end >= period.start })
        {
            return inside
        }
        return CalendarMath.months(month < asOf.month ? asOf.year + 1 : asOf.year, from: month, through: month)
    }
}
