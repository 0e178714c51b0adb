/// The words that steer the conversation, said plainly or with a leading `/`.
public enum Command: Equatable, Sendable {
    case help, why, back, skip, summary, restart, quit
    /// "that's everything": defaults for the optional answers left, then the summary.
    case finish
    /// "change deal size", "change my close rate to 30%": the slot (when named) and a new value (when given).
    case change(Slot?, rest: String)

    static let forms: [(Command, [String])] = [
        (.help, ["help", "?", "what can i say", "commands", "options", "h", "help me"]),
        (.why, ["why", "why?", "why does this matter", "why do you ask", "why do you need this", "what's this for",
                "what is this for", "why does it matter", "why that"]),
        (.back, ["back", "go back", "previous", "previous question", "back up"]),
        (.skip, ["skip", "pass", "skip it", "skip this", "next", "i don't know", "i dont know", "don't know",
                 "dont know", "not sure", "dunno", "no idea", "use the default", "default"]),
        (.summary, ["summary", "show summary", "show me", "where are we", "what do you have", "review", "recap"]),
        (.restart, ["restart", "start over", "start again", "begin again", "reset"]),
        (.quit, ["quit", "exit", "bye", "goodbye", "stop", "q", "later", "save and quit", "pause", "quit for now"]),
        (.finish, ["that's everything", "thats everything", "that is everything", "that's all", "thats all",
                   "that is all", "that's it", "thats it", "done", "i'm done", "im done", "nothing else", "finish",
                   "no more", "all done", "that's all i have", "use defaults for the rest", "defaults for the rest"]),
    ]

    static let changeVerbs: Set<String> = ["change", "edit", "fix", "update", "correct", "redo"]

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
        let words = plain.split(separator: " ").map(String.init)
        if let verb = words.first, changeVerbs.contains(verb) {
            let rest = words.dropFirst().joined(separator: " ")
            return .change(SlotNames.slot(named: rest), rest: rest)
        }
        return nil
    }
}

extension String {
    /// Without white space at either end.
    public var trimmingSpaces: String {
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
        (.meetingToOpportunity, ["meeting to opportunity", "meetings to opportunities", "meeting rate", "conversion",
                                 "meetings", "meeting conversion", "opportunity rate"]),
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
        (.workingDays, ["working days", "days", "days a week", "selling days", "work week"]),
        (.channels, ["channels", "activities", "prospecting", "activity", "channel"]),
        (.period, ["period", "dates", "timeframe", "time frame", "year", "quarter"]),
        (.manager, ["manager", "boss"]),
        (.profile, ["profile"]),
        (.rep, ["name", "rep", "my name", "rep name"]),
    ]

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

