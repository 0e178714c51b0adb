import Planner

/// Reads one line of conversation the way a careful listener would: a command, or every mention in it placed
/// for the whole line at once, whatever is left asked about, questions told apart from answers.
public enum Hearing {
    /// What the listener knows before the line: today, the question open, and answers that other answers need.
    public struct Context: Sendable {
        public var asOf: Day
        public var question: Slot?
        /// The plan's period, when already answered: "60k a month" needs it.
        public var period: Period?
        public var workingDays: Int?
        /// Reading the details of this one activity ("40 dials per meeting, 3 minutes each").
        public var channel: String?

        public init(asOf: Day, question: Slot?, period: Period? = nil, workingDays: Int? = nil, channel: String? = nil) {
            self.asOf = asOf
            self.question = question
            self.period = period
            self.workingDays = workingDays
            self.channel = channel
        }
    }

    static let nobody: Set<String> = [
        "none", "no one", "nobody", "no manager", "just me", "myself", "me", "n/a", "na", "-", "no", "nope", "i don't have one",
        "i dont have one", "don't have one", "dont have one", "no boss", "i'm on my own", "on my own", "nobody yet", "none yet",
        "nothing", "none really", "no activities", "not really", "nothing yet", "meetings only",
    ]

    public static func read(_ line: String, current: Slot?, asOf: Day) -> Heard {
        read(line, Context(asOf: asOf, question: current))
    }

    public static func read(_ text: String, _ context: Context) -> Heard {
        var heard = Heard()
        let stripped = TerminalText.stripped(text).trimming(" ")
        if let command = Command.read(stripped) {
            heard.command = command
            return heard
        }
        // "no manager", "just me", "none" (activities): nothing to name, which is the default.
        if context.question == .manager || context.question == .channels,
            Self.nobody.contains(stripped.lowercased().replacingApostrophes().trimming(" .!"))
        {
            heard.command = .skip
            return heard
        }
        let line = Line(stripped)
        Listener(line: line, context: context).listen(into: &heard)
        return heard
    }
}

/// One line being heard.
struct Listener {
    let line: Line
    let context: Hearing.Context

    static let questionStarts: Set<String> = [
        "what", "what's", "whats", "how", "how's", "why", "which", "who", "does", "do", "did", "can", "could", "should",
        "would", "is", "isn't", "are", "aren't", "whose", "where", "when", "meaning",
    ]
    /// Words before "one" that make it a pronoun: "the usual one", "that one", "the normal one".
    static let beforePronounOne: Set<String> = [
        "usual", "normal", "typical", "standard", "default", "that", "this", "which", "whichever", "same", "other", "any",
        "average", "common", "regular", "team's", "good", "right", "best",
    ]
    static func isPronounOne(_ m: Mention, in line: Line) -> Bool {
        guard case .number(1, _, _) = m.kind, m.tokens.count == 1, line.isWord(m.tokens.lowerBound, ["one"]) else { return false }
        return line.isWord(m.tokens.lowerBound - 1, beforePronounOne)
            || line.isWord(m.tokens.upperBound, ["is", "you", "they", "that", "which"])
    }

    static let commissionOnly: [[String]] = [
        ["straight", "commission"], ["commission", "only"], ["commission-only"], ["no", "base"], ["all", "commission"],
        ["100%", "commission"], ["pure", "commission"], ["without", "a", "base"],
    ]
    func listen(into heard: inout Heard) {
        let questions = questionSentences()
        heard.asks = !questions.isEmpty
        heard.dontKnow = !phrases(Command.dontKnowPhrases).isEmpty
        heard.corrects = !phrases(CueWords.changeWords).isEmpty || saysNoFirst

        let reader = MentionReader(
            line: line, asOf: context.asOf, question: context.question, period: context.period,
            workingDays: context.workingDays ?? 5)
        let read = reader.read()
        let asked = Set(questions.flatMap { $0 })
        var mentions = read.mentions.filter { !$0.tokens.contains(where: asked.contains) }
        // "the usual one", "that one", "whichever one": a word, not the figure 1.
        for m in mentions where Self.isPronounOne(m, in: line) { heard.accounted.append(m.tokens) }
        mentions.removeAll { Self.isPronounOne($0, in: line) }
        // "should I put 8 weeks?": a figure inside a question is asked about after the answer to it, never dropped.
        for m in read.mentions where m.tokens.contains(where: asked.contains) && Self.isFigure(m.kind) {
            heard.unplaced.append(Leftover(text: m.text, kind: m.kind, tokens: m.tokens))
        }
        heard.accounted += read.denied + read.asides
        // "the goal is 1.25 million, not 1.2": a figure put aside says the rep is correcting.
        if !read.denied.isEmpty { heard.corrects = true }
        for span in read.unsaidTimeOff where !span.contains(where: asked.contains) {
            heard.refusals.append(.init(slot: .weeksOff, said: line.text(span), why: .notUnderstood(.weeksOff)))
            heard.accounted.append(span)
        }
        // A brand-new rep does not know their ratios yet: "she's brand new" to a close rate is "I don't know".
        if let q = context.question, Slot.mayNotKnowYet.contains(q),
            mentions.contains(where: { if case .profile(.new) = $0.kind { true } else { false } }),
            !mentions.contains(where: { SlotReading.accepts(q, $0.kind) })
        {
            heard.dontKnow = true
        }

        // Activities first: their figures are theirs.
        let channels = channelTalk(mentions)
        if let channels {
            heard.channels = channels.drafts.filter { $0.attemptsPerMeeting != nil || $0.share != nil || $0.minutesPerAttempt != nil }
            heard.channelNames = channels.drafts.filter { $0.attemptsPerMeeting == nil && $0.share == nil && $0.minutesPerAttempt == nil }
                .map(\.name)
            heard.notChannels = channels.negated
            heard.accounted += channels.used.map { mentions[$0].tokens }
            mentions = mentions.indices.filter { !channels.used.contains($0) }.map { mentions[$0] }
        } else if isChannelQuestion, mentions.allSatisfy({ if case .person = $0.kind { true } else { false } }), !heard.dontKnow {
            heard.channelNames = ChannelList.names(line.text(0..<line.count))
        }

        let placing = Attachment(line: line, mentions: mentions, question: isChannelQuestion ? nil : context.question)
        let result = placing.place()
        let period = linePeriod(mentions, placed: result.placed) ?? context.period
        var placedTokens = Set<Int>()
        var fills: [(position: Int, fill: Fill)] = []
        for placed in result.placed {
            let chain = placed.chain
            guard let last = chain.last else { continue }
            for k in chain {
                heard.accounted.append(mentions[k].tokens)
                placedTokens.formUnion(mentions[k].tokens)
            }
            var kind = placing.value(of: last, in: chain)
            if let per = placed.per, case .money(let v, let r) = kind { kind = .moneyPer(v, per: per, range: r) }
            let saidRange =
                placed.cue.map {
                    min($0.lowerBound, mentions[chain[0]].tokens.lowerBound)..<max($0.upperBound, mentions[last].tokens.upperBound)
                }
                ?? mentions[last].tokens
            let said = line.text(clause(around: saidRange))
            guard let value = SlotReading.value(kind, for: placed.slot, period: period) else { continue }
            switch value {
            case .success(let (v, range, worked)):
                fills.append(
                    (mentions[last].tokens.lowerBound, Fill(slot: placed.slot, value: v, said: said, range: range, worked: worked)))
                if case .dealsAt(_, let each, _) = kind, placed.slot == .goal {
                    fills.append((mentions[last].tokens.lowerBound, Fill(slot: .dealSize, value: .money(each), said: said)))
                }
            case .failure(.needsPeriod):
                heard.unplaced.append(Leftover(text: mentions[last].text, kind: kind, tokens: mentions[last].tokens))
            case .failure(let why):
                heard.refusals.append(.init(slot: placed.slot, said: said, why: why))
            }
        }
        heard.fills = resolve(fills.sorted { $0.position < $1.position }.map(\.fill), heard: &heard)
        // "12 hours a week of prospecting": prospecting is what the hours are for, not an activity named.
        if heard.fills.contains(where: { $0.slot == .prospectingHours }) {
            heard.channelNames.removeAll { ["prospecting", "prospect"].contains($0.lowercased()) }
        }

        // Whatever figure is left is asked about, never dropped.
        for (k, m) in mentions.enumerated() where !result.placed.contains(where: { $0.chain.contains(k) }) {
            if isRemark(m) {
                heard.accounted.append(m.tokens)
                continue
            }
            guard Self.isFigure(m.kind) else { continue }
            // "1.08 million, which is 90k a month", "six days, Mon–Sat": an answer heard, said again another way.
            if restates(m, heard: heard, period: period) {
                heard.accounted.append(m.tokens)
                continue
            }
            heard.unplaced.append(Leftover(text: m.text, kind: m.kind, tokens: m.tokens))
        }

        // Any figure typed that no mention took ("the 16th") is asked about too: nothing said vanishes.
        let covered = Set(heard.accounted.flatMap { $0 } + heard.unplaced.flatMap(\.tokens) + asked + mentions.flatMap(\.tokens))
        for i in line.indices where !covered.contains(i) && line.tokens[i].number != nil && isPassingFigure(i) {
            heard.accounted.append(i..<(i + 1))
        }
        for i in line.indices where !covered.contains(i) && isStrayFigure(i) {
            var end = i + 1
            if line.isWord(end, ["st", "nd", "rd", "th"]) { end += 1 }
            heard.unplaced.append(
                Leftover(text: line.text(i..<end), kind: .number(line.tokens[i].number ?? 0, range: nil, noun: nil), tokens: i..<end))
        }

        // A cue with nothing it could take, when nothing else was heard: "we close lots".
        if heard.fills.isEmpty, heard.unplaced.isEmpty, heard.channels.isEmpty, heard.refusals.isEmpty, !heard.asks, !heard.dontKnow,
            let cue = bestLoneCue(result.cues)
        {
            heard.refusals.append(.init(slot: cue, said: line.text(0..<line.count), why: .notUnderstood(cue.kind)))
        }

        // "straight commission", "commission only": no base.
        if heard.value(.baseSalary) == nil, !phrases(Self.commissionOnly).isEmpty,
            heard.fills.contains(where: { [.incomeGoal, .commissionRate].contains($0.slot) })
        {
            heard.fills.append(Fill(slot: .baseSalary, value: .money(0), said: line.text(phrases(Self.commissionOnly)[0])))
        }

        // Nothing heard at all: the question's own reader has the last word, and says what it could not read.
        if let q = context.question, q != .channels, heard.isEmpty, !heard.dontKnow, q != .rep, q != .manager {
            let whole = line.text(0..<line.count)
            switch Understand.value(for: q, whole, asOf: context.asOf) {
            case .success(let fill): heard.fills.append(fill)
            case .failure(let why): heard.refusals.append(.init(slot: q, said: whole, why: why))
            }
        }

        // A profile said in a word to the profile question: "new", "solid", "an over-achiever".
        if context.question == .profile, heard.value(.profile) == nil, !heard.asks,
            case .success(let r) = Understand.profile(line.text(0..<line.count))
        {
            heard.fills.append(Fill(slot: .profile, value: .profile(r.value), said: line.text(0..<line.count)))
        }

        // A plan is for time still ahead: a period already over is refused, not planned.
        for (i, fill) in heard.fills.enumerated().reversed() {
            guard fill.slot == .period, case .period(let p) = fill.value, p.end < context.asOf else { continue }
            heard.fills.remove(at: i)
            heard.refusals.append(.init(slot: .period, said: fill.said, why: .periodOver(end: p.end)))
        }

        // A name given on its own to a name question: "Jordan Lee here", "hi, it's ana lópez".
        if let q = context.question, q == .rep || q == .manager, heard.value(q) == nil, mentions.isEmpty, !heard.asks,
            !heard.dontKnow, result.cues.isEmpty, heard.channels.isEmpty
        {
            let name = NameSpans.bare(line.text(0..<line.count))
            if NameSpans.couldAllBeName(name), case .success(let r) = Understand.name(name) {
                heard.fills.append(Fill(slot: q, value: .text(r.value), said: r.value))
                heard.accounted.append(0..<line.count)
            }
        }
    }

    /// The words said with a value, out to the pauses either side: "the sales cycle is around 8 weeks".
    func clause(around range: Range<Int>) -> Range<Int> {
        func stops(_ i: Int) -> Bool { line.breaksClause(i) || line.endsSentence(i) || line.tokens[i].isSymbol(":") }
        var lower = range.lowerBound, upper = range.upperBound
        while lower > 0, !stops(lower - 1) { lower -= 1 }
        while upper < line.count, !stops(upper) { upper += 1 }
        return lower..<upper
    }

    /// "signed on the 2nd" (a day of the month), "stage 2" (a name): a figure said in passing, accounted for as such.
    func isPassingFigure(_ i: Int) -> Bool {
        (line.isWord(i + 1, ["st", "nd", "rd", "th"]) && line.isWord(i - 1, ["the"])) || line.isWord(i - 1, FigureSpans.labelWords)
    }

    /// A figure typed in digits, or a number word that is not "one" said of a thing ("each one").
    func isStrayFigure(_ i: Int) -> Bool {
        // "three ways": how many kinds, said in passing; "one of the top performers".
        if line.isWord(i + 1, FigureSpans.kindsOf) { return false }
        if line.word(i) == "one", line.isWord(i + 1, ["of"]) { return false }
        if isPassingFigure(i) { return false }
        if line.tokens[i].number != nil { return !line.isWord(i - 1, ["q", "h", "fy"]) }
        guard let w = line.word(i), NumberWords.units[w] != nil || NumberWords.tens[w] != nil, w != "zero" else { return false }
        return !(w == "one" && line.isWord(i - 1, FigureSpans.pronouns.union(["no", "any", "some", "every"])))
    }

    var isChannelQuestion: Bool {
        context.question == .channels || context.channel != nil
    }

    /// "no, 30", "no - Q3": a line that opens by saying no corrects.
    var saysNoFirst: Bool {
        line.isWord(0, ["no", "nope", "nah"]) && line.count > 1
            && (line.tokens[1].isSymbol(",", Line.dash, ".")
                || line.isWord(1, ["wait", "my", "the", "it's", "its", "i", "i'm", "our", "her", "his"]))
    }

    /// The activities talked through in this line, when it talks of any.
    func channelTalk(_ mentions: [Mention]) -> ChannelTalk.Reading? {
        let talk = ChannelTalk(line: line, mentions: mentions, only: context.channel, generic: isChannelQuestion)
        let reading = talk.read()
        guard !reading.drafts.isEmpty || !reading.negated.isEmpty else { return nil }
        if isChannelQuestion { return reading }
        // Elsewhere, only an activity introduced as one and given a figure: "calls: 40 dials per meeting".
        guard reading.labelled, reading.drafts.contains(where: { $0.attemptsPerMeeting != nil }) else { return nil }
        return reading
    }

    /// The period said in this line (the last one, after any correction).
    func linePeriod(_ mentions: [Mention], placed: [Attachment.Placed]) -> Period? {
        for p in placed.reversed() where p.slot == .period {
            if let last = p.chain.last, case .period(let period) = mentions[last].kind { return period }
        }
        return nil
    }

    /// Several values for one slot: the last said wins, except time off, whose parts add up; a goal said outright
    /// wins over one worked out from deals or a month's figure, and a worked one that disagrees is asked about.
    func resolve(_ fills: [Fill], heard: inout Heard) -> [Fill] {
        var out: [Fill] = []
        for fill in fills {
            if fill.slot == .weeksOff, let i = out.firstIndex(where: { $0.slot == .weeksOff }),
                case .timeOff(let a) = out[i].value, case .timeOff(let b) = fill.value
            {
                out[i].value = .timeOff(a + b)
                out[i].said += "; " + fill.said
                continue
            }
            if let i = out.firstIndex(where: { $0.slot == fill.slot }) {
                if fill.slot == .goal, (out[i].worked == nil) != (fill.worked == nil) {
                    let (plain, worked) = out[i].worked == nil ? (out[i], fill) : (fill, out[i])
                    if case .money(let a) = plain.value, case .money(let b) = worked.value, abs(a - b) > max(1, a * 0.01) {
                        heard.unplaced.append(Leftover(text: worked.said, kind: .money(b, range: nil), tokens: 0..<0))
                    }
                    out[i] = plain
                    continue
                }
                if fill.slot == .dealSize, out[i].said == fill.said { continue }
                out.remove(at: i)
            }
            out.append(fill)
        }
        return out
    }

    /// Whether `m` gives an answer already heard in this line the same value.
    func restates(_ m: Mention, heard: Heard, period: Period?) -> Bool {
        heard.fills.contains { fill in
            guard case .success(let (again, _, _))? = SlotReading.value(m.kind, for: fill.slot, period: period) else { return false }
            switch (again, fill.value) {
            case (.money(let a), .money(let b)): return abs(a - b) <= max(1, b * 0.01)
            default: return again == fill.value
            }
        }
    }

    /// Figures a line may say in passing that answer nothing: "it's Jan 4th" (today).
    func isRemark(_ m: Mention) -> Bool {
        if case .partDays = m.kind { return true }
        guard case .date = m.kind else { return false }
        let before = m.tokens.lowerBound
        return line.isWord(before - 1, ["it's", "its", "today's", "today"])
            || (line.isWord(before - 2, ["today"]) && line.isWord(before - 1, ["is"]))
    }

    /// Kinds that are figures a person typed: each must be placed or asked about.
    static func isFigure(_ kind: Mention.Kind) -> Bool {
        switch kind {
        case .money, .moneyPer, .percent, .ratio, .fraction, .number, .dealsAt, .duration, .daysAWeek, .hoursPer, .date, .timeOff:
            return true
        case .month, .period, .weekdays, .daysOff, .partDays, .timeBlocks, .zero, .profile, .person: return false
        }
    }

    /// The slot a figure-less line talks about, for saying what it could not read: "we close lots" is a close rate.
    func bestLoneCue(_ cues: [Attachment.Cue]) -> Slot? {
        let slots = cues.map(\.slot)
        if let q = context.question, slots.contains(q) { return q }
        return slots.first { $0 != .goal && $0 != .workingDays && $0 != .openOpportunities } ?? slots.first
    }

    /// Token ranges of sentences that ask rather than answer: those ending in "?", or the first when the line
    /// opens with a question word.
    func questionSentences() -> [Range<Int>] {
        var out: [Range<Int>] = []
        let sentences = line.sentences
        for (n, sentence) in sentences.enumerated() {
            let end = sentence.upperBound
            let endsAsking = line.tokens[safe: end]?.isSymbol("?") == true
            // "what I'm working toward is …" says, it doesn't ask.
            let opensAsking =
                n == 0 && line.isWord(sentence.lowerBound, Self.questionStarts)
                && !line.tokens.contains(where: { $0.isSymbol("?") })
                && !line.isWord(sentence.lowerBound + 1, ["i", "we", "i'm", "we're", "i've", "we've", "my", "our", "she", "he", "they"])
            // "1 in 30?", "maybe 25%?": a figure said with a rising voice is a tentative answer, not a question.
            let tentative =
                endsAsking && !opensAsking && sentence.count <= 6 && sentence.contains { line.tokens[$0].number != nil }
                && !sentence.contains { line.isWord($0, Self.questionStarts.union(["normal", "typical", "usual", "mean", "average"])) }
            if (endsAsking && !tentative) || opensAsking { out.append(sentence) }
        }
        return out
    }

    /// Where any of `phrases` is said.
    func phrases(_ phrases: [[String]]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in line.indices {
            for phrase in phrases where line.says([phrase], at: i) {
                found.append(i..<(i + phrase.count))
            }
        }
        return found
    }
}

extension Understand {
    /// The line asks something back ("what does blended mean?") rather than answering.
    public static func asksSomething(_ text: String) -> Bool {
        !Listener(line: Line(text), context: .init(asOf: Day(ordinal: 0), question: nil)).questionSentences().isEmpty
    }
}
