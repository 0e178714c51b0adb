import Planner

/// Yes or no, the rep's profile, and names.
extension Understand {
    static let yesWords: Set<String> = [
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right", "confirm", "confirmed",
        "save", "absolutely", "definitely", "affirmative", "true", "good", "fine", "go", "please", "aye", "ya", "yah", "yea",
        "yeh", "yess", "yas", "alright", "aight", "k", "kk", "perfect", "great", "cool", "works", "yesh",
    ]
    static let noWords: Set<String> = ["no", "n", "nope", "nah", "not", "don't", "dont", "false", "negative", "wrong"]

    /// Whether a line says any figure at all: "go with 1 in 3" does, "yes, use it" and "no" don't.
    public static func saysFigure(_ text: String) -> Bool {
        !QuantityScanner.scan(Lexer.tokens(text)).isEmpty
    }

    /// Yes or no: "yes", "yep, save it", "no", "not yet".
    public static func yesNo(_ text: String) -> Result<Reading<Bool>, Misunderstanding> {
        let words = Lexer.tokens(text).compactMap(\.word)
        if words.isEmpty { return .failure(.empty(.yesNo)) }
        if words.contains(where: noWords.contains) { return .success(Reading(false)) }
        if words.contains(where: yesWords.contains) { return .success(Reading(true)) }
        return .failure(.notUnderstood(.yesNo))
    }

    static let profileWords: [String: Profile] = [
        "new": .new, "newbie": .new, "starting": .new, "onboarding": .new, "junior": .new, "ramping": .new,
        "under": .under, "underperformer": .under, "underperforming": .under, "struggling": .under,
        "behind": .under, "underperforms": .under, "under-performer": .under,
        "questionable": .questionable, "inconsistent": .questionable, "unproven": .questionable,
        "uneven": .questionable, "patchy": .questionable,
        "solid": .solid, "steady": .solid, "consistent": .solid, "reliable": .solid, "dependable": .solid,
        "over": .over, "overachiever": .over, "overachieving": .over, "star": .over, "top": .over,
        "exceeding": .over, "overperformer": .over,
    ]

    /// The rep's profile: `new`, `under`, `questionable`, `solid`, `over`, or words that say one.
    public static func profile(_ text: String) -> Result<Reading<Profile>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        let words = tokens.compactMap(\.word)
        if words.isEmpty { return .failure(.empty(.profile)) }
        // "over, 130% last year", "under - had a bad Q4": the word said first, on its own.
        if let first = tokens.first?.word, ["over", "under"].contains(first), tokens.count == 1 || tokens[1].word == nil,
            let p = profileWords[first]
        {
            return .success(Reading(p))
        }
        for (i, w) in words.enumerated() {
            // "over-achiever", "under performer": the first half says it.
            if let p = profileWords[w] {
                if w == "new" || w == "over" || w == "under" || w == "top" {
                    let next = i + 1 < words.count ? words[i + 1] : ""
                    if w == "top", !["performer", "rep", "seller", "producer"].contains(next) { continue }
                    if w == "over", !["achiever", "achieving", "performer", "performing", ""].contains(next),
                        !next.hasPrefix("achiev")
                    {
                        continue
                    }
                    if w == "under", !["performer", "performing", "achiever", ""].contains(next),
                        !next.hasPrefix("perform")
                    {
                        continue
                    }
                }
                return .success(Reading(p))
            }
        }
        return .failure(.notUnderstood(.profile))
    }

    /// A person's name, tidied: control characters dropped, spaces folded. Empty is refused.
    public static func name(_ text: String) -> Result<Reading<String>, Misunderstanding> {
        let cleaned = TerminalText.stripped(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard cleaned.contains(where: { $0.isLetter || $0.isNumber }) else { return .failure(.empty(.name)) }
        return .success(Reading(String(cleaned.prefix(120))))
    }

    /// A note or a reason, as said: control characters dropped, ends trimmed; empty is fine; longer than any answer
    /// (`Misunderstanding.longestAnswer`) is refused, so check-ins stay a size every reader takes.
    public static func note(_ text: String) -> Result<Reading<String>, Misunderstanding> {
        let cleaned = TerminalText.stripped(text).trimmingSpaces
        guard cleaned.count <= Misunderstanding.longestAnswer else { return .failure(.tooLong(cleaned.count)) }
        return .success(Reading(cleaned))
    }
}
