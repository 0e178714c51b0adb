import Planner

/// Finds people's names exactly as typed (accents, apostrophes, hyphens, case) where something says who they
/// are: "I'm Zoë O'Brien-Smith", "my manager is José Müller", "Kenji Itō is the rep", "I report to Björn Åkesson".
struct NameSpans {
    let line: Line
    /// A name question is open: a name said first, on its own, answers it.
    let bare: Bool
    /// The manager's name is asked: "it's Seán" names the manager, not the one typing.
    var managerAsked = false

    enum Role: Equatable {
        case rep, manager
        /// Whoever is typing: the rep, unless they say they are the manager.
        case speaker
        /// Said first with nothing around it: the answer to a name question.
        case bare
    }

    struct Found: Equatable {
        var name: String
        var role: Role
        var tokens: Range<Int>
    }

    static let before: [(Role, [String], lowercase: Bool)] = [
        (.manager, ["i'm", "his", "manager"], false), (.manager, ["i'm", "her", "manager"], false),
        (.manager, ["i'm", "their", "manager"], false), (.manager, ["i", "am", "his", "manager"], false),
        (.manager, ["i", "am", "her", "manager"], false), (.manager, ["i'm", "the", "manager"], false),
        (.manager, ["my", "manager", "is"], true), (.manager, ["my", "manager's", "name", "is"], true),
        (.manager, ["my", "manager's"], true), (.manager, ["my", "sales", "manager", "is"], true),
        (.manager, ["my", "sales", "manager"], false), (.manager, ["my", "manager"], false),
        (.manager, ["my", "boss", "is"], true), (.manager, ["my", "boss's"], true), (.manager, ["my", "boss"], false),
        (.manager, ["manager", "is"], true), (.manager, ["manager's"], false), (.manager, ["manager", ":"], true),
        (.manager, ["manager"], false), (.manager, ["boss", "is"], true), (.manager, ["i", "report", "to"], true),
        (.manager, ["report", "to"], true), (.manager, ["reporting", "to"], true), (.manager, ["managed", "by"], true),
        (.manager, ["my", "director", "is"], true), (.manager, ["my", "lead", "is"], true),
        (.manager, ["my", "sales", "leader", "is"], true), (.manager, ["my", "sales", "leader"], false),
        (.manager, ["my", "leader", "is"], true), (.manager, ["my", "team", "lead", "is"], true),
        (.manager, ["my", "team", "lead"], false),
        (.manager, ["my", "sales", "director", "is"], true), (.manager, ["my", "sales", "director"], false),
        (.manager, ["my", "supervisor", "is"], true), (.manager, ["my", "supervisor"], false), (.manager, ["my", "vp", "is"], true),
        (.manager, ["my", "director"], false), (.manager, ["i", "work", "for"], false), (.manager, ["i", "report", "into"], true),
        (.manager, ["i", "manage", "the", "team"], false), (.manager, ["i", "run", "the", "team"], false),
        (.manager, ["i'm", "the", "sales", "manager"], false), (.manager, ["i", "am", "the", "manager"], false),
        (.rep, ["it's", "for"], false), (.rep, ["this", "is", "for"], false), (.rep, ["the", "plan", "is", "for"], false),
        (.manager, ["manager", "here"], false), (.manager, ["manager", "speaking"], false), (.manager, ["the", "manager", "here"], false),
        (.rep, ["rep", "here"], false),
        (.rep, ["for", "my", "rep"], false), (.rep, ["setting", "this", "up", "for"], false), (.rep, ["on", "behalf", "of"], false),
        (.rep, ["doing", "this", "for"], true), (.rep, ["doing", "it", "for"], true), (.rep, ["this", "is", "for"], true),
        (.rep, ["the", "rep", "is"], true), (.rep, ["rep", "is"], true), (.rep, ["rep", ":"], true), (.rep, ["my", "rep"], false),
        (.rep, ["plan", "is", "for"], false), (.rep, ["plan's", "for"], false), (.rep, ["plan", "for"], false),
        (.rep, ["i", "manage"], false), (.rep, ["i'm", "managing"], false), (.rep, ["planning", "for"], false),
        (.speaker, ["my", "name", "is"], true), (.speaker, ["my", "name's"], true), (.speaker, ["name's"], true),
        (.speaker, ["name", "is"], true), (.speaker, ["name", ":"], true), (.speaker, ["call", "me"], true),
        (.speaker, ["i'm"], true), (.speaker, ["im"], true), (.speaker, ["i", "am"], true), (.speaker, ["this", "is"], false),
        (.speaker, ["it's"], false), (.speaker, ["its"], false), (.speaker, ["me", ":"], false),
    ]

    static let after: [(Role, [String])] = [
        (.manager, ["is", "my", "manager"]), (.manager, ["is", "my", "boss"]), (.manager, ["(", "manager", ")"]),
        (.manager, ["is", "the", "manager"]), (.manager, ["is", "my", "sales", "manager"]),
        (.rep, ["is", "the", "rep"]), (.rep, ["is", "my", "rep"]), (.rep, ["(", "rep", ")"]), (.rep, ["is", "the", "salesperson"]),
        (.speaker, ["here"]), (.speaker, ["speaking"]), (.speaker, [",", "new"]), (.speaker, [",", "brand", "new"]),
        (.speaker, [",", "just", "started"]), (.speaker, [",", "just", "joined"]),
    ]

    /// Said after the speaker's name, these make the speaker the manager: ", the sales manager", ", Jamie's manager".
    static let speakerIsManager: [[String]] = [
        [",", "the", "sales", "manager"], [",", "the", "manager"], [",", "her", "manager"], [",", "his", "manager"],
        [",", "their", "manager"], [",", "sales", "manager"], ["(", "manager", ")"], [",", "*'s", "manager"],
    ]
    /// Anywhere in the line, these make the speaker the manager.
    static let managerSpeaking: [[String]] = [
        ["i", "manage"], ["i'm", "his", "manager"], ["i'm", "her", "manager"], ["i'm", "their", "manager"],
        ["i'm", "the", "manager"], ["as", "her", "manager"], ["as", "his", "manager"], ["i'm", "managing"],
        ["i", "am", "the", "manager"], ["i'm", "the", "sales", "manager"], ["i", "run", "the", "team"], ["i", "lead", "the", "team"],
        ["i", "run", "the", "sales", "team"], ["i'm", "a", "sales", "manager"], ["i'm", "a", "manager"], ["i'm", "their", "boss"],
        ["i'm", "her", "boss"], ["i'm", "his", "boss"], ["i", "manage", "the", "team"], ["i'm", "the", "team", "lead"],
        ["i'm", "the", "sales", "director"], ["i'm", "a", "sales", "director"], ["i", "head", "up"], ["reports", "to", "me"],
        ["report", "to", "me"], ["reporting", "to", "me"], ["on", "my", "team"], ["my", "rep"], ["for", "my", "rep"],
        [",", "*'s", "manager"], [",", "*'s", "boss"],
    ]

    /// Capitalised words that are never part of a name.
    static let notNames: Set<String> = [
        "i", "i'm", "im", "manager", "boss", "rep", "the", "this", "my", "our", "her", "his", "their", "hi", "hello", "hey",
        "quota", "target", "goal", "close", "avg", "average", "acv", "arr", "ote", "pto", "fy", "q", "h", "calendar",
        "and", "but", "so", "she", "he", "they", "we", "it", "it's", "that", "here", "sales", "plan", "deal", "deals",
        "vp", "svp", "avp", "evp", "rvp", "ceo", "cro", "coo", "director", "supervisor",
    ]
    /// "Dr. Smith", "Ms. Okafor": a title with its point, part of the name as typed.
    static let honorifics: Set<String> = ["dr", "mr", "mrs", "ms", "mx", "prof"]
    /// Small words inside a name: "van der Berg", "de la Cruz", "bin Salman".
    static let particles: Set<String> = [
        "de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "del", "della", "bin",
        "al", "ten", "ter", "y", "dos", "das", "st", "ap", "ab", "ibn", "zu", "af", "av", "el",
        "mac", "degli", "dei", "do",
    ]
    /// Lower-case words that can't be a name typed in a hurry.
    static let plainWords: Set<String> = [
        "new", "here", "on", "the", "a", "an", "planning", "looking", "trying", "going", "at", "in", "for", "with", "and",
        "but", "so", "not", "just", "really", "pretty", "brand", "usually", "about", "around", "off", "out", "working",
        "behind", "ahead", "struggling", "solid", "over", "under", "doing", "good", "fine", "ok", "okay", "sure", "sorry",
        "new", "still", "also", "my", "your", "his", "her", "their", "our", "is", "was", "be", "to", "of", "it", "that",
        "this", "what", "who", "why", "how", "when", "quota", "goal", "target", "rep", "manager", "boss", "no", "yes",
        "hoping", "aiming", "expected", "supposed", "gonna", "going", "happy", "ready", "excited", "taking", "closing",
    ]

    func all() -> [Found] {
        var found: [Found] = []
        var taken = Set<Int>()
        // A name the line starts with, with nothing before it: what a name question is answered with.
        if bare, let (name, span) = run(at: pastTitle(greetingEnd), lowercase: false) ?? lowercaseFirst() {
            var role = roleAfter(span.upperBound) ?? .bare
            // "Hi, Dana Kim. I'm a sales manager, setting this up for my rep": the one typing, who manages.
            if role == .speaker || (role == .bare && speakerRole(after: span.upperBound) == .manager) {
                role = speakerRole(after: span.upperBound)
            }
            found.append(sayingAgain(Found(name: name, role: role, tokens: greetingStart..<span.upperBound), name: span, taken: &taken))
        }
        for i in line.indices {
            // "my manager, who's great, her name's Kateřina Nováková": the one just spoken of.
            if let cue = Self.theirName.first(where: { matches($0, at: i) != nil }), let role = referent(before: i),
                let (name, span) = run(at: i + cue.count, lowercase: true), !span.contains(where: taken.contains)
            {
                found.append(Found(name: name, role: role, tokens: i..<span.upperBound))
                taken.formUnion(span)
                continue
            }
            for (role, cue, lowercase) in Self.before {
                guard var end = matches(cue, at: i) else { continue }
                // "I'm the manager, Beatriz Gonçalves", "I manage the team — Ilse Van den Berg —".
                if line.tokens[safe: end]?.isSymbol(",", ":", Line.dash) == true, cue.count > 1 { end += 1 }
                // "my manager is the VP, Sarah Lee", "my boss is our regional director — Tom Hale".
                end = pastTitle(end)
                guard let (name, span) = run(at: end, lowercase: lowercase), !span.contains(where: taken.contains),
                    !Self.company(name), !name.allSatisfy({ !$0.isUppercase }) || endsName(span.upperBound)
                else { continue }
                var resolved = role
                if role == .speaker {
                    resolved =
                        managerAsked && [["it's"], ["its"], ["this", "is"]].contains(cue) ? .manager : speakerRole(after: span.upperBound)
                }
                found.append(sayingAgain(Found(name: name, role: resolved, tokens: i..<span.upperBound), name: span, taken: &taken))
                break
            }
        }
        // "I'm Dana Kim, Sam Lee's manager": the one whose manager is speaking is the rep.
        for i in line.indices where !taken.contains(i) {
            guard let (name, span) = possessiveOfManager(at: i), !span.contains(where: taken.contains) else { continue }
            found.append(Found(name: name, role: .rep, tokens: span))
            taken.formUnion(span)
        }
        for i in line.indices where !taken.contains(i) {
            guard let (name, span) = run(at: i, lowercase: false), !span.contains(where: taken.contains),
                let role = roleAfter(span.upperBound)
            else { continue }
            let resolved = role == .speaker ? speakerRole(after: span.upperBound) : role
            found.append(Found(name: name, role: resolved, tokens: span))
            taken.formUnion(span)
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// `said`, its name's tokens marked taken, and its name as said again right after, when it is: "Rachel Green, no
    /// sorry Rachel Greene with an e", "name's D'Arcy, D'Arcy Nguyen".
    func sayingAgain(_ said: Found, name span: Range<Int>, taken: inout Set<Int>) -> Found {
        var said = said
        taken.formUnion(span)
        if let (again, tokens) = restated(after: span.upperBound, first: line.word(span.lowerBound)) {
            said.name = again
            said.tokens = said.tokens.lowerBound..<tokens.upperBound
            taken.formUnion(span.upperBound..<tokens.upperBound)
        }
        return said
    }

    /// A name said again right after a correction ("no sorry", "I mean", "actually") or a pause that repeats its start
    /// ("tom, tom bradley"): the one meant.
    func restated(after end: Int, first: String?) -> (String, Range<Int>)? {
        var j = end
        if line.tokens[safe: j]?.isSymbol(",", Line.dash) == true { j += 1 }
        var corrected = false
        let corrections: [[String]] = [
            ["no"], ["sorry"], ["i", "mean"], ["i", "meant"], ["actually"], ["oops"], ["wait"], ["it's"], ["its"],
        ]
        while j < min(line.count, end + 6) {
            if line.tokens[j].isSymbol(",") {
                j += 1
            } else if let phrase = corrections.first(where: { matches($0, at: j) != nil }) {
                corrected = true
                j += phrase.count
            } else {
                break
            }
        }
        guard let (name, span) = run(at: j, lowercase: true) else { return nil }
        guard corrected || (span.count > 1 && line.word(span.lowerBound) == first) else { return nil }
        return (name, span)
    }

    /// A name typed in lower case ends at a pause or a joining word: "i'm jose, new here", not "I'm way behind".
    func endsName(_ i: Int) -> Bool {
        i >= line.count || line.breaksClause(i) || line.endsSentence(i)
            || line.isWord(i, ["and", "here", "speaking", "from", "at", "with", "but", "so", "i", "my", "the", "on", "in"])
    }

    /// "sam, and my manager is Dana": a name typed in lower case first, up to a pause, answering a name question.
    func lowercaseFirst() -> (String, Range<Int>)? {
        guard let (name, span) = run(at: pastTitle(greetingEnd), lowercase: true),
            span.upperBound == line.count || line.breaksClause(span.upperBound) || line.endsSentence(span.upperBound)
        else { return nil }
        return (name, span)
    }

    /// "Sam Lee's manager", "Jamie's boss": the name before the possessive, and the words it takes.
    func possessiveOfManager(at i: Int) -> (String, Range<Int>)? {
        guard line.lexemes[safe: i]?.raw.first?.isUppercase == true else { return nil }
        var j = i
        var parts: [String] = []
        while j < min(line.count, i + 4), let raw = line.lexemes[safe: j]?.raw, raw.first?.isUppercase == true, line.word(j) != nil {
            let plain = raw.replacingApostrophes()
            if plain.hasSuffix("'s") {
                parts.append(String(plain.dropLast(2)))
                guard line.isWord(j + 1, Self.managerTitles) else { return nil }
                return (parts.joined(separator: " "), i..<(j + 1))
            }
            parts.append(raw)
            j += 1
        }
        return nil
    }

    /// "Acme Corp", "Globex Inc": a company someone works for, not their manager.
    static func company(_ name: String) -> Bool {
        let marks: Set<String> = [
            "inc", "corp", "ltd", "llc", "gmbh", "co", "company", "group", "labs", "software", "systems",
            "technologies", "solutions", "plc", "ag", "sa", "partners", "holdings", "international",
        ]
        return name.lowercased().split { $0 == " " || $0 == "." || $0 == "," }.contains { marks.contains(String($0)) }
    }

    static let theirName: [[String]] = [
        ["her", "name's"], ["his", "name's"], ["their", "name's"], ["her", "name", "is"], ["his", "name", "is"],
        ["their", "name", "is"], ["she's", "called"], ["he's", "called"], ["they're", "called"],
    ]

    static let titleWords: Set<String> = managerTitles.union([
        "the", "our", "a", "an", "regional", "area", "district", "sales",
        "of", "svp", "avp", "evp", "rvp", "cro", "vice", "president", "new",
        "national", "senior", "team", "guy", "woman", "man", "called", "named",
    ])

    /// Past a title said before a name: "the VP, ", "our regional director — ", "a guy called ".
    func pastTitle(_ i: Int) -> Int {
        var j = i
        while j < i + 5, line.isWord(j, Self.titleWords) { j += 1 }
        guard j > i else { return i }
        if line.isWord(j - 1, ["called", "named"]) { return j }
        if line.tokens[safe: j]?.isSymbol(",", ":", Line.dash) == true { return j + 1 }
        return i
    }

    /// The role last spoken of before `i`: "my manager, … her name's" is the manager.
    func referent(before i: Int) -> Role? {
        for k in stride(from: i - 1, through: 0, by: -1) {
            guard let w = line.word(k) else { continue }
            if Self.managerTitles.contains(w) || w == "manager's" || w == "boss's" { return .manager }
            if ["rep", "rep's", "salesperson", "seller"].contains(w) { return .rep }
        }
        return nil
    }

    /// Where greetings at the start of the line end ("hi,", "hello -").
    var greetingEnd: Int {
        var i = 0
        while line.isWord(i, ["hi", "hello", "hey", "ok", "okay", "so", "yes", "yeah", "g'day", "hiya", "morning", "afternoon", "fine"])
            || (i > 0 && line.tokens[safe: i]?.isSymbol(",", Line.dash, "!", ":") == true)
            // "me - Zoë", "me: Ana".
            || (line.isWord(i, ["me"]) && line.tokens[safe: i + 1]?.isSymbol(",", Line.dash, ":") == true)
        {
            i += 1
        }
        return i
    }

    var greetingStart: Int { greetingEnd }

    static let managerTitles: Set<String> = ["manager", "director", "lead", "boss", "supervisor", "vp", "head", "leader"]

    /// The role a phrase right after a name gives it: "is the rep", "(manager)", "here", ", regional manager",
    /// ", my rep".
    func roleAfter(_ i: Int) -> Role? {
        if let fixed = Self.after.first(where: { matches($0.1, at: i) != nil }) { return fixed.0 }
        return appositive(at: i)?.role
    }

    func afterLength(_ i: Int) -> Int {
        if let fixed = Self.after.first(where: { matches($0.1, at: i) != nil }) { return fixed.1.count }
        return appositive(at: i)?.length ?? 0
    }

    /// ", regional manager", ", the sales manager", ", my rep", ", Jamie's manager": a title after a comma.
    func appositive(at i: Int) -> (role: Role, length: Int)? {
        guard line.tokens[safe: i]?.isSymbol(",", "(", Line.dash) == true else { return nil }
        for k in (i + 1)..<min(line.count, i + 5) {
            guard let w = line.word(k), !Line.joiners.contains(w), !["is", "was", "are"].contains(w) else { return nil }
            // The title ends the phrase: ", regional manager," but not ", and my manager is Rémi".
            let ends =
                k + 1 >= line.count || line.breaksClause(k + 1) || line.endsSentence(k + 1) || line.tokens[k + 1].isSymbol(":", ")")
                || line.isWord(k + 1, ["setting", "here", "speaking"])
            if Self.managerTitles.contains(w) { return ends ? (.manager, k - i + 1) : nil }
            if ["rep", "salesperson", "seller", "ae"].contains(w) { return ends ? (.rep, k - i + 1) : nil }
        }
        return nil
    }

    /// The speaker is the rep unless they say they manage.
    func speakerRole(after end: Int) -> Role {
        if Self.speakerIsManager.contains(where: { matches($0, at: end) != nil }) { return .manager }
        if line.tokens[safe: end]?.isSymbol(",", Line.dash) == true, possessiveOfManager(at: end + 1) != nil { return .manager }
        for i in line.indices where Self.managerSpeaking.contains(where: { matches($0, at: i) != nil }) { return .manager }
        return .rep
    }

    /// Where `words` end when said from `i`; "*'s" matches any possessive, "," and "(" the symbols.
    func matches(_ words: [String], at i: Int) -> Int? {
        var j = i
        for w in words {
            guard j < line.count else { return nil }
            if w.count == 1, let c = w.first, !c.isLetter {
                guard line.tokens[j].isSymbol(c) else { return nil }
            } else if w == "*'s" {
                guard line.word(j)?.hasSuffix("'s") == true else { return nil }
            } else {
                guard line.word(j) == w else { return nil }
            }
            j += 1
        }
        return j
    }

    /// A name starting at `i`: capitalised words (joined by hyphens as typed, with particles between), or, when
    /// `lowercase`, a few plain words up to a pause.
    func run(at i: Int, lowercase: Bool) -> (String, Range<Int>)? {
        var parts: [String] = []
        var j = i
        var end = i
        while j < line.count, parts.count < 6 {
            guard let piece = namePiece(at: j) else { break }
            let raw = piece.text
            let lower = raw.lowercased()
            let capitalised = raw.first?.isUppercase == true
            // "it's Jan 4th": a date, not Jan.
            let dated = Understand.monthNames[lower] != nil && line.tokens[safe: piece.end]?.number != nil
            if capitalised, !Self.notNames.contains(lower), !lower.hasPrefix("i'"), !dated, Understand.weekdays[lower] == nil {
                parts.append(raw)
                j = piece.end
                end = j
            } else if !parts.isEmpty, Self.particles.contains(lower), let next = namePiece(at: piece.end),
                next.text.first?.isUppercase == true
            {
                parts.append(raw)
                j = piece.end
            } else {
                break
            }
            if line.tokens[safe: j]?.isSymbol(",", ";", ".", "(", Line.dash) == true { break }
        }
        if !parts.isEmpty, end > i {
            while let last = parts.last, Self.particles.contains(last.lowercased()) { parts.removeLast() }
            // "March", "Jan-Mar", "Friday": days and months on their own are no one's name.
            let calendar = parts.allSatisfy { part in
                part.lowercased().split(separator: "-").allSatisfy {
                    Understand.monthNames[String($0)] != nil || Understand.weekdays[String($0)] != nil
                }
            }
            if calendar { return nil }
            return (parts.joined(separator: " "), i..<end)
        }
        guard lowercase else { return nil }
        j = i
        // "mike t": a last initial after a first name.
        while j < line.count, parts.count < 3, let piece = namePiece(at: j),
            Self.couldBeName(piece.text)
                || (!parts.isEmpty && piece.text.count == 1 && piece.text.allSatisfy(\.isLetter)
                    && !["i", "a"].contains(piece.text.lowercased()))
        {
            parts.append(piece.text)
            j = piece.end
            if line.tokens[safe: j]?.isSymbol(",", ";", ".", "(", Line.dash) == true { break }
        }
        // Typed in lower case, a name has a first and a last part ("i'm rené o'connor-lópez"), unless a name is asked.
        guard !parts.isEmpty, parts.count >= 2 || bare else { return nil }
        return (parts.joined(separator: " "), i..<j)
    }

    /// A word typed in lower case that could be part of a name: not a word the planning talk uses, not an ordinary
    /// English word after "I'm" ("new", "off", "planning", "expected").
    static func couldBeName(_ word: String) -> Bool {
        let w = word.lowercased()
        guard w.count >= 2, w.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" }), !w.hasSuffix("ing"),
            !w.hasSuffix("ed") || w.count <= 4,
            !w.hasSuffix("'s"), !w.hasSuffix("'m"), !w.hasSuffix("'re"), !w.hasSuffix("'ll"), !w.hasSuffix("'ve"), !w.hasSuffix("'d")
        else { return false }
        // "hit-or-miss", "over-achiever": ordinary words joined are no name.
        if w.contains("-"),
            w.split(separator: "-").contains(where: { Vocabulary.commonWords.contains(String($0)) || plainWords.contains(String($0)) })
        {
            return false
        }
        if plainWords.contains(w) || notNames.contains(w) || CueWords.otherSlotWords.contains(w) || Understand.monthNames[w] != nil
            || Understand.weekdays[w] != nil || NumberWords.isNumberWord(w) || NumberWords.scales[w] != nil
        {
            return false
        }
        return !Vocabulary.commonWords.contains(w)
    }

    /// One word of a name as typed, with hyphenated parts joined: "O'Brien-Smith", "Mary-Kate", "Saint-Exupéry".
    func namePiece(at i: Int) -> (text: String, end: Int)? {
        guard case .word = line.tokens[safe: i] else { return nil }
        var text = line.lexemes[i].raw
        var j = i + 1
        while j + 1 < line.count, line.tokens[j].isSymbol("-"), !line.lexemes[j].spaced, !line.lexemes[j + 1].spaced,
            case .word = line.tokens[j + 1]
        {
            text += "-" + line.lexemes[j + 1].raw
            j += 2
        }
        if Self.honorifics.contains(text.lowercased()), line.tokens[safe: j]?.isSymbol(".") == true, !line.lexemes[j].spaced {
            text += "."
            j += 1
        }
        // "Kenji's target": the name without the possessive.
        if text.hasSuffix("'s"), text.count > 3, text.first?.isUppercase == true { return nil }
        return (text, j)
    }

    /// Whether words left after the greeting could all be one name: "Ana López", "jordan lee", not "manager is the VP".
    static func couldAllBeName(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        return (1...5).contains(words.count)
            && words.allSatisfy { w in
                let lower = w.lowercased()
                if particles.contains(lower) { return true }
                if w.first?.isUppercase == true { return !notNames.contains(lower) && !plainWords.contains(lower) }
                return couldBeName(w)
            }
    }

    /// A name given on its own, without the greeting or filler around it: "Jordan Lee here", "hi, it's Ana".
    static func bare(_ line: String) -> String {
        var words = TerminalText.stripped(line).split(separator: " ").map(String.init)
        let leading: Set<String> = [
            "hi", "hello", "hey", "it's", "its", "i'm", "im", "me", "name's", "names", "this", "is",
            "my", "name", "call", "i", "am", "the", "rep", "rep's", "it", "here's", "there", "yes", "ok",
        ]
        let trailing: Set<String> = ["here", "speaking", "thanks", "please", "again", "there"]
        func plain(_ w: String) -> String { w.lowercased().replacingApostrophes().trimming(",.!:;") }
        while let first = words.first, leading.contains(plain(first)), words.count > 1 { words.removeFirst() }
        while let last = words.last, trailing.contains(plain(last)), words.count > 1 { words.removeLast() }
        // "tom, tom bradley": said again in full after a pause, the full one.
        let chunks = words.joined(separator: " ").split(separator: ",").map { $0.split(separator: " ").map(String.init) }
        if chunks.count > 1, let first = chunks.first?.first, let last = chunks.last, last.count > 1, plain(last[0]) == plain(first) {
            return last.map { $0.trimming(",.!:;") }.joined(separator: " ")
        }
        return words.map { $0.trimming(",.!:;") }.joined(separator: " ")
    }
}
