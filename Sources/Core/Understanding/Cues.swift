import Planner

/// The words that tell which answer a clause is about: "quota" is the goal, "close" a close rate.
enum Cues {
    static let meetingWords: Set<String> = [
        "meeting", "meetings", "appointment", "appointments", "conversations", "conversation", "demos", "demo",
    ]
    static let opportunityWords: Set<String> = [
        "opportunity", "opportunities", "opps", "opp", "qualified", "qualify", "qualifies", "pipeline",
    ]
    static let becomeWords: Set<String> = ["become", "becomes", "turn", "turns", "convert", "converts", "into", "go"]
    static let closeWords: Set<String> = [
        "close", "closes", "closing", "win", "wins", "winning", "won", "convert", "converting",
    ]
    static let closedWords: Set<String> = ["closed", "booked", "sold", "billed", "landed", "signed"]
    static let soFarWords: Set<String> = ["far", "already", "ytd", "date"]
    static let dealWords: Set<String> = ["deal", "deals", "acv", "contract", "contracts", "ticket", "sale", "sales"]
    static let goalWords: Set<String> = ["goal", "quota", "target", "aiming", "aim", "budget"]
    static let incomeWords: Set<String> = ["earn", "earning", "earnings", "income", "ote", "paycheck", "pay"]
    static let baseWords: Set<String> = ["base", "salary"]
    static let commissionWords: Set<String> = ["commission", "commissions", "payout"]
    static let cycleWords: Set<String> = ["cycle", "cycles"]
    static let offWords: Set<String> = [
        "off", "vacation", "vacations", "holiday", "holidays", "pto", "leave", "training", "conference",
        "conferences", "away", "sabbatical", "parental", "sick", "offsite",
    ]
    static let openWords: Set<String> = ["open", "active", "live", "working", "pending"]
    static let managerWords: Set<String> = ["manager", "boss", "supervisor", "director", "lead"]
    static let dayPhrases: Set<String> = ["week", "weekdays", "weekday"]

    /// The slot a clause talks about, judged from its words and figures; nil when it names none.
    static func slot(of tokens: [Token]) -> Slot? {
        let words = tokens.compactMap(\.word)
        let set = Set(words)
        func any(_ s: Set<String>) -> Bool { !set.isDisjoint(with: s) }
        let figures = QuantityScanner.scan(tokens)
        let money = figures.contains { $0.currency || ($0.scaled && !$0.percent) }

        if any(managerWords) { return .manager }
        if saysProfile(words) { return .profile }
        if any(commissionWords) { return .commissionRate }
        if any(baseWords) { return .baseSalary }
        if any(incomeWords) || (set.contains("make") && money) || (set.contains("take") && set.contains("home")) {
            return .incomeGoal
        }
        if any(cycleWords) { return .salesCycleWeeks }
        if any(meetingWords), any(opportunityWords) || (any(becomeWords) && !any(closeWords)) {
            return .meetingToOpportunity
        }
        if any(closedWords), money || any(soFarWords) { return .closedToDate }
        if any(soFarWords), money, !any(goalWords) { return .closedToDate }
        if any(closeWords) { return .closeRate }
        if any(offWords), !(set.contains("off") && set.contains("first")) { return .weeksOff }
        if any(openWords), any(opportunityWords) || any(dealWords) { return .openOpportunities }
        if set.contains("pipeline"), !money { return .openOpportunities }
        if any(goalWords) { return .goal }
        if any(dealWords) { return .dealSize }
        if TimeTalk.namesHours(tokens) { return .timeBlocks }
        if set.contains("days"), set.contains("week") || set.contains("a") { return .workingDays }
        if words.contains(where: { Understand.weekdays[$0] != nil }) || set.contains("weekdays") { return .workingDays }
        return nil
    }

    /// Words that name a profile only when said of a rep: "over-achiever", "new rep", "solid performer", "profile".
    static func saysProfile(_ words: [String]) -> Bool {
        let joined = " " + words.joined(separator: " ") + " "
        let strong = [
            " overachiever", " over achiever", " underperform", " under perform", " profile ", " questionable ",
            " new rep", " new here", " i'm new ", " im new ", " solid performer", " struggling ", " top performer",
        ]
        return strong.contains { joined.contains($0) }
    }

    /// Whether a clause names a period strongly enough to be one without being asked: a year, a quarter,
    /// a half, a month, "this year", "next 12 weeks".
    static func namesPeriod(_ tokens: [Token]) -> Bool {
        let words = tokens.compactMap(\.word)
        for (i, token) in tokens.enumerated() {
            if case .number(let n, let digits) = token, digits.count == 4, (1900...2200).contains(Int(n)) { return true }
            if case .date = token { return true }
            if token.isWord("q", "h"), i + 1 < tokens.count, let n = tokens[i + 1].number, (1...4).contains(n) { return true }
            if token.isWord("fy") { return true }
            if let w = token.word, Understand.monthNames[w] != nil, w != "may", w != "march" || i > 0 { return true }
        }
        let relative: Set<String> = ["this", "next", "rest", "remainder", "coming", "current", "upcoming"]
        let spans: Set<String> = ["year", "quarter", "half", "month", "months", "weeks", "days", "quarters"]
        for (a, b) in zip(words, words.dropFirst()) where relative.contains(a) && spans.contains(b) { return true }
        for (i, w) in words.enumerated() where relative.contains(w) && i + 2 < words.count && spans.contains(words[i + 2]) {
            return true
        }
        if words.contains("rest"), words.contains("year") || words.contains("quarter") { return true }
        for (a, b) in zip(words, words.dropFirst()) where ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"].contains(a)
            && (b == "quarter" || b == "half") {
            return true
        }
        return false
    }

    /// A name given on its own, without the greeting or filler around it: "Jordan Lee here", "hi, it's Ana".
    static func bareName(_ line: String) -> String {
        var words = TerminalText.stripped(line).split(separator: " ").map(String.init)
        let leading: Set<String> = ["hi", "hello", "hey", "it's", "its", "i'm", "im", "me", "name's", "names", "this", "is",
                                    "my", "name", "call", "i", "am", "the", "rep", "rep's", "it", "here's", "there", "yes", "ok"]
        let trailing: Set<String> = ["here", "speaking", "thanks", "please", "again", "there"]
        while let first = words.first, leading.contains(first.lowercased().trimming(",.!:;")), words.count > 1 { words.removeFirst() }
        while let last = words.last, trailing.contains(last.lowercased().trimming(",.!:;")), words.count > 1 { words.removeLast() }
        return words.map { $0.trimming(",.!:;") }.joined(separator: " ")
    }

    /// A name introduced by "I'm", "my name is", "this is", "call me": the capitalised words after it.
    static func introducedName(_ line: String) -> String? {
        let words = TerminalText.stripped(line).split(separator: " ").map(String.init)
        let lowered = words.map { $0.lowercased().trimming(",.!:;") }
        let starts: [[String]] = [["my", "name", "is"], ["name", "is"], ["i'm"], ["im"], ["i", "am"], ["this", "is"],
                                  ["call", "me"], ["name"], ["rep"], ["it's"]]
        for start in starts {
            guard let at = (0...max(0, lowered.count - start.count)).first(where: {
                lowered.count >= start.count && Array(lowered[$0..<($0 + start.count)]) == start
            }) else { continue }
            var name: [String] = []
            for word in words.dropFirst(at + start.count) {
                let cleaned = word.trimming(",.!:;")
                guard let first = cleaned.first, first.isUppercase, cleaned.allSatisfy({ $0.isLetter || "'-.".contains($0) })
                else { break }
                name.append(cleaned)
                if word.last.map({ ",.!;".contains($0) }) == true { break }
            }
            if !name.isEmpty, name.count <= 5 { return name.joined(separator: " ") }
        }
        return nil
    }
}
