/// A prospecting activity as talked through: a name and whatever figures were given for it.
public struct ChannelDraft: Equatable, Codable, Sendable {
    public var name: String
    public var attemptsPerMeeting: Double?
    public var share: Double?
    public var minutesPerAttempt: Double?

    public init(name: String, attemptsPerMeeting: Double? = nil, share: Double? = nil, minutesPerAttempt: Double? = nil) {
        self.name = name
        self.attemptsPerMeeting = attemptsPerMeeting
        self.share = share
        self.minutesPerAttempt = minutesPerAttempt
    }
}

/// Reads activities: "calls: 40 dials per meeting, half of my meetings, 3 minutes each", or "calls, LinkedIn and referrals".
public enum ChannelTalk {
    static let timeWords: Set<String> = [
        "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "second", "seconds", "sec", "secs",
    ]

    /// A line shaped "NAME: details" whose name is not one of the plan's own labels.
    public static func line(_ text: String) -> Result<ChannelDraft, Misunderstanding>? {
        let cleaned = TerminalText.stripped(text)
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let name = String(cleaned[..<colon]).trimming(" -*•")
        let details = String(cleaned[cleaned.index(after: colon)...])
        guard !name.isEmpty, name.count <= 40, name.contains(where: \.isLetter),
              !name.contains(where: \.isNumber), SlotNames.slot(named: name) == nil || isChannelName(name)
        else { return nil }
        var draft = ChannelDraft(name: name)
        for part in details.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init) {
            let tokens = Lexer.tokens(part)
            let words = Set(tokens.compactMap(\.word))
            guard !QuantityScanner.scan(tokens).isEmpty || words.contains("half") || words.contains("quarter") else { continue }
            if !words.isDisjoint(with: timeWords) {
                switch Understand.minutes(part) {
                case .success(let r): draft.minutesPerAttempt = r.value
                case .failure(let why): return .failure(why)
                }
            } else if isShare(tokens, words) {
                switch Understand.rate(part) {
                case .success(let r): draft.share = r.value
                case .failure(let why): return .failure(why)
                }
            } else {
                switch Understand.attemptsPerMeeting(part) {
                case .success(let r): draft.attemptsPerMeeting = r.value
                case .failure(let why): return .failure(why)
                }
            }
        }
        return .success(draft)
    }

    /// "half of my meetings", "30% of meetings", "share 20%": a part that gives the channel's share.
    static func isShare(_ tokens: [Token], _ words: Set<String>) -> Bool {
        if words.contains("share") { return true }
        let meetingsNamed = !words.isDisjoint(with: Cues.meetingWords)
        let perMeeting = words.contains("per") || words.contains("every") || words.contains("each") || words.contains("gets")
            || words.contains("in")
        if words.contains("of"), meetingsNamed, !perMeeting { return true }
        return tokens.contains { $0.isSymbol("%") } && !perMeeting
    }

    /// "calls, LinkedIn and referrals": names only, in the order said.
    public static func names(_ text: String) -> [String] {
        let cleaned = TerminalText.stripped(text)
        var names: [String] = []
        var current = ""
        let words = cleaned.split(separator: " ", omittingEmptySubsequences: true)
        func flush() {
            let name = current.trimming(" ,;.&/+")
            let lowered = name.lowercased()
            if !name.isEmpty, !["and", "or", "plus", "some", "also", "mostly", "a", "the", "i", "do", "use", "we"].contains(lowered) {
                names.append(name)
            }
            current = ""
        }
        for raw in words {
            let word = String(raw)
            if ["and", "&", "plus", "or", "/", "+"].contains(word.lowercased()) {
                flush()
                continue
            }
            let endsItem = word.hasSuffix(",") || word.hasSuffix(";")
            let clean = word.trimming(",;")
            if ["i", "we", "mostly", "some", "do", "use", "make", "send", "ask", "for"].contains(clean.lowercased()), current.isEmpty {
                continue
            }
            current += (current.isEmpty ? "" : " ") + clean
            if endsItem { flush() }
        }
        flush()
        return names
    }

    static func isChannelName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["calls", "emails", "linkedin", "referrals", "events", "walk-ins", "visits"].contains { lowered.contains($0) }
    }
}
