import Planner

/// Reads a whole line into typed mentions with their spans, each kind found by its own small rules, most
/// particular first (names, days with hours, periods, dates), so no figure is read twice.
struct MentionReader {
    let line: Line
    let asOf: Day
    /// The question open, the plan's period and selling days when known: time off needs them.
    let question: Slot?
    let period: Period?
    let workingDays: Int

    struct Read {
        var mentions: [Mention]
        /// Time-off talk that never said how long.
        var unsaidTimeOff: [Range<Int>]
        /// Figures said to be wrong: the 6 of "3 weeks total, not 6".
        var denied: [Range<Int>]
        /// Said in passing, to be left alone: the month of "3 closing this month", the Q4 of "had a bad Q4".
        var asides: [Range<Int>]
    }

    func read() -> Read {
        var claimed = Array(repeating: false, count: line.count)
        var mentions: [Mention] = []
        func claim(_ found: [Mention]) {
            for m in found where !m.tokens.contains(where: { claimed[$0] }) {
                mentions.append(m)
                for i in m.tokens { claimed[i] = true }
            }
        }
        let words = WordSpans(line: line)
        // Profiles first: "I'm hit-or-miss" is how someone is, not who.
        claim(words.profiles(skipping: claimed))
        claim(
            NameSpans(line: line, bare: question == .rep || question == .manager, managerAsked: question == .manager).all().map { found in
                let role: Slot? =
                    switch found.role {
                    case .rep: .rep
                    case .manager: .manager
                    case .speaker: .rep
                    case .bare: nil
                    }
                return Mention(.person(found.name, role: role), tokens: found.tokens, text: line.text(found.tokens))
            })
        claim(line.sentences.compactMap { words.timeBlocks(in: $0, hoursAsked: question == nil || question == .timeBlocks) })
        let periods = PeriodSpans(line: line, asOf: asOf, periodAsked: question == nil || question == .period)
        claim(periods.all(skipping: claimed).map { Mention(.period($0.period), tokens: $0.tokens, text: line.text($0.tokens)) })
        claim(dates(skipping: claimed))
        claim(words.weekdays(skipping: claimed))
        claim(FigureSpans(line: line).all(skipping: claimed))
        claim(words.zeros(skipping: claimed))
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let denied = mentions.filter(isDenied).map(\.tokens)
        let asides = mentions.filter { isWhenDealsClose($0) || isHistory($0) }.map(\.tokens)
        mentions.removeAll { isDenied($0) || isWhenDealsClose($0) || isHistory($0) }
        // The plan's period is said first; months and dates after it are usually when time off falls.
        // A plan's period said in the line ("2027 quota… off two weeks in August"), not the dates of the time off.
        let linePeriod = mentions.lazy.compactMap { m -> Period? in
            if case .period(let p) = m.kind, p.start.days(to: p.end) > 45 { return p } else { return nil }
        }.first
        let zones = TimeOffZones(
            line: line, asOf: asOf, period: linePeriod ?? period, workingDays: workingDays,
            asked: question == .weeksOff
        ).apply(mentions)
        return Read(mentions: zones.mentions, unsaidTimeOff: zones.unsaid, denied: denied, asides: asides)
    }

    /// "3 weeks total, not 6", "20 open opps rather than 2", "40% instead of 25%": a figure named only to be put aside,
    /// at the end of its clause.
    func isDenied(_ m: Mention) -> Bool {
        switch m.kind {
        case .person, .profile, .weekdays, .timeBlocks, .zero: return false
        default: break
        }
        let start = m.tokens.lowerBound, end = m.tokens.upperBound
        // "not 1.2", "isn't 100", "wasn't 40k": a figure said to be wrong.
        let putAside =
            line.isWord(start - 1, ["not", "isn't", "isnt", "wasn't", "wasnt", "aren't", "never"])
            && !line.isWord(start - 2, ["if", "or", "whether"])
            || line.isWord(start - 2, ["instead"]) && line.isWord(start - 1, ["of"])
            || line.isWord(start - 2, ["rather"]) && line.isWord(start - 1, ["than"])
            || line.isWord(start - 2, ["opposed"]) && line.isWord(start - 1, ["to"])
        return putAside
            && (end >= line.count || line.breaksClause(end) || line.endsSentence(end)
                || line.isWord(
                    end,
                    [
                        "but", "like", "as", "off", "out", "away", "it's", "its", "that's", "more", "actually", "i", "we", "she", "he",
                        "lol", "haha",
                    ]))
    }

    /// "3 of them closing this month", "should sign by March": when deals close, not the plan's period.
    func isWhenDealsClose(_ m: Mention) -> Bool {
        switch m.kind {
        case .period, .date, .month: break
        default: return false
        }
        let verbs: Set<String> = ["closing", "close", "closes", "sign", "signing", "signs", "land", "landing"]
        let start = m.tokens.lowerBound
        // Only with no figure between: "close 300k by June" is the goal and its period.
        return line.isWord(start - 1, verbs) || (line.isWord(start - 1, ["in", "by", "before", "around"]) && line.isWord(start - 2, verbs))
    }

    /// "had a bad Q4", "after a slow March": a stretch of time looked back on, not the plan's period.
    func isHistory(_ m: Mention) -> Bool {
        switch m.kind {
        case .period, .month: break
        default: return false
        }
        let judged: Set<String> = [
            "bad", "good", "tough", "rough", "great", "slow", "strong", "terrible", "awful", "weak", "poor",
            "brutal", "decent", "quiet", "busy",
        ]
        return line.isWord(m.tokens.lowerBound - 1, judged) && (line.isWord(m.tokens.lowerBound - 2, ["a", "had", "after", "the"]))
    }

    /// Dates and months said on their own, outside any period: "it's Jan 4th", "in August".
    func dates(skipping claimed: [Bool]) -> [Mention] {
        let calendar = CalendarWords(line: line, asOf: asOf)
        var found: [Mention] = []
        var i = 0
        while i < line.count {
            if !claimed[i], let d = calendar.date(at: i) {
                found.append(Mention(.date(d.day), tokens: d.tokens, text: line.text(d.tokens)))
                i = d.tokens.upperBound
            } else if !claimed[i], let m = calendar.month(at: i) {
                found.append(Mention(.month(m.month), tokens: m.tokens, text: line.text(m.tokens)))
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }
}
