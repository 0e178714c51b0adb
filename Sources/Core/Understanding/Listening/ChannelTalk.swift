/// Reads prospecting activities in the rep's own words, several to a paragraph: each activity's name, how many
/// attempts book a meeting ("1 in 30", "50 dials per meeting", "3% of calls book a meeting", "each event gets me 3
/// meetings", "I ask 5 clients to get one meeting"), its share of meetings ("40% of them", "a quarter", "the rest")
/// and minutes per attempt ("3 minutes each" is always minutes).
struct ChannelTalk {
    let line: Line
    let mentions: [Mention]
    /// Reading the details of one activity already named: every figure is its.
    let only: String?

    struct Reading {
        var drafts: [ChannelDraft] = []
        /// Activities said not to be one: "no referrals yet".
        var negated: [String] = []
        /// Mention positions used.
        var used = Set<Int>()
        /// Token positions of the names.
        var nameTokens = Set<Int>()
        /// A name stood where an activity is introduced ("calls:", "NAME —"), not only in passing.
        var labelled = false
    }

    static let heads: Set<String> = [
        "calls", "call", "dials", "emails", "email", "texts", "sms", "messages", "inmails", "voicemails", "referrals",
        "referral", "intros", "introductions", "events", "webinars", "seminars", "workshops", "visits", "knocks", "shows",
        "meetups", "mailers", "letters", "postcards", "linkedin", "social", "outreach", "canvassing", "networking", "booths",
        "videos", "sequences", "cadences", "posts", "dms", "asks", "walk-ins", "drop-ins", "lunch-and-learns", "mail",
        "prospecting", "conferences", "fairs", "expos", "breakfasts", "lunches", "dinners", "touches", "pop-ins",
    ]
    static let modifiers: Set<String> = [
        "cold", "warm", "phone", "video", "linkedin", "networking", "partner", "referral", "door", "trade", "direct",
        "follow-up", "social", "email", "customer", "client", "in-person", "site", "industry", "community", "outbound",
        "inbound", "personal", "handwritten", "connection", "intro", "door-to-door", "voice", "text", "lunch",
    ]
    static let notAfter: Set<String> = ["per", "a", "an", "each", "every", "of", "them", "those", "these", "my", "her", "his"]
    static let negations: Set<String> = ["no", "not", "without", "except", "don't", "doesn't", "haven't", "hasn't", "never", "nor"]
    static let listVerbs: Set<String> = ["do", "does", "just", "mostly", "use", "uses", "make", "makes", "send", "sends", "is",
                                         "are", "only", "then", "also", "mainly", "primarily", "plus", "and", "or", "via",
                                         "through", "from", "with"]
    static let bookingVerbs: Set<String> = ["book", "books", "booked", "turn", "turns", "become", "becomes", "convert",
                                            "converts", "get", "gets", "lead", "leads", "land", "lands", "result", "results",
                                            "end", "ends"]

    /// A name found in the line.
    struct Name {
        var text: String
        var tokens: Range<Int>
        var labelled: Bool
        var negated: Bool
    }

    func read() -> Reading {
        var reading = Reading()
        let names = only.map { [Name(text: $0, tokens: 0..<0, labelled: true, negated: false)] } ?? self.names()
        reading.negated = names.filter(\.negated).map(\.text)
        let live = names.filter { !$0.negated }
        reading.labelled = live.contains(where: \.labelled)
        for n in live { reading.nameTokens.formUnion(n.tokens) }
        guard !live.isEmpty else { return reading }
        var order: [String] = []
        var fields: [String: Fields] = [:]
        for n in live where !order.contains(where: { $0.lowercased() == n.text.lowercased() }) {
            order.append(n.text)
            fields[n.text.lowercased()] = Fields()
        }
        for (k, m) in mentions.enumerated() {
            guard let owner = self.owner(of: m, among: live) else { continue }
            var f = fields[owner.lowercased()] ?? Fields()
            if read(m, into: &f) {
                reading.used.insert(k)
                fields[owner.lowercased()] = f
            }
        }
        // Shares said in words only: "the rest", "all my meetings", "50/50".
        for n in live {
            let segment = self.segment(of: n, among: live)
            var f = fields[n.text.lowercased()] ?? Fields()
            if f.share == nil, segment.contains(where: { line.isWord($0, ["rest", "remaining", "remainder"]) }) { f.rest = true }
            if f.share == nil, segment.contains(where: { line.isWord($0, ["all"]) }),
               segment.contains(where: { line.isWord($0, CueWords.meetingWords.union(["them"])) }) { f.share = 1 }
            fields[n.text.lowercased()] = f
        }
        // "the other third is cold calls", "the remaining quarter".
        for i in line.indices where line.isWord(i, ["other", "remaining"]) {
            guard let w = line.word(i + 1), let d = NumberWords.fractions[w], !mentions.contains(where: { $0.tokens.contains(i + 1) }),
                  let owner = owner(of: Mention(.fraction(1 / d), tokens: (i + 1)..<(i + 2), text: w), among: live) else { continue }
            fields[owner.lowercased()]?.share = 1 / d
        }
        for sentence in line.sentences where saysEvenSplit(sentence) {
            let inSentence = live.filter { sentence.contains($0.tokens.lowerBound) }
            let group = inSentence.count > 1 ? inSentence : live
            for n in group { fields[n.text.lowercased()]?.share = 1 / Double(Set(group.map { $0.text.lowercased() }).count) }
            for (k, m) in mentions.enumerated() where sentence.contains(m.tokens.lowerBound) && isEvenSplit(m) { reading.used.insert(k) }
        }
        let given = order.compactMap { fields[$0.lowercased()]?.share }.reduce(0, +)
        let rest = order.filter { fields[$0.lowercased()]?.rest == true && fields[$0.lowercased()]?.share == nil }
        for name in rest where given < 1 {
            fields[name.lowercased()]?.share = (1 - given) / Double(rest.count)
        }
        reading.drafts = order.map { name in
            let f = fields[name.lowercased()] ?? Fields()
            return ChannelDraft(name: name, attemptsPerMeeting: f.attempts, share: f.share, minutesPerAttempt: f.minutes)
        }
        return reading
    }

    struct Fields {
        var attempts: Double?
        var share: Double?
        var minutes: Double?
        var rest = false
    }

    // MARK: Names

    func names() -> [Name] {
        var found: [Name] = []
        var i = 0
        let personTokens = Set(mentions.filter { if case .person = $0.kind { false } else { true } }.flatMap(\.tokens))
        while i < line.count {
            guard !personTokens.contains(i), let (end, labelled) = name(at: i) else {
                i += 1
                continue
            }
            let negated = (max(0, i - 3)..<i).contains { line.isWord($0, Self.negations) }
            found.append(Name(text: Self.tidy(line.text(i..<end)), tokens: i..<end, labelled: labelled, negated: negated))
            i = end
        }
        return found
    }

    /// Where an activity's name starting at `i` ends, and whether it is introduced there ("calls:", "texts -").
    func name(at i: Int) -> (Int, Bool)? {
        let sentence = line.sentence(around: i)
        let atStart = i == sentence.lowerBound || line.breaksClause(i - 1) || line.tokens[safe: i - 1]?.isSymbol(":") == true
            || line.isWord(i - 1, Self.listVerbs)
        if line.isWord(i - 1, Self.notAfter) || line.tokens[safe: i - 1]?.number != nil { return nil }
        if line.isWord(i - 1, ["the"]), !line.isWord(i - 2, ["is", "are"]) { return nil }
        var j = i
        var sawHead = false
        while let (word, end) = word(at: j) {
            if Self.heads.contains(word) {
                sawHead = true
                j = end
                // "referral asks", "linkedin messages": a head can lead another head.
                if let (next, _) = self.word(at: j), Self.heads.contains(next) { continue }
                break
            }
            guard Self.modifiers.contains(word) else { break }
            j = end
        }
        if sawHead, atStart || line.tokens[safe: j]?.isSymbol(":") == true {
            return (j, introduced(after: j))
        }
        // An activity of any name, introduced as one: "podcasts: 1 in 5", "billboards — 1 in 200".
        guard i == sentence.lowerBound || line.tokens[safe: i - 1]?.isSymbol(";") == true else { return nil }
        var k = i
        while k < min(i + 3, line.count), line.word(k) != nil, !CueWords.otherSlotWords.contains(line.word(k) ?? "") { k += 1 }
        guard k > i, line.tokens[safe: k]?.isSymbol(":", Line.dash) == true, !(i..<k).contains(where: { t in
            mentions.contains { $0.tokens.contains(t) }
        }) else { return nil }
        return (k, true)
    }

    func introduced(after j: Int) -> Bool {
        line.tokens[safe: j]?.isSymbol(":", Line.dash) == true
    }

    /// One word as typed, hyphenated parts joined ("walk-ins", "lunch-and-learns"), lower case, and where it ends.
    func word(at i: Int) -> (String, Int)? {
        guard let first = line.word(i) else { return nil }
        var text = first
        var j = i + 1
        while j + 1 < line.count, line.tokens[j].isSymbol("-"), !line.lexemes[j].spaced, !line.lexemes[j + 1].spaced,
              let next = line.word(j + 1) {
            text += "-" + next
            j += 2
        }
        return (text, j)
    }

    static func tidy(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while let first = words.first, ["the", "my", "some"].contains(first.lowercased()), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The activity a figure belongs to: the one named before it in its sentence, else after it in its sentence
    /// ("the other third is cold calls"), else the last one named before it.
    func owner(of m: Mention, among names: [Name]) -> String? {
        if let only { return only }
        let sentence = line.sentence(around: m.tokens.lowerBound)
        let start = m.tokens.lowerBound
        if let before = names.last(where: { sentence.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= start }) {
            return before.text
        }
        if let after = names.first(where: { sentence.contains($0.tokens.lowerBound) && $0.tokens.lowerBound >= m.tokens.upperBound }) {
            return after.text
        }
        return names.last(where: { $0.tokens.upperBound <= start })?.text ?? names.first?.text
    }

    /// The tokens that belong to an activity: from its name to the next name, within its sentences.
    func segment(of n: Name, among names: [Name]) -> Range<Int> {
        let next = names.first { $0.tokens.lowerBound > n.tokens.lowerBound && $0.text.lowercased() != n.text.lowercased() }
        let sentence = line.sentence(around: n.tokens.lowerBound)
        var start = n.tokens.upperBound
        // "the other third is cold calls": the words before the name in its sentence are its too.
        if names.first(where: { sentence.contains($0.tokens.lowerBound) })?.tokens == n.tokens { start = sentence.lowerBound }
        let end = min(next?.tokens.lowerBound ?? line.count, line.count)
        return start..<max(start, end)
    }

    // MARK: Figures

    /// Reads one figure into the activity's fields; false when it is none of theirs.
    func read(_ m: Mention, into f: inout Fields) -> Bool {
        let after = m.tokens.upperBound
        switch m.kind {
        case .duration(let v, let unit, _):
            switch unit {
            case .second: f.minutes = v / 60
            case .minute: f.minutes = v
            case .hour: f.minutes = v * 60
            default: return false
            }
            return true
        case .ratio(let some, let of, _, _):
            guard of > 0, some > 0 else { return false }
            if isEvenSplit(m) { return true }
            let slashed = (m.tokens).contains { line.tokens[$0].isSymbol("/") }
            if slashed, line.isWord(after, ["of"]) {
                f.share = some / of
            } else {
                f.attempts = of / some
            }
            return true
        case .percent(let p, _):
            guard p > 0 else { return false }
            if booksMeetings(from: after) {
                f.attempts = 1 / p
            } else {
                f.share = p
                if (max(0, m.tokens.lowerBound - 2)..<m.tokens.lowerBound).contains(where: { line.isWord($0, ["other", "remaining"]) }) {
                    f.rest = false
                }
            }
            return true
        case .fraction(let v):
            f.share = v
            return true
        case .number(let n, _, .meetings?):
            guard n > 0 else { return false }
            // "I ask 4 clients to get one meeting": the meeting the attempts are counted against.
            if n == 1, line.isWord(m.tokens.lowerBound - 1, ["get", "book", "for", "per", "land", "every", "each"]) { return true }
            f.attempts = 1 / n
            return true
        case .number(let n, _, .attempts?), .number(let n, _, .people?):
            guard n > 0, perMeeting(from: after) else { return false }
            f.attempts = n
            return true
        case .number(let n, _, nil):
            guard n > 0 else { return false }
            if perMeeting(from: after) || only != nil {
                f.attempts = n
                return true
            }
            return false
        default:
            return false
        }
    }

    /// "… of them book a meeting", "… of connection requests turn into meetings", "… hit rate".
    func booksMeetings(from i: Int) -> Bool {
        let window = i..<min(line.count, i + 7)
        let verb = window.contains { line.isWord($0, Self.bookingVerbs) }
        let meeting = window.contains { line.isWord($0, CueWords.meetingWords) }
        let rateWords = window.prefix(2).contains { line.isWord($0, ["hit", "connect", "response", "reply", "conversion"]) }
        return (verb && meeting) || rateWords
    }

    /// "… per meeting", "… a meeting", "… to get one meeting", "… for every meeting".
    func perMeeting(from i: Int) -> Bool {
        var j = i
        var steps = 0
        while j < line.count, steps < 5 {
            if line.isWord(j, CueWords.meetingWords) {
                return steps > 0
            }
            guard line.isWord(j, ["per", "a", "an", "for", "to", "get", "one", "each", "every", "book", "land", "a single", "i"])
            else { return false }
            j += 1
            steps += 1
        }
        return false
    }

    func saysEvenSplit(_ sentence: Range<Int>) -> Bool {
        mentions.contains { sentence.contains($0.tokens.lowerBound) && isEvenSplit($0) }
            || sentence.contains { line.isWord($0, ["evenly", "equally"]) }
            || sentence.contains { line.isWord($0, ["half"]) && line.isWord($0 + 1, ["and"]) && line.isWord($0 + 2, ["half"]) }
    }

    func isEvenSplit(_ m: Mention) -> Bool {
        if case .ratio(let some, let of, nil, nil) = m.kind, some == of, some == 50 { return true }
        return false
    }
}
