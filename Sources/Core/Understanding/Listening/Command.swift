import Planner

/// The words that steer the conversation, said plainly or with a leading `/`.
public enum Command: Equatable, Sendable {
    case help, why, back, skip, summary, restart, quit
    /// "that's everything": defaults for the optional answers left, then the summary.
    case finish
    /// "change deal size", "change my close rate to 30%": the slot (when named) and a new value (when given),
    /// with `rest` as typed ("change name to Marcus Bell" keeps its capitals).
    case change(Slot?, rest: String)
    /// "I don't know", "no idea": never a zero, never a dead end.
    case dontKnow
    /// "remove LinkedIn", "that's not an activity": an activity taken away (the last one added when none is named).
    case remove(String?)

    static let forms: [(Command, [String])] = [
        (.help, ["help", "?", "what can i say", "commands", "options", "h", "help me"]),
        (
            .why,
            [
                "why", "why?", "why does this matter", "why do you ask", "why do you need this", "what's this for",
                "what is this for", "why does it matter", "why that",
            ]
        ),
        (.back, ["back", "go back", "previous", "previous question", "back up"]),
        (.skip, ["skip", "pass", "skip it", "skip this", "next", "use the default", "default"]),
        (.summary, ["summary", "show summary", "show me", "where are we", "what do you have", "review", "recap"]),
        (.restart, ["restart", "start over", "start again", "begin again", "reset"]),
        (.quit, ["quit", "exit", "bye", "goodbye", "stop", "q", "later", "save and quit", "pause", "quit for now"]),
        (
            .finish,
            [
                "that's everything", "thats everything", "that is everything", "that's all", "thats all",
                "that is all", "that's it", "thats it", "done", "i'm done", "im done", "nothing else", "finish",
                "no more", "all done", "that's all i have", "use defaults for the rest", "defaults for the rest",
            ]
        ),
    ]

    /// "no idea", "not sure", "dunno": said anywhere in a line, the rep doesn't know; said alone, it is the command.
    static let dontKnowPhrases: [[String]] = [
        ["no", "idea"], ["not", "sure"], ["don't", "know"], ["dont", "know"], ["do", "not", "know"], ["dunno"], ["no", "clue"],
        ["not", "a", "clue"], ["haven't", "a", "clue"], ["can't", "say"], ["hard", "to", "say"], ["no", "data"],
        ["don't", "track"], ["dont", "track"], ["never", "tracked"], ["not", "tracked"], ["beats", "me"], ["who", "knows"],
        ["idk"], ["unsure"], ["haven't", "measured"], ["no", "history"], ["no", "track", "record"], ["don't", "have", "that"],
        ["no", "way", "to", "know"], ["not", "yet", "known"], ["no", "numbers", "yet"],
        // "whatever's normal", "use the usual one": what is usual, offered as a starting figure.
        ["whatever's", "normal"], ["whatever", "is", "normal"], ["whatever's", "usual"], ["whatever", "is", "usual"],
        ["whatever's", "typical"], ["the", "usual", "one"], ["the", "normal", "one"], ["the", "usual", "figure"],
        ["the", "normal", "figure"], ["use", "the", "usual"], ["use", "the", "normal"], ["whatever", "the", "normal"],
        ["whatever", "the", "usual"], ["whatever", "is", "typical"], ["use", "the", "default"], ["the", "default", "one"],
    ]
    static let changeVerbs: Set<String> = ["change", "edit", "fix", "update", "correct", "redo"]
    static let removeVerbs: Set<String> = ["remove", "delete", "drop"]
    static let notAnActivity: Set<String> = [
        "that's not an activity", "thats not an activity", "that is not an activity", "not an activity", "that's not a channel",
        "thats not a channel", "that is not a channel",
    ]

    /// Commands a slip of the keys may still name; "quit" is not among them, nor is a letter swapped for another
    /// ("Jack" is a name, not "back").
    static let slipForms: [(Command, String)] = [
        (.help, "help"), (.summary, "summary"), (.back, "back"), (.skip, "skip"),
        (.restart, "restart"),
    ]

    /// "I have no idea", "I'm not sure yet", "dunno": nothing but not knowing.
    static func saysOnlyDontKnow(_ plain: String) -> Bool {
        var words = plain.split { $0 == " " || $0 == "," }.map(String.init)
        while let first = words.first, ["i", "i'm", "im", "have", "honestly", "really", "um", "hmm"].contains(first) { words.removeFirst() }
        while let last = words.last, ["yet", "really", "honestly", "sorry"].contains(last) { words.removeLast() }
        return dontKnowPhrases.contains(words)
    }

    /// "hepl", "sumary", "bakc": one word a letter out of place, missing or doubled.
    static func slip(_ word: String) -> Command? {
        guard word.count >= 4, !word.contains(" ") else { return nil }
        return slipForms.first { Vocabulary.oneSlip(word, $0.1, substitutions: false) }?.0
    }

    /// The command `line` says, or nil when it says something else.
    public static func read(_ line: String) -> Command? {
        var text = TerminalText.stripped(line).lowercased().replacingApostrophes()
            .trimming(" \t!.")
        if text.hasPrefix("/") { text.removeFirst() }
        text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let plain = text.trimming(" ?!.,")
        for (command, forms) in forms where forms.contains(text) || forms.contains(plain) {
            return command
        }
        if saysOnlyDontKnow(plain) { return .dontKnow }
        if let slipped = slip(plain) { return slipped }
        let words = plain.split(separator: " ").map(String.init)
        // What follows the verb, as typed: a name keeps its capitals.
        let typed = TerminalText.stripped(line).replacingApostrophes().trimming(" \t!.?").split(separator: " ")
            .map(String.init).filter { !$0.isEmpty }
        let typedRest = typed.drop { $0.hasPrefix("/") && $0.count == 1 }.dropFirst().joined(separator: " ")
        if let verb = words.first, changeVerbs.contains(verb) {
            let rest = words.dropFirst().joined(separator: " ")
            return .change(SlotNames.slot(named: rest), rest: typedRest)
        }
        if notAnActivity.contains(plain) { return .remove(nil) }
        if let verb = words.first, removeVerbs.contains(verb), words.count > 1 {
            return .remove(typedRest.trimming(" ,."))
        }
        if words.count >= 2, words.first == "take", words.last == "out" || words[1] == "out" {
            let named = typed.dropFirst().filter { $0.lowercased() != "out" }.joined(separator: " ")
            return named.isEmpty ? .remove(nil) : .remove(named)
        }
        for ending in [" isn't an activity", " is not an activity", " isnt an activity", " isn't a channel", " is not a channel"]
        where plain.hasSuffix(ending) {
            return .remove(String(typed.joined(separator: " ").dropLast(ending.count)).trimming(" ,."))
        }
        return nil
    }
}

extension String {
    /// Without white space at either end.
    public var trimmingSpaces: String {
        // Printable ASCII at both ends (most cells and answers): nothing to trim, no need to look at characters.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }

    func replacingApostrophes() -> String {
        String(map { $0 == "\u{2019}" || $0 == "`" ? "'" : $0 })
    }

    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) || c.isWhitespace { s.removeFirst() }
        while let c = s.last, set.contains(c) || c.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// What people call each slot when they name it: "deal size", "win rate", "vacation".
public enum SlotNames {
    static let names: [(Slot, [String])] = [
        (
            .meetingToOpportunity,
            [
                "meeting to opportunity", "meetings to opportunities", "meeting rate", "conversion",
                "meetings", "meeting conversion", "opportunity rate",
            ]
        ),
        (.closeRate, ["close rate", "closing rate", "win rate", "close ratio", "closing ratio", "closing"]),
        (.closedToDate, ["closed so far", "closed to date", "closed", "already closed", "booked"]),
        (.dealSize, ["deal size", "average deal", "deal", "deals", "deal value", "acv"]),
        (.incomeGoal, ["income goal", "income", "earnings", "what i want to earn"]),
        (.baseSalary, ["base salary", "base", "salary"]),
        (.commissionRate, ["commission rate", "commission"]),
        (.goal, ["goal", "quota", "target", "revenue goal", "number"]),
        (.salesCycleWeeks, ["sales cycle", "cycle", "cycle length"]),
        (.weeksOff, ["weeks off", "time off", "vacation", "holidays", "pto", "leave"]),
        (.openOpportunities, ["open opportunities", "open opps", "pipeline", "open deals", "opportunities"]),
        (.timeBlocks, ["time blocks", "blocks", "prospecting time", "prospecting blocks", "calendar", "schedule"]),
        (.prospectingHours, ["prospecting hours", "hours", "hours a week", "time for prospecting"]),
        (.workingDays, ["working days", "days", "days a week", "selling days", "work week"]),
        (.channels, ["channels", "activities", "prospecting", "activity", "channel"]),
        (.period, ["period", "dates", "timeframe", "time frame", "year", "quarter"]),
        (.manager, ["manager", "boss"]),
        (.profile, ["profile"]),
        (.rep, ["name", "rep", "my name", "rep name"]),
    ]

    /// What `rest` gives as the new value, without the words naming the slot: "name to Marcus Bell" → "Marcus Bell".
    public static func value(in rest: String, for slot: Slot) -> String {
        var words = rest.split(separator: " ").map(String.init)
        let named = names.first { $0.0 == slot }?.1 ?? []
        func lower(_ w: [String]) -> String { w.joined(separator: " ").lowercased().trimming(",.:") }
        while let first = words.first, ["my", "the", "our", "her", "his"].contains(first.lowercased()) { words.removeFirst() }
        for name in named.sorted(by: { $0.count > $1.count }) {
            let count = name.split(separator: " ").count
            if words.count >= count, lower(Array(words.prefix(count))) == name {
                words.removeFirst(count)
                break
            }
        }
        while let first = words.first, ["to", "is", "as", "=", ":", "it's", "should", "be", "into"].contains(first.lowercased()) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The slot a phrase names ("my deal size", "the close rate to 30%"), or nil.
    public static func slot(named phrase: String) -> Slot? {
        let words = phrase.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
            .filter { !["my", "the", "a", "our", "to", "is", "it", "that"].contains($0) }
        let joined = " " + words.joined(separator: " ") + " "
        for (slot, names) in names {
            if names.contains(where: { joined.hasPrefix(" \($0) ") }) { return slot }
        }
        for (slot, names) in names {
            if names.contains(where: { joined.contains(" \($0) ") }) { return slot }
        }
        return nil
    }
}
