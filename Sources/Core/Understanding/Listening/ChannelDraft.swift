import Planner

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

/// Splits a plain list of activities into their names: "calls, LinkedIn and referrals".
public enum ChannelList {
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
}
