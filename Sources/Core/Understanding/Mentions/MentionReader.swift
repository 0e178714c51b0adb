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
        claim(NameSpans(line: line, bare: question == .rep || question == .manager).all().map { found in
            let role: Slot? = switch found.role {
            case .rep: .rep
            case .manager: .manager
            case .speaker: .rep
            case .bare: nil
            }
            return Mention(.person(found.name, role: role), tokens: found.tokens, text: line.text(found.tokens))
        })
        claim(line.sentences.compactMap(words.timeBlocks))
        let periods = PeriodSpans(line: line, asOf: asOf)
        claim(periods.all(skipping: claimed).map { Mention(.period($0.period), tokens: $0.tokens, text: line.text($0.tokens)) })
        claim(dates(skipping: claimed))
        claim(words.weekdays(skipping: claimed))
        claim(FigureSpans(line: line).all(skipping: claimed))
        claim(words.zeros(skipping: claimed))
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // The plan's period is said first; months and dates after it are usually when time off falls.
        let linePeriod = mentions.lazy.compactMap { m -> Period? in
            if case .period(let p) = m.kind { return p } else { return nil }
        }.first
        let zones = TimeOffZones(line: line, asOf: asOf, period: linePeriod ?? period, workingDays: workingDays,
                                 asked: question == .weeksOff).apply(mentions)
        return Read(mentions: zones.mentions, unsaidTimeOff: zones.unsaid)
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
