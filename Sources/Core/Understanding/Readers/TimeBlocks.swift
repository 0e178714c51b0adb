import Planner

/// Weekly prospecting blocks: "Tuesday and Thursday mornings 9 to 11", "Mon-Fri 8-9:30am",
/// "Tuesdays 2pm to 4pm and Fridays 9 to 11", "weekday mornings", "9 to 11 on Mon, Wed and Fri".
/// Times with no day named are every weekday; "none" leaves the plan to suggest blocks.
extension Understand {
    public static func timeBlocks(_ text: String) -> Result<Reading<[TimeBlock]>, Misunderstanding> {
        let pieces = TimeTalk.pieces(TerminalText.stripped(text).lowercased())
        if pieces.isEmpty { return .failure(.empty(.timeBlocks)) }
        if pieces.allSatisfy({ if case .word(let w) = $0 { return TimeTalk.none.contains(w) } else { return false } }) {
            return .success(Reading([]))
        }
        guard let events = TimeTalk.events(pieces) else { return .failure(.notUnderstood(.timeBlocks)) }
        return TimeTalk.blocks(events)
    }
}

/// The small grammar of days and hours, apart from the rest of the answer readers.
enum TimeTalk {
    static let none: Set<String> = ["none", "no", "nothing", "suggest", "any", "anytime", "whatever", "you", "pick", "choose"]
    static let rangeWords: Set<String> = ["to", "till", "until", "through", "thru"]
    static let mornings: Set<String> = ["morning", "mornings", "am"]
    /// Words that name a part of the day or the working week.
    static let dayParts: Set<String> = [
        "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "noon",
        "weekday", "weekdays",
    ]
    static let afternoons: Set<String> = ["afternoon", "afternoons", "evening", "evenings", "pm"]
    /// "nine", "eleven": an hour of the clock spelled out.
    static func spelledHour(_ word: String) -> Int? {
        NumberWords.units[word].flatMap { (1...12).contains($0) ? Int($0) : nil }
    }
    /// "8:30 to 10, actually make it 9 to 10": the hours said before are replaced.
    static let corrections: Set<String> = ["actually", "instead", "rather", "sorry", "no", "correction", "wait"]
    /// Words said around the hours that change nothing: "before meetings", "for calls".
    static let asides: Set<String> = [
        "before", "after", "my", "team", "call", "calls", "meeting", "meetings", "standup", "lunch",
        "usually", "normally", "probably", "maybe", "like", "around", "about", "ish", "make", "it",
        "that", "say", "so", "those", "are", "is", "free", "blocked", "out", "off", "just", "only",
        "prospect", "prospecting", "dialing", "dials", "emails", "outreach", "when", "do", "i", "we",
        "she", "he", "can", "could", "will", "would", "try", "aim", "get", "best", "quiet", "them", "this", "for", "me",
        "i'll", "ill", "we'll", "keep", "set", "aside", "book",
    ]
    static let fillers: Set<String> = [
        "and", "on", "every", "each", "from", "at", "in", "the", "of", "a", "an", "my", "i", "block", "blocks", "prospect",
        "prospecting", "time", "between", "plus", "also", "then", "for", "hours", "hour", "o", "clock", "s", "h",
        // Hedges said after the answer: "9-11 i guess", "probably", "or so".
        "guess", "think", "suppose", "maybe", "probably", "roughly", "about", "around", "ish", "or", "so", "usually",
        "normally", "typically", "ok", "okay", "yeah", "yes", "works", "fine", "good",
    ]

    enum Piece: Equatable {
        case word(String)
        /// A time of day as said: hours and minutes, with "am" or "pm" when it followed.
        case time(hours: Int, minutes: Int, meridiem: Meridiem?)
        case dash
        case other
    }

    enum Meridiem: Equatable { case am, pm }

    enum Event: Equatable {
        case days([Int])
        case range(start: Int, end: Int)
        /// "mornings" with no hours: a usual two-hour block.
        case part(Meridiem)
    }

    /// Words, times ("9", "9:30", "2pm", "11 a.m.") and dashes.
    static func pieces(_ text: String) -> [Piece] {
        var out: [Piece] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isLetter {
                var word = ""
                while i < chars.count, chars[i].isLetter || chars[i] == "." {
                    word.append(chars[i])
                    i += 1
                }
                let plain = word.replacingOccurrences(of: ".", with: "")
                if plain == "am" || plain == "pm", case .time(let h, let m, nil)? = out.last {
                    out[out.count - 1] = .time(hours: h, minutes: m, meridiem: plain == "am" ? .am : .pm)
                } else if let hour = spelledHour(plain) {
                    // "half nine": half past nine, as the British say it.
                    if out.last == .word("half") {
                        out[out.count - 1] = .time(hours: hour, minutes: 30, meridiem: nil)
                    } else {
                        out.append(.time(hours: hour, minutes: 0, meridiem: nil))
                    }
                } else if !plain.isEmpty {
                    // "thrusday", "wendsday": the slips the rest of the reader mends, mended here too.
                    out.append(.word(Vocabulary.mended(plain)))
                }
                continue
            }
            if c.isASCII, c.isNumber {
                var digits = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber, digits.count < 4 {
                    digits.append(chars[i])
                    i += 1
                }
                var minutes = 0
                // "9:30", and "9.30" as much of the world writes it.
                if i + 2 < chars.count, chars[i] == ":" || chars[i] == ".", chars[i + 1].isASCII, chars[i + 1].isNumber,
                    chars[i + 2].isASCII, chars[i + 2].isNumber
                {
                    minutes = Int(String(chars[(i + 1)...(i + 2)])) ?? 0
                    i += 3
                }
                guard let hours = Int(digits) else {
                    out.append(.other)
                    continue
                }
                // "0930" or "1400": a 24-hour time written without a colon.
                if digits.count >= 3 {
                    out.append(.time(hours: hours / 100, minutes: hours % 100, meridiem: nil))
                    continue
                }
                out.append(.time(hours: hours, minutes: minutes, meridiem: nil))
                continue
            }
            if c == "-" || c == "–" || c == "—" {
                out.append(.dash)
            } else if !c.isWhitespace, c != ",", c != ";", c != "&", c != "/" {
                out.append(.other)
            }
            i += 1
        }
        return out
    }

    /// Days, hour ranges and parts of the day, in the order said; nil when something else is in the way.
    static func events(_ pieces: [Piece]) -> [Event]? {
        var events: [Event] = []
        var i = 0
        var hint: Meridiem?
        func day(at k: Int) -> Int? {
            guard k < pieces.count, case .word(let w) = pieces[k] else { return nil }
            return Understand.weekdays[w]
        }
        func isRangeWord(_ k: Int) -> Bool {
            guard k < pieces.count else { return false }
            if pieces[k] == .dash { return true }
            if case .word(let w) = pieces[k] { return rangeWords.contains(w) }
            return false
        }
        while i < pieces.count {
            switch pieces[i] {
            case .word(let w):
                if let first = day(at: i) {
                    if isRangeWord(i + 1), let last = day(at: i + 2) {
                        events.append(.days(span(first, last)))
                        i += 3
                    } else {
                        events.append(.days([first]))
                        i += 1
                    }
                    continue
                }
                if w == "weekdays" || w == "weekday" || w == "daily" || w == "everyday"
                    || (w == "day" && i > 0 && pieces[i - 1] == .word("every"))
                {
                    events.append(.days([1, 2, 3, 4, 5]))
                } else if mornings.contains(w) {
                    hint = .am
                    events.append(.part(.am))
                } else if afternoons.contains(w) {
                    hint = .pm
                    events.append(.part(.pm))
                } else if w == "noon" || w == "midday" {
                    // "noon to 2": twelve o'clock as a time.
                    guard let range = range(from: i, in: pieces, first: (12, 0, .pm), hint: .pm) else { return nil }
                    events.append(.range(start: range.start, end: range.end))
                    i = range.next
                    continue
                } else if corrections.contains(w) {
                    if let k = events.lastIndex(where: { if case .range = $0 { true } else { false } }) { events.remove(at: k) }
                } else if !fillers.contains(w), !rangeWords.contains(w), !asides.contains(w) {
                    return nil
                }
                i += 1
            case .time(let h, let m, let meridiem):
                let fresh = hint == .am && events.last == .part(.am)
                guard let range = range(from: i, in: pieces, first: (h, m, meridiem), hint: hint, freshMorning: fresh) else { return nil }
                events.append(.range(start: range.start, end: range.end))
                i = range.next
            case .dash:
                i += 1
            case .other:
                return nil
            }
        }
        return events
    }

    /// "9 to 11", "9-11:30", "2pm to 4pm", "noon to 2": the range starting at piece `i`, in minutes after midnight.
    /// `freshMorning`: "mornings" said just before, with no day between ("mornings 6 to 8").
    static func range(from i: Int, in pieces: [Piece], first: (Int, Int, Meridiem?), hint: Meridiem?, freshMorning: Bool = false)
        -> (start: Int, end: Int, next: Int)?
    {
        var k = i + 1
        guard k < pieces.count else { return nil }
        if case .word(let w) = pieces[k], rangeWords.contains(w) { k += 1 } else if pieces[k] == .dash { k += 1 } else { return nil }
        guard k < pieces.count else { return nil }
        var second: (Int, Int, Meridiem?)
        switch pieces[k] {
        case .time(let h, let m, let meridiem): second = (h, m, meridiem)
        case .word("noon"), .word("midday"): second = (12, 0, .pm)
        default: return nil
        }
        var startMeridiem = first.2
        let endMeridiem = second.2 ?? (startMeridiem == .pm ? .pm : nil)
        // "2-4pm": the pm covers both ends when the start reads as earlier that afternoon.
        if startMeridiem == nil, endMeridiem == .pm, first.0 < 12, first.0 <= second.0 { startMeridiem = .pm }
        guard var start = clock(first.0, first.1, startMeridiem ?? hint),
            var end = clock(second.0, second.1, endMeridiem ?? startMeridiem ?? hint)
        else { return nil }
        // Selling hours: a bare "2 to 4" is the afternoon, and "11 to 1" runs past noon.
        // Nobody prospects at 2 in the morning: "Monday mornings, Wednesday 2 to 4" is the afternoon too.
        if startMeridiem == nil, hint != .pm, !freshMorning, (1..<7).contains(first.0) { start += 12 * 60 }
        if end <= start, end < 12 * 60, second.2 == nil { end += 12 * 60 }
        guard end > start, end <= 24 * 60, end - start <= 12 * 60 else { return nil }
        return (start, end, k + 1)
    }

    /// Minutes after midnight for an hour said with or without am/pm; nil for no such time.
    static func clock(_ hours: Int, _ minutes: Int, _ meridiem: Meridiem?) -> Int? {
        guard (0...24).contains(hours), (0..<60).contains(minutes) else { return nil }
        var h = hours
        switch meridiem {
        case .am?:
            guard h <= 12 else { return nil }
            if h == 12 { h = 0 }
        case .pm?:
            guard h <= 12 else { return nil }
            if h < 12 { h += 12 }
        case nil: break
        }
        return h * 60 + minutes
    }

    /// Whether hours are said next (other parts of the day aside): "mornings 9 to 11"; and, when the part of the day
    /// came before any day, past the days it is said of: "mornings Mon to Fri, 8:30 to 10:30".
    static func hoursFollow(_ events: [Event], after n: Int, daysBefore: Bool) -> Bool {
        guard case .part(let meridiem) = events[n] else { return false }
        var passedDays = false
        for event in events.dropFirst(n + 1) {
            switch event {
            case .part: continue
            case .range(let start, _):
                return !passedDays || (start < 12 * 60) == (meridiem == .am)
            case .days:
                if daysBefore || passedDays { return false }
                passedDays = true
            }
        }
        return false
    }

    /// "mornings" is 9:00 to 11:00, "afternoons" 14:00 to 16:00.
    static func usualHours(_ meridiem: Meridiem) -> (start: Int, end: Int) {
        let startHour = meridiem == .am ? 9 : 14
        return (start: startHour * 60, end: (startHour + 2) * 60)
    }

    /// Whether a clause speaks of hours in the week ("mornings", "2pm", "9:30", "Tuesday 9 to 11"), not of how
    /// many days a week ("Monday to Friday") or of a length of time ("2 hours").
    static func namesHours(_ tokens: [Token]) -> Bool {
        let words = tokens.compactMap(\.word)
        if words.contains(where: {
            ["morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "am", "pm", "noon"].contains($0)
        }) {
            return true
        }
        let namesDays = words.contains { Understand.weekdays[$0] != nil || $0 == "weekdays" || $0 == "weekday" }
        let figures = tokens.filter { $0.number != nil || $0.word.flatMap(spelledHour) != nil }.count
        let joined = zip(tokens, tokens.dropFirst()).contains { $0.isSymbol(":") && $1.number != nil }
        return namesDays && (figures >= 2 || joined)
    }

    static func span(_ first: Int, _ last: Int) -> [Int] {
        var days = [first]
        var d = first
        while d != last, days.count < 7 {
            d = d % 7 + 1
            days.append(d)
        }
        return days
    }

    /// Each range goes to the days said before it since the last range, or, said first, to the days after it;
    /// days left at the end take the last range; a part of the day with no hours is its usual two hours.
    static func blocks(_ events: [Event]) -> Result<Reading<[TimeBlock]>, Misunderstanding> {
        var blocks: [TimeBlock] = []
        var days: [Int] = []
        var last: (start: Int, end: Int)?
        var leading: (start: Int, end: Int)?
        func emit(_ days: [Int], _ range: (start: Int, end: Int)) {
            for day in days where !blocks.contains(TimeBlock(weekday: day, start: range.start, end: range.end)) {
                blocks.append(TimeBlock(weekday: day, start: range.start, end: range.end))
            }
        }
        for (n, event) in events.enumerated() {
            var range: (start: Int, end: Int)?
            switch event {
            case .days(let named):
                if let leading { emit(named, leading) } else { days += named }
            case .range(let start, let end):
                range = (start, end)
            case .part(let meridiem):
                if !hoursFollow(events, after: n, daysBefore: !days.isEmpty || leading != nil) { range = usualHours(meridiem) }
            }
            guard let range else { continue }
            if days.isEmpty {
                leading = range
            } else {
                emit(days, range)
                days = []
                leading = nil
            }
            last = range
        }
        if let range = last ?? leading {
            // Hours with no day named: every weekday.
            if blocks.isEmpty, days.isEmpty { days = [1, 2, 3, 4, 5] }
            emit(days, range)
        } else {
            return .failure(.notUnderstood(.timeBlocks))
        }
        return .success(Reading(blocks.sorted { ($0.weekday, $0.start) < ($1.weekday, $1.start) }))
    }
}
