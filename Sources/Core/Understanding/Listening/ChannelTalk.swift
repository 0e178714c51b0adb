/// Reads prospecting activities in the rep's own words, several to a paragraph: each activity's name, how many
/// attempts book a meeting ("1 in 30", "50 dials per meeting", "3% of calls book a meeting", "each event gets me 3
/// meetings", "I ask 5 clients to get one meeting", "one meeting per 20 calls"), its share of meetings ("40% of
/// them", "a quarter", "the rest", "70/30") and minutes per attempt ("3 minutes each" is always minutes).
struct ChannelTalk {
    let line: Line
    let mentions: [Mention]
    /// Reading the details of one activity already named: every figure is its.
    let only: String?
    /// Activities are what is asked: a name of any kind introduced at a sentence's start is one.
    var generic = true

    struct Reading {
        var drafts: [ChannelDraft] = []
        /// Activities said not to be one: "no referrals yet".
        var negated: [String] = []
        /// Mention positions used.
        var used = Set<Int>()
        /// A name stood where an activity is introduced ("calls:", "texts -"), not only in passing.
        var labelled = false
    }

    /// A name found in the line.
    struct Name {
        var text: String
        var tokens: Range<Int>
        var labelled: Bool
        var negated: Bool
        /// Lower-case words, to tell "calls" is the "cold calls" said before.
        var words: [String] { text.lowercased().split { $0 == " " || $0 == "-" }.map(String.init) }
    }

    struct Fields {
        var attempts: Double?
        var share: Double?
        var minutes: Double?
        var rest = false
        /// The share came from a bare percent: a second one makes it the meeting rate ("calls: 3%, 2 min, 50%").
        var bareShare: Double?
        /// Where the attempts were said, for telling a correction from a second activity's figure.
        var attemptsFrom: Int?
    }

    func read() -> Reading {
        var reading = Reading()
        let found = only.map { [Name(text: $0, tokens: 0..<0, labelled: true, negated: false)] } ?? names()
        reading.negated = found.filter(\.negated).map(\.text)
        let live = found.filter { !$0.negated }
        reading.labelled = live.contains(where: \.labelled)
        guard !live.isEmpty else { return reading }
        // One activity, however it was called again: "cold calls" then "calls".
        var order: [Name] = []
        for n in live where !order.contains(where: { same($0, n) }) { order.append(n) }
        func key(_ n: Name) -> Int { order.firstIndex { same($0, n) } ?? 0 }
        var fields = Array(repeating: Fields(), count: order.count)

        // "50/50", "about 70/30": shares in the order the activities were named, when as many were named.
        func group(of split: Split) -> [Name]? {
            let named = orderIn(line.sentence(around: split.at), live)
            return named.count == split.shares.count ? named : (order.count == split.shares.count ? order : nil)
        }
        let splits = self.splits().filter { group(of: $0) != nil }
        let volumes = ChannelVolume(line: line, mentions: mentions).all()
        for (k, m) in mentions.enumerated() {
            if splits.contains(where: { $0.mentions.contains(k) }) {
                reading.used.insert(k)
                continue
            }
            if let volume = volumes.first(where: { $0.attempts == k || $0.meetings == k || $0.spans.contains(k) }) {
                if volume.attempts == k, let owner = self.owner(of: m, among: live) {
                    fields[key(owner)].attempts = volume.attemptsPerMeeting
                }
                reading.used.insert(k)
                continue
            }
            guard let owner = self.owner(of: m, among: live, hasShare: { fields[key($0)].share != nil }) else { continue }
            var f = fields[key(owner)]
            guard read(m, k, into: &f) else { continue }
            // A second rate for one activity, with nothing saying the first was wrong, is asked about, not taken.
            if let earlier = f.attemptsFrom, f.attempts != fields[key(owner)].attempts, fields[key(owner)].attempts != nil,
                !line.corrects(between: earlier, m.tokens.lowerBound)
            {
                continue
            }
            if f.attempts != fields[key(owner)].attempts { f.attemptsFrom = m.tokens.upperBound }
            fields[key(owner)] = f
            reading.used.insert(k)
        }
        // Shares said in words only: "the rest", "all my meetings", "the other third".
        for n in live {
            let segment = self.segment(of: n, among: live)
            var f = fields[key(n)]
            // "the rest from cold calls": the rest said just before the name is its too.
            let lead = max(0, n.tokens.lowerBound - 4)..<n.tokens.lowerBound
            let saidBefore =
                lead.contains { line.isWord($0, ["rest", "remainder"]) }
                && !lead.contains { i in live.contains { $0.tokens.contains(i) } }
            if f.share == nil,
                saidBefore
                    || segment.contains(where: {
                        line.isWord($0, ["rest", "remainder"]) || (line.isWord($0, ["remaining"]) && !isFigureAt($0 + 1))
                    })
            {
                f.rest = true
            }
            if f.share == nil,
                segment.contains(where: { i in
                    line.isWord(i, ["all", "every"])
                        && (i + 1..<min(line.count, i + 4)).contains { line.isWord($0, CueWords.meetingWords.union(["them"])) }
                })
            {
                f.share = 1
            }
            fields[key(n)] = f
        }
        for i in line.indices where line.isWord(i, ["other", "remaining", "last", "another"]) {
            guard let w = line.word(i + 1), let d = NumberWords.fractions[w], !mentions.contains(where: { $0.tokens.contains(i + 1) }),
                let owner = owner(of: Mention(.fraction(1 / d), tokens: (i + 1)..<(i + 2), text: w), among: live)
            else { continue }
            fields[key(owner)].share = 1 / d
        }
        for split in splits {
            for (n, share) in zip(group(of: split) ?? [], split.shares) { fields[key(n)].share = share }
        }
        // "split evenly", "half and half": equal shares among those named.
        for sentence in line.sentences
        where sentence.contains(where: { line.isWord($0, ["evenly", "equally"]) })
            || sentence.contains(where: { line.isWord($0, ["half"]) && line.isWord($0 + 1, ["and"]) && line.isWord($0 + 2, ["half"]) })
        {
            let named = orderIn(sentence, live)
            let group = named.count > 1 ? named : order
            for n in group { fields[key(n)].share = 1 / Double(group.count) }
            for (k, m) in mentions.enumerated() where sentence.contains(m.tokens.lowerBound) {
                if case .fraction = m.kind { reading.used.insert(k) }
            }
        }
        // "door-to-door is everything for me", "only site visits": one activity, all the meetings.
        if order.count == 1, fields[0].share == nil,
            line.indices.contains(where: { line.isWord($0, ["everything", "only", "exclusively", "solely", "entirely", "all"]) })
        {
            fields[0].share = 1
        }
        // "the rest": what the others leave, once every other one has its share.
        let given = fields.compactMap(\.share).reduce(0, +)
        let rest = fields.indices.filter { fields[$0].rest && fields[$0].share == nil }
        let othersGiven = fields.indices.allSatisfy { rest.contains($0) || fields[$0].share != nil }
        for i in rest where given < 1 && othersGiven { fields[i].share = (1 - given) / Double(rest.count) }
        reading.drafts = zip(order, fields).map { n, f in
            ChannelDraft(name: n.text, attemptsPerMeeting: f.attempts, share: f.share, minutesPerAttempt: f.minutes)
        }
        return reading
    }

    /// The activities named in a sentence, each once, in the order said.
    func orderIn(_ sentence: Range<Int>, _ names: [Name]) -> [Name] {
        var out: [Name] = []
        for n in names where sentence.contains(n.tokens.lowerBound) && !out.contains(where: { same($0, n) }) { out.append(n) }
        return out
    }

    /// Two names for one activity: the same words, or one's words all among the other's ("calls", "cold calls").
    func same(_ a: Name, _ b: Name) -> Bool {
        let x = Set(a.words.map(Self.singular)), y = Set(b.words.map(Self.singular))
        return x == y || (!x.isEmpty && x.isSubset(of: y)) || (!y.isEmpty && y.isSubset(of: x))
    }

    static func singular(_ w: String) -> String {
        w.count > 3 && w.hasSuffix("s") ? String(w.dropLast()) : w
    }

    // MARK: Names

    static let heads: Set<String> = [
        "calls", "call", "dials", "emails", "email", "texts", "sms", "messages", "inmails", "voicemails", "referrals",
        "referral", "intros", "introductions", "events", "webinars", "seminars", "workshops", "visits", "knocks", "shows",
        "meetups", "mailers", "letters", "postcards", "linkedin", "social", "outreach", "canvassing", "networking", "booths",
        "videos", "sequences", "cadences", "posts", "dms", "asks", "walk-ins", "drop-ins", "lunch-and-learns", "mail",
        "conferences", "fairs", "expos", "breakfasts", "lunches", "dinners", "touches", "pop-ins", "follow-ups", "followups",
        "calling", "emailing", "texting", "messaging", "knocking", "door-to-door", "notes", "demos", "tradeshows", "events",
        "ads", "campaigns", "partnerships", "partners", "inbound", "podcasts", "episodes", "roadshows", "flyers", "leaflets",
        "billboards", "adverts", "newsletters", "blogs", "trials", "exhibitions", "stands", "drops", "tours", "pitches",
        "presentations", "talks", "msgs", "texts", "whatsapps", "tastings", "open-houses", "lunch-and-learn", "webinar",
        "dinners", "summits", "demos", "cold-calls", "cold-calling", "door-knocking", "mailshots", "mailouts", "cards",
        "phone", "prospecting", "leads", "inquiries", "enquiries", "referral-asks", "networking-events",
    ]
    static let modifiers: Set<String> = [
        "cold", "warm", "phone", "video", "linkedin", "networking", "partner", "referral", "door", "trade", "direct",
        "follow-up", "social", "email", "customer", "client", "in-person", "site", "industry", "community", "outbound",
        "inbound", "personal", "handwritten", "connection", "intro", "door-to-door", "voice", "text", "lunch", "webinar",
        "event", "chamber", "local", "virtual", "online", "field", "whatsapp", "telegram", "slack", "instagram", "facebook",
        "twitter", "tiktok", "youtube", "sms", "trade", "industry", "site", "podcast", "print", "radio", "newsletter",
    ]
    static let fillers: Set<String> = [
        "the", "my", "some", "mostly", "only", "just", "mainly", "primarily", "also", "i", "we", "do", "use", "she", "he",
        "they", "and", "or", "plus", "then", "our", "her", "his", "their", "a", "an", "from", "via", "with", "through",
    ]
    static let notNames: Set<String> = [
        "sorry", "actually", "ok", "okay", "so", "well", "hmm", "also", "note", "wait", "oh", "oops", "split", "shares",
        "share", "rest", "remaining", "other", "last", "total", "overall", "minutes", "time", "rate", "each", "every", "it",
        "that", "this", "which", "and", "meetings", "meeting", "half", "quarter", "third", "ouch", "ugh", "wow", "yikes",
        "channel", "channels", "mix", "breakdown", "activities", "activity", "sources", "source",
        "um", "uh", "honestly", "basically", "anyway", "anyways", "right", "yes", "no", "yeah", "hmm", "oh", "well",
    ]
    static let notAfter: Set<String> = ["per", "a", "an", "each", "every", "of", "them", "those", "these", "my", "her", "his"]
    static let negations: Set<String> = ["no", "not", "without", "except", "don't", "doesn't", "haven't", "hasn't", "never", "nor"]
    /// "leave out referrals", "skip events", "drop the webinars": an activity taken away.
    static let dropWords: Set<String> = ["leave", "skip", "minus", "excluding", "drop", "ignore", "forget", "remove"]
    static let listVerbs: Set<String> = [
        "do", "does", "doing", "did", "us", "just", "mostly", "use", "uses", "make", "makes", "send", "sends", "is", "are", "only", "then",
        "also",
        "mainly", "primarily", "plus", "and", "or", "via", "through", "from", "with", "some", "between", "among", "across",
    ]
    static let bookingVerbs: Set<String> = [
        "book", "books", "booked", "turn", "turns", "become", "becomes", "convert", "converts", "get", "gets", "lead", "leads",
        "land", "lands", "result", "results", "end", "ends",
    ]

    func names() -> [Name] {
        var found: [Name] = []
        var i = 0
        let figureTokens = Set(mentions.filter { if case .person = $0.kind { false } else { true } }.flatMap(\.tokens))
        while i < line.count {
            guard !figureTokens.contains(i), let (start, end, labelled) = name(at: i) else {
                i += 1
                continue
            }
            let negated = (max(0, start - 3)..<start).contains { line.isWord($0, Self.negations.union(Self.dropWords)) }
            let text = Self.tidy(line.text(start..<end))
            if !text.isEmpty { found.append(Name(text: text, tokens: start..<end, labelled: labelled, negated: negated)) }
            i = end
        }
        // "one meeting for every twenty five whatsapp messages": with no activity named, the one counted is it.
        guard generic else { return found }
        for sentence in line.sentences where !found.contains(where: { sentence.contains($0.tokens.lowerBound) }) {
            var k = sentence.lowerBound
            while k < sentence.upperBound {
                var end = k, at = k
                while let (w, next) = word(at: at), Self.heads.contains(w) || Self.modifiers.contains(w) {
                    if Self.heads.contains(w) { end = next }
                    at = next
                }
                if end > k, !line.isWord(k - 1, ["per", "each", "every", "a", "an"]) {
                    found.append(Name(text: Self.tidy(line.text(k..<end)), tokens: k..<end, labelled: false, negated: false))
                }
                k = max(at, k + 1)
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The name of an activity at `i`, where it starts (words before an unknown kind of it included: "chamber of
    /// commerce events") and ends, and whether it is introduced there ("calls:", "texts -").
    func name(at i: Int) -> (Int, Int, Bool)? {
        let sentence = line.sentence(around: i)
        let opens = i == sentence.lowerBound || line.breaksClause(i - 1) || line.tokens[safe: i - 1]?.isSymbol(":", "|") == true
        // "50% calls, 30% emails": a name right after its share.
        let afterShare = line.tokens[safe: i - 1]?.isSymbol("%") == true || line.isWord(i - 1, ["percent", "pct"])
        // Said without pauses ("… 60 percent of my meetings emails the other 40"): a name after a figure's last word.
        let afterFigure = line.isWord(
            i - 1,
            [
                "meetings", "meeting", "each", "minutes", "mins", "min", "hours", "hrs", "seconds",
                "secs", "time", "ask", "dial", "call", "visit", "door",
            ])
        // "70/30 calls and email": a name may follow a split.
        let afterSplit = line.tokens[safe: i - 2]?.isSymbol("/") == true && line.tokens[safe: i - 3]?.number != nil
        let atStart = opens || afterShare || afterFigure || afterSplit || line.isWord(i - 1, Self.listVerbs)
        if line.isWord(i - 1, Self.notAfter) || (line.tokens[safe: i - 1]?.number != nil && !afterSplit) { return nil }
        if line.isWord(i - 1, ["the"]), !line.isWord(i - 2, ["is", "are"]) { return nil }
        // "cold calls", "referral asks", "linkedin voice notes": describing words and heads, ending on a head.
        var end = i
        var at = i
        while let (word, next) = word(at: at), Self.heads.contains(word) || Self.modifiers.contains(word) {
            if Self.heads.contains(word) { end = next }
            at = next
        }
        let j = end
        if j > i {
            if atStart || line.tokens[safe: j]?.isSymbol(":") == true {
                // "emails to past clients — 1 in 6": at a sentence's start, the words up to the pause are the name.
                if i == sentence.lowerBound || line.tokens[safe: i - 1]?.isSymbol(";", ".") == true, !introduced(after: j) {
                    var k = j
                    while k < min(line.count, j + 4), let w = line.word(k), !CueWords.otherSlotWords.contains(w),
                        !Self.notNames.contains(w),
                        !mentions.contains(where: { $0.tokens.contains(k) }), !line.isWord(k, ["are", "is"])
                    {
                        k += 1
                    }
                    if k > j, introduced(after: k) { return (i, k, true) }
                }
                return (i, j, introduced(after: j))
            }
            // "… come from chamber of commerce events": plain words before the head name its kind.
            var b = i
            var before = 0
            while before < 4, b > sentence.lowerBound, let w = line.word(b - 1), !line.breaksClause(b - 1),
                !Self.listVerbs.contains(w), w == "of" || !Self.notAfter.contains(w), !CueWords.otherSlotWords.contains(w),
                !Self.notNames.contains(w), !Self.fillers.contains(w), !Self.negations.contains(w), !Self.dropWords.contains(w),
                w != "out", w != "off"
            {
                b -= 1
                before += 1
            }
            while line.isWord(b, ["of"]), b < i { b += 1 }
            if b < i, b == sentence.lowerBound || line.breaksClause(b - 1) || line.isWord(b - 1, Self.listVerbs) {
                return (b, j, introduced(after: j))
            }
            return nil
        }
        // An activity of any name, introduced as one, at the start of a sentence: "podcasts: 1 in 5", "inbound
        // follow-ups are 1 in 2". Only where activities are asked: elsewhere "ouch —" is no activity.
        guard only == nil, generic, i == sentence.lowerBound || line.tokens[safe: i - 1]?.isSymbol(";", ".") == true else { return nil }
        var k = i
        var count = 0
        while count < 4, let (w, end) = word(at: k), !CueWords.otherSlotWords.contains(w), !Self.notNames.contains(w),
            !line.isWord(k, ["are", "is"])
        {
            k = end
            count += 1
        }
        guard count > 0, !(i..<k).contains(where: { t in mentions.contains { $0.tokens.contains(t) } }) else { return nil }
        if line.tokens[safe: k]?.isSymbol(":", Line.dash) == true { return (i, k, true) }
        if line.isWord(k, ["are", "is"]), channelFigure(at: k + 1) { return (i, k, true) }
        return nil
    }

    /// Whether a figure that books meetings starts right here ("1 in 2", "40 dials per meeting").
    func channelFigure(at i: Int) -> Bool {
        guard let m = mentions.first(where: { $0.tokens.lowerBound == i || $0.tokens.lowerBound == i + 1 }) else { return false }
        switch m.kind {
        case .ratio: return true
        case .percent: return booksMeetings(from: m.tokens.upperBound)
        case .number(_, _, let noun): return noun == .meetings || perMeeting(from: m.tokens.upperBound)
        default: return false
        }
    }

    func introduced(after j: Int) -> Bool {
        line.tokens[safe: j]?.isSymbol(":", Line.dash, "|") == true
    }

    /// One word as typed, hyphenated parts joined ("walk-ins", "lunch-and-learns"), lower case, and where it ends.
    func word(at i: Int) -> (String, Int)? {
        guard let first = line.word(i) else { return nil }
        var text = first
        var j = i + 1
        while j + 1 < line.count, line.tokens[j].isSymbol("-"), !line.lexemes[j].spaced, !line.lexemes[j + 1].spaced,
            let next = line.word(j + 1)
        {
            text += "-" + next
            j += 2
        }
        return (text, j)
    }

    static func tidy(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while let first = words.first, fillers.contains(first.lowercased()), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    // MARK: Whose figure

    /// The activity a figure belongs to: one named right after a share ("30% from cold calls", "50% calls"), else the
    /// one named before it in its sentence, else one its sentence speaks of ("each webinar"), else after it ("the
    /// other third is cold calls"), else the last one named before it.
    func owner(of m: Mention, among names: [Name], hasShare: (Name) -> Bool = { _ in false }) -> Name? {
        if only != nil { return names.first }
        let sentence = line.sentence(around: m.tokens.lowerBound)
        let start = m.tokens.lowerBound
        // "1 from every 8 emails": the activity counted right after the figure.
        if let unit = names.first(where: { !$0.labelled && m.tokens.contains($0.tokens.lowerBound) }) { return unit }
        if let unit = names.first(where: { $0.tokens.lowerBound == m.tokens.upperBound && !$0.labelled }),
            line.tokens[safe: m.tokens.upperBound - 1]?.number != nil
                || line.word(m.tokens.upperBound - 1).map(NumberWords.isNumberWord) == true
        {
            return unit
        }
        let before = names.last(where: { sentence.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= start })
        // "50% calls, 30% emails", "the other 30% from cold calls": a share said just before its activity — unless the
        // one before it still wants its share, as when talk runs on without pauses.
        if isShare(m), before.map(hasShare) ?? true {
            var j = m.tokens.upperBound
            while j < min(line.count, m.tokens.upperBound + 3),
                line.isWord(j, ["from", "come", "comes", "coming", "is", "are", "via", "through"])
            {
                j += 1
            }
            if let n = names.first(where: { $0.tokens.lowerBound == j }), sentence.contains(n.tokens.lowerBound) { return n }
        }
        // "… a site visit books a meeting half the time": the nearest word for one of the activities.
        let lastName = before?.tokens.upperBound ?? sentence.lowerBound
        for i in stride(from: start - 1, through: lastName, by: -1) {
            guard let w = line.word(i), !names.contains(where: { $0.tokens.contains(i) }) else { continue }
            if let n = names.first(where: { $0.words.last.map(Self.singular) == Self.singular(w) && w != $0.words.last }) { return n }
        }
        if let before { return before }
        for i in sentence where i < start {
            guard let w = line.word(i) else { continue }
            if let n = names.first(where: { $0.words.last.map(Self.singular) == Self.singular(w) }) { return n }
        }
        if let after = names.first(where: { sentence.contains($0.tokens.lowerBound) && $0.tokens.lowerBound >= m.tokens.upperBound }) {
            return after
        }
        return names.last(where: { $0.tokens.upperBound <= start }) ?? names.first
    }

    func isShare(_ m: Mention) -> Bool {
        switch m.kind {
        case .percent: return !booksMeetings(from: m.tokens.upperBound)
        case .fraction: return true
        default: return false
        }
    }

    /// The tokens that belong to an activity: from its name to the next name, within its sentences.
    func segment(of n: Name, among names: [Name]) -> Range<Int> {
        let next = names.first { $0.tokens.lowerBound > n.tokens.lowerBound && !same($0, n) }
        let sentence = line.sentence(around: n.tokens.lowerBound)
        var start = n.tokens.upperBound
        // "the other third is cold calls": the words before the name in its sentence are its too.
        if names.first(where: { sentence.contains($0.tokens.lowerBound) })?.tokens == n.tokens { start = sentence.lowerBound }
        let end = min(next?.tokens.lowerBound ?? line.count, line.count)
        return start..<max(start, end)
    }

    // MARK: Figures

    /// Reads one figure into the activity's fields; false when it is none of theirs.
    func read(_ m: Mention, _ k: Int, into f: inout Fields) -> Bool {
        let after = m.tokens.upperBound
        switch m.kind {
        case .duration(let v, let unit, _):
            // "60 calls a day": how often, not how long.
            if line.isWord(m.tokens.lowerBound, ["a", "an", "per", "every", "each"]), v == 1,
                mentions[..<k].last.map({ $0.tokens.upperBound == m.tokens.lowerBound }) == true
            {
                return true
            }
            switch unit {
            case .second, .minute, .hour: f.minutes = v * unit.minutes
            // "takes half a day": a working day of eight hours.
            case .day where v <= 1: f.minutes = v * 8 * 60
            default: return false
            }
            return true
        case .ratio(let some, let of, _, _):
            guard of > 0, some > 0 else { return false }
            let slashed = m.tokens.contains { line.tokens[$0].isSymbol("/") }
            // "70/30" with one activity named: a split of meetings that can't be placed here.
            if slashed, some >= of { return false }
            // "1/3 of meetings", "3/4": a share; "1/20" or "1 in 20": attempts per meeting.
            if slashed, some < of, of <= 10 {
                setShare(some / of, bare: false, &f)
            } else {
                f.attempts = of / some
            }
            return true
        case .percent(let p, _):
            guard p > 0 else { return false }
            // Asked how many attempts book a meeting, "5%" is the share of attempts that do.
            let ofTheTime = line.isWord(after, ["of"]) && line.isWord(after + 1, ["the"]) && line.isWord(after + 2, ["time"])
            if booksMeetings(from: after) || ofTheTime || (only != nil && f.attempts == nil && !saysMeetings(from: after)) {
                f.attempts = 1 / p
            } else {
                setShare(p, bare: !saysMeetings(from: after), &f)
            }
            return true
        case .fraction(let v):
            // "books a meeting half the time": how often an attempt books one.
            if line.isWord(after, ["the", "of"]), line.isWord(after + 1, ["time"]) || line.isWord(after + 2, ["time"]) {
                f.attempts = 1 / v
            } else {
                setShare(v, bare: false, &f)
            }
            return true
        case .number(let n, _, .meetings?):
            guard n > 0 else { return false }
            // "one meeting per 20 calls": the attempts the meetings are counted against.
            if let per = attemptsAfter(m) {
                f.attempts = per / n
                return true
            }
            // "I ask 4 clients to get one meeting": the meeting the attempts are counted against.
            if n == 1,
                line.isWord(
                    m.tokens.lowerBound - 1,
                    [
                        "get", "gets", "book", "books", "for", "per", "land", "lands", "every",
                        "each", "to", "landing", "getting", "booking",
                    ])
            {
                return true
            }
            f.attempts = 1 / n
            return true
        case .number(let n, _, .attempts?), .number(let n, _, .people?):
            guard n > 0 else { return false }
            if isCountedAgainst(m) { return true }
            // "ask 4 clients for one intro": the intro is the meeting the asks are counted against.
            if isOneMeeting(m), line.isWord(m.tokens.lowerBound - 1, ["for", "per", "get", "gets", "to", "land", "book"]) { return true }
            // "I make about 60 calls a day": how many are made now, which the plan works out afresh.
            if ChannelVolume(line: line, mentions: mentions).span(after: m.tokens.upperBound) != nil { return true }
            guard perMeeting(from: after) else { return false }
            f.attempts = n
            return true
        case .number(let n, _, nil):
            guard n > 0 else { return false }
            if isCountedAgainst(m) { return true }
            // "40 dials a meeting, no wait, more like 60": the rate said again.
            if f.attempts != nil, let from = f.attemptsFrom, line.corrects(between: from, m.tokens.lowerBound) {
                f.attempts = n
                return true
            }
            // "to land one": the meeting, said as "one".
            if n == 1, line.word(m.tokens.lowerBound) == "one", line.isWord(m.tokens.lowerBound - 1, ["land", "get", "book", "bag"]) {
                return true
            }
            if perMeeting(from: after) || only != nil {
                f.attempts = n
                return true
            }
            // "for the other 80", "the remaining 30": a share said without its percent sign.
            if n <= 100, line.isWord(m.tokens.lowerBound - 1, ["other", "remaining", "another"]) {
                setShare(n / 100, bare: false, &f)
                return true
            }
            // "3 per webinar", "2 a show": meetings each attempt brings.
            if line.isWord(after, ["per", "a", "each", "every"]), let w = line.word(after + 1),
                Self.heads.contains(w + "s") || Self.heads.contains(w)
            {
                f.attempts = 1 / n
                return true
            }
            // "calls take 5 minutes and walk-ins 25": the unit said just before.
            if let previous = mentions[..<k].last(where: {
                line.sentence(around: $0.tokens.lowerBound) == line.sentence(around: m.tokens.lowerBound)
            }),
                case .duration(_, let unit, _) = previous.kind, [.minute, .hour, .second].contains(unit)
            {
                f.minutes = n * unit.minutes
                return true
            }
            return false
        default:
            return false
        }
    }

    /// A second share for an activity with no meeting rate turns a bare first one into the rate: "calls — 5% — 50%".
    func setShare(_ share: Double, bare: Bool, _ f: inout Fields) {
        if let first = f.bareShare, f.attempts == nil {
            f.attempts = 1 / first
        }
        f.share = share
        f.bareShare = bare && f.attempts == nil ? share : nil
    }

    /// "one meeting per 20 calls", "a meeting for every 40 dials": the attempts after the meetings.
    func attemptsAfter(_ m: Mention) -> Double? {
        var j = m.tokens.upperBound
        var steps = 0
        while steps < 3, line.isWord(j, ["per", "for", "every", "out", "of", "from", "in"]) {
            j += 1
            steps += 1
        }
        guard steps > 0, let next = mentions.first(where: { $0.tokens.lowerBound == j }),
            case .number(let per, _, let noun) = next.kind, noun != .meetings
        else { return nil }
        return per
    }

    /// "20 calls" in "one meeting per 20 calls": already counted with the meetings before it.
    func isCountedAgainst(_ m: Mention) -> Bool {
        guard let before = mentions.last(where: { $0.tokens.upperBound <= m.tokens.lowerBound }),
            case .number(_, _, .meetings?) = before.kind
        else { return false }
        return attemptsAfter(before) != nil && (before.tokens.upperBound..<m.tokens.lowerBound).count <= 3
    }

    /// "… of them book a meeting", "… of connection requests turn into meetings", "a 2% meeting rate".
    func booksMeetings(from i: Int) -> Bool {
        var end = i
        while end < min(line.count, i + 8), !line.breaksClause(end), !line.endsSentence(end), !line.tokens[end].isSymbol(":") { end += 1 }
        let window = i..<end
        let verb = window.contains { line.isWord($0, Self.bookingVerbs) }
        let meeting = window.contains { line.isWord($0, CueWords.meetingWords) }
        let rate = window.prefix(3).contains {
            line.isWord($0, ["rate", "hit", "connect", "response", "reply", "conversion", "book", "books"])
        }
        return (verb && meeting) || rate
    }

    /// "… of my meetings", "… of meetings": a share said as such.
    func saysMeetings(from i: Int) -> Bool {
        (i..<min(line.count, i + 4)).contains { line.isWord($0, CueWords.meetingWords) }
    }

    /// "… per meeting", "… a meeting", "… to get one meeting", "… gets one meeting", "… from partners per meeting",
    /// "… to land one": the meeting these attempts are counted against, said within a few words.
    func perMeeting(from i: Int) -> Bool {
        var j = i
        while j < min(line.count, i + 7), !line.breaksClause(j), !line.endsSentence(j) {
            if line.isWord(j, CueWords.meetingWords) {
                // "40 dials/mtg": a slash for "per".
                return j > i
                    && (line.isWord(j - 1, ["per", "a", "an", "one", "each", "every", "single", "the"]) || line.tokens[j - 1].number == 1
                        || line.tokens[j - 1].isSymbol("/"))
            }
            if line.word(j) == "one" || line.tokens[j].number == 1, line.isWord(j - 1, ["land", "get", "gets", "book", "books", "bag"]),
                !line.isWord(j + 1, CueWords.meetingWords)
            {
                return true
            }
            if mentions.contains(where: {
                $0.tokens.contains(j) && $0.tokens.lowerBound == j && !isOneMeeting($0) && line.tokens[j].number != 1
            }) {
                return false
            }
            j += 1
        }
        return false
    }

    /// "one meeting", "one intro": the single meeting attempts are counted against.
    func isOneMeeting(_ m: Mention) -> Bool {
        switch m.kind {
        case .number(1, nil, .meetings?): return true
        case .number(1, nil, .attempts(let w)?): return CueWords.meetingWords.contains(w)
        default: return false
        }
    }

    func isFigureAt(_ i: Int) -> Bool {
        mentions.contains { $0.tokens.lowerBound == i }
    }

    /// "50/50", "about 70/30", "50/30/20": shares that make 100, in the order the activities were named.
    struct Split {
        var at: Int
        var shares: [Double]
        var mentions: [Int]
    }

    func splits() -> [Split] {
        var found: [Split] = []
        var i = 0
        while i < line.count {
            guard case .number(let first, _)? = line.tokens[safe: i], line.tokens[safe: i + 1]?.isSymbol("/") == true else {
                i += 1
                continue
            }
            var parts = [first]
            var j = i + 1
            while line.tokens[safe: j]?.isSymbol("/") == true, case .number(let next, _)? = line.tokens[safe: j + 1] {
                parts.append(next)
                j += 2
            }
            if parts.count >= 2, abs(parts.reduce(0, +) - 100) < 0.5 {
                let covered = mentions.indices.filter { (i..<j).contains(mentions[$0].tokens.lowerBound) }
                found.append(Split(at: i, shares: parts.map { $0 / 100 }, mentions: covered))
            }
            i = j
        }
        return found
    }
}
