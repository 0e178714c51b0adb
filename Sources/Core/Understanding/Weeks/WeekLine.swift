import Planner

/// What one line said about a week's activity: the figures it placed, in the order said (a later one for the same
/// field corrects an earlier one), and the figures it could not place, to be said back rather than dropped.
public struct WeekHearing: Equatable, Sendable {
    public struct Fact: Equatable, Sendable {
        public var field: WeekField
        public var value: FieldValue
    }

    /// A figure the line gave that fits no field.
    public struct Unplaced: Error, Equatable, Sendable {
        public enum Reason: Equatable, Sendable {
            /// The activity named is not one the plan has.
            case notInPlan(String)
            /// Meetings booked, with more than one activity they could have come from.
            case whichActivity
            /// A count said with a fraction.
            case notWhole
            case negative
            /// Nothing in the line says what the figure counts.
            case noField
            /// More than any week holds.
            case tooLarge
            /// Money said about an opportunity ("worth 15k"), not revenue closed.
            case notClosed
            /// A deal neither won nor lost yet ("slipped", "pushed", "in contract").
            case pending
            /// Meetings that did not take place ("cancelled", "no-show").
            case notHeld
            /// A week the plan has not reached yet, or one before it started.
            case weekAhead(Day), weekBeforePlan(Day)
        }

        public var figure: Double
        public var reason: Reason

        public init(figure: Double, reason: Reason) {
            self.figure = figure
            self.reason = reason
        }
    }

    public var facts: [Fact] = []
    public var unplaced: [Unplaced] = []
    /// A figure typed as part of a name ("Q4", "FY27") was passed over: the line is no bare answer.
    public var partOfAName = false
}

extension Understand {
    /// Reads a line about a week's activity: "this week. I made 80 calls and booked 1 meeting, sent 120 emails, no
    /// deals", "emails 130", "2 opps, closed $12k". A bare figure answers `asking`.
    public static func weekLine(_ text: String, asking: WeekField?, activities: [String], today: Day) -> WeekHearing {
        WeekLineReader(line: Line(text), asking: asking, activities: activities, today: today).read()
    }
}

/// The reader behind `Understand.weekLine`: each figure with the word it counts, found after it or before it.
struct WeekLineReader {
    let line: Line
    let asking: WeekField?
    let activities: [String]
    let today: Day
    /// The words that name each activity of the plan, singular: worked out once, read for every word of the line.
    let activityWords: [(name: String, words: Set<String>)]

    init(line: Line, asking: WeekField?, activities: [String], today: Day) {
        self.line = line
        self.asking = asking
        self.activities = activities
        self.today = today
        activityWords = activities.map { name in
            let own = name.lowercased().split { !$0.isLetter && $0 != "-" }.map { ChannelTalk.singular(String($0)) }
            var words = Set(own)
            for w in own { words.formUnion((Self.otherNames[w] ?? []).map(ChannelTalk.singular)) }
            return (name, words.subtracting(["cold", "warm", "outbound", "inbound", "new", "follow-up", "direct"]))
        }
    }

    enum Role: Equatable {
        case activity(String), meetings, opportunities, deals, won, lost, revenue, held, booked, notInPlan(String)
        /// "3 from calls", "2 off the emails": meetings an activity booked.
        case bookedBy(String)
    }

    /// Words that say a figure came out of an activity: "3 from calls".
    static let sourceWords: Set<String> = ["from", "off", "via", "through", "out", "thru", "by"]
    /// Words that take back the figure before: "100 calls sorry 110", "held 3 - no, 2".
    static let correctionWords: Set<String> = [
        "sorry", "no", "scratch", "actually", "mean", "really", "correction", "oops", "wait", "make", "rather",
    ]
    /// Money said about an opportunity, not closed: "1 opp worth 15k".
    static let worthWords: Set<String> = ["worth", "valued", "value", "pipeline", "potential", "sized"]

    /// The interview's meeting and opportunity words, with a week's shorthand; "pipeline" is what an opportunity is worth.
    static let meetingWords = CueWords.meetingWords.union(["discoveries", "discos", "fems", "sits", "sit-downs"])
    static let opportunityWords = CueWords.opportunityWords.union(["opportunites", "sqos", "sqo"]).subtracting(["pipeline"])
    static let dealWords: Set<String> = ["deal", "deals", "sale", "sales", "contract", "contracts", "closes", "logos", "wins"]
    static let revenueWords: Set<String> = ["revenue", "bookings", "closed-won", "arr", "mrr", "acv", "revenues"]
    static let heldVerbs: Set<String> = ["held", "had", "ran", "run", "took", "did", "attended", "hosted", "completed", "sat", "hold"]
    static let bookedVerbs: Set<String> = [
        "booked", "book", "set", "scheduled", "landed", "secured", "got", "get", "from", "generated", "booking", "out",
    ]
    static let wonVerbs: Set<String> = ["won", "closed", "signed", "win", "close", "sold", "landed"]
    static let lostVerbs: Set<String> = [
        "lost", "lose", "dropped", "died", "dead", "churned", "disqualified", "dq'd", "fell", "dark", "dq",
    ]
    /// A deal not closed either way yet: not a win, not a loss.
    static let pendingWords: Set<String> = [
        "slipped", "pushed", "stalled", "verbal", "pending", "delayed", "postponed", "moved", "hold", "contract", "contracting",
        "negotiating", "negotiation", "redlines", "legal", "procurement",
    ]
    /// A meeting that did not take place.
    static let notHeldWords: Set<String> = ["cancelled", "canceled", "no-show", "noshow", "no-shows", "rescheduled", "flaked", "bailed"]
    /// Words that may stand between a figure and what it counts: "3 new qualified opps", "calls: 80".
    static let between: Set<String> = [
        "new", "first", "qualified", "exploratory", "more", "of", "the", "cold", "outbound", "total", "x", "in", "initial",
        "to", "was", "were", "is", "at", "about", "around", "roughly", "approx", "like", "maybe", "only", "just", "my", "a",
        "an", "intro", "real", "actual", "good", "solid", "calls'", "additional", "extra", "attempts", "attempt", "created",
        "made", "sent", "done", "so", "far", "should", "be", "now", "asked", "did", "dialed", "dialled", "tried", "contacted", "attended",
    ]
    static let zeroWords: Set<String> = ["no", "zero", "none", "nil", "nothing", "nada", "zilch"]
    /// Said of a whole week away: "on vacation", "off all week", "out sick".
    static let awayWords = TimeOffZones.strongCues.union(["sick", "leave", "away", "ooo", "training"])

    /// Words that may stand beside those of nought or of a week away: "I was on vacation all week", "zero across the
    /// board". Any other word ("change the note to sick monday") means the line says something else.
    static let nothingFiller: Set<String> = [
        "i", "i'm", "im", "was", "were", "been", "on", "all", "the", "whole", "this", "last", "week", "across", "board",
        "at", "a", "we", "had", "so", "just", "out", "done", "did", "to", "report", "for", "of", "it", "really", "zeros",
        "entire", "full", "basically", "pretty", "much", "and", "yeah", "sorry", "lol", "whatsoever", "nothing's",
    ]

    /// The line says the week had nothing in it: a word of nought or of a week away, and nothing else.
    var saysNothingDone: Bool {
        let words = line.indices.compactMap(line.word)
        guard !words.isEmpty,
            words.allSatisfy({ Self.zeroWords.contains($0) || Self.awayWords.contains($0) || Self.nothingFiller.contains($0) })
        else { return false }
        let nought = words.contains { Self.zeroWords.contains($0) && $0 != "no" } || words.contains("zeros")
        return nought || words.contains { Self.awayWords.contains($0) }
    }
    /// More of anything than a week (or a revisit's totals) holds.
    static let mostInAWeek = 1_000_000.0
    static let clauseWords: Set<String> = ["and", "but", "plus", "also", "then", "while", "though", "although", "so"]
    /// Other ways to name a common activity.
    static let otherNames: [String: Set<String>] = [
        "call": ["dial", "dials", "phone", "calling", "dialing", "dialling", "cold-calls", "ring", "rings"],
        "email": ["mail", "mails", "e-mail", "e-mails", "emailing", "emailed"],
        "linkedin": ["inmail", "inmails", "li", "dm", "dms"],
        "message": ["msg", "msgs", "dm", "dms", "inmail", "inmails"],
        "referral": ["intro", "intros", "introduction", "introductions", "referral-asks", "ref", "refs"],
        "event": ["networking", "meetup", "meetups", "conference", "conferences", "webinar", "webinars"],
        "text": ["sms", "texting", "texts"],
        "visit": ["walk-in", "walk-ins", "drop-in", "drop-ins", "knock", "knocks", "door"],
    ]

    /// The activity `i` names; with two named alike ("cold calls", "warm calls") the one whose other words stand near.
    func activity(at i: Int) -> Role? {
        guard let w = line.word(i) else { return nil }
        let s = ChannelTalk.singular(w)
        var matches = activityWords.filter { $0.words.contains(s) }
        // "cals", "emials": one slip of a long enough name.
        if matches.isEmpty, w.count >= 4 {
            matches = activityWords.filter {
                $0.words.contains {
                    $0.count >= 4
                        && (Vocabulary.oneSlip(s, $0, substitutions: false) || Vocabulary.oneSlip(w, $0 + "s", substitutions: false))
                }
            }
        }
        if matches.count == 1 { return .activity(matches[0].name) }
        if matches.count > 1 {
            let near = Set((max(0, i - 2)...i).compactMap { line.word($0).map(ChannelTalk.singular) })
            let best = matches.map { m in (m.name, m.words.intersection(near).count) }.sorted { $0.1 > $1.1 }
            return best[0].1 > best[1].1 ? .activity(best[0].0) : nil
        }
        let known = ["call", "dial", "email", "text", "referral", "event", "visit", "linkedin", "inmail", "webinar", "letter", "post"]
        return known.contains(s) ? .notInPlan(w) : nil
    }

    func role(at i: Int) -> Role? {
        guard let w = line.word(i) else { return nil }
        if let a = activity(at: i) { return a }
        if Self.meetingWords.contains(w) { return .meetings }
        if Self.opportunityWords.contains(w) { return .opportunities }
        if Self.dealWords.contains(w) { return .deals }
        if Self.revenueWords.contains(w) { return .revenue }
        if w == "closed", line.isWord(i + 1, ["lost"]) || (line.tokens[safe: i + 1]?.isSymbol("-") == true && line.isWord(i + 2, ["lost"]))
        {
            return .lost
        }
        if w == "won" || w == "closed" || w == "signed" { return .won }
        if Self.lostVerbs.contains(w) { return .lost }
        if w == "held" { return .held }
        if w == "booked" { return .booked }
        return nil
    }

    /// What the figure at `range` counts, and the word that says so; a word an earlier figure took is passed over.
    /// A source after the figure decides ("2 from calls"); then a verb or a name just before it ("held 3", "calls 80"
    /// when the clause names first); then the word after it; then a word before it.
    func role(for range: Range<Int>, in clause: Range<Int>, used: Set<Int> = []) -> (role: Role, at: Int)? {
        if let source = source(after: range, in: clause) { return source }
        let before = range.lowerBound - 1
        if before >= clause.lowerBound, !used.contains(before), let r = role(at: before) {
            let verb = [Role.held, .won, .lost, .booked].contains(r)
            // "opps 1 won 0": the word after belongs to the figure after it.
            let nextTaken = role(at: range.upperBound) != nil && line.tokens[safe: range.upperBound + 1]?.number != nil
            if verb || nextTaken || namesFirst(clause) { return (r, before) }
        }
        // After the figure, a few words on ("1 turned into an opp"), never past another figure.
        var j = range.upperBound
        while j < clause.upperBound, j < range.upperBound + 4, line.tokens[j].number == nil {
            if !used.contains(j), let r = role(at: j) {
                // "3 calls meetings": an activity named with meetings is what it booked.
                if case .activity(let name) = r, line.isWord(j + 1, Self.meetingWords) { return (.bookedBy(name), j + 1) }
                return (r, j)
            }
            j += 1
        }
        j = before
        while j >= clause.lowerBound, j > range.lowerBound - 4 {
            if !used.contains(j), let r = role(at: j) { return (r, j) }
            guard line.word(j).map(Self.between.contains) == true || line.tokens[j].isSymbol(":", "=", "-", Line.dash) else { break }
            j -= 1
        }
        return nil
    }

    /// "2 from calls", "1 mtg from calls", "1 by email": an activity said as the source just after the figure.
    func source(after range: Range<Int>, in clause: Range<Int>) -> (role: Role, at: Int)? {
        var j = range.upperBound
        while j < min(clause.upperBound, range.upperBound + 3), line.isWord(j, Self.meetingWords.union(["booked", "set"])) { j += 1 }
        guard line.isWord(j, Self.sourceWords) else { return nil }
        for k in (j + 1)..<min(clause.upperBound, j + 3) {
            if case .activity(let name)? = activity(at: k) { return (.bookedBy(name), k) }
        }
        return nil
    }

    /// The clause's first figure has its name just before it and none after: "calls 80", not "80 calls".
    func namesFirst(_ clause: Range<Int>) -> Bool {
        guard let first = clause.first(where: { line.tokens[$0].number != nil }), first > clause.lowerBound,
            role(at: first - 1) != nil
        else { return false }
        return first + 1 >= clause.upperBound || role(at: first + 1) == nil || line.tokens[safe: first + 2]?.number != nil
    }

    func isActivityModifier(_ w: String) -> Bool {
        activityWords.contains { $0.words.contains(ChannelTalk.singular(w)) }
            || ["cold", "warm", "phone", "linkedin", "referral"].contains(w)
    }

    /// The line split where one fact ends and another begins: commas, full stops, "and", "but".
    var clauses: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in line.indices {
            let breaks = line.tokens[i].isSymbol(",", ";", ".", "!", "?", Line.dash, "/", "|") || line.isWord(i, Self.clauseWords)
            if breaks {
                if start < i { out.append(start..<i) }
                start = i + 1
            }
        }
        if start < line.count { out.append(start..<line.count) }
        return out
    }

    func read() -> WeekHearing {
        var heard = WeekHearing()
        var taken = Set<Int>()
        if let week = CalendarWords(line: line, asOf: today).namedWeek() {
            heard.facts.append(.init(field: .week, value: .week(week.monday)))
            taken.formUnion(week.tokens)
        }
        var lastActivity: String?
        var bare: [Quantity] = []
        var firstPlaced: Int?
        var used = Set<Int>()
        // Facts said of one day each ("mon 30 calls, tue 25 calls"): they add up to the week's.
        var daily: [Int] = []
        for clause in clauses {
            for q in figures(in: clause) where !q.tokens.contains(where: taken.contains) {
                if isGlued(q) {
                    heard.partOfAName = true
                    continue
                }
                let found = role(for: q.tokens, in: clause, used: used)
                // "100 calls sorry 110": a bare figure after a correction word changes the figure said before it.
                if let last = heard.facts.last, last.field != .week, found == nil,
                    (max(0, q.tokens.lowerBound - 3)..<q.tokens.lowerBound).contains(where: { line.isWord($0, Self.correctionWords) })
                {
                    if case .success(let fact) = value(q, for: last.field) { heard.facts.append(fact) }
                    continue
                }
                if let found { used.insert(found.at) }
                let role = found?.role
                if case .activity(let name)? = role { lastActivity = name }
                switch place(q, role: role, clause: clause, lastActivity: lastActivity) {
                case .some(.success(let fact)):
                    if clause.contains(where: { line.word($0).map { Understand.weekdays[$0] != nil } == true }) {
                        daily.append(heard.facts.count)
                    }
                    heard.facts.append(fact)
                    firstPlaced = firstPlaced ?? q.tokens.lowerBound
                case .some(.failure(let unplaced)): heard.unplaced.append(unplaced)
                case .none: bare.append(q)
                }
            }
            if let named = (clause.lazy.compactMap { activity(at: $0) }.first), case .activity(let name) = named { lastActivity = name }
        }
        heard.facts = summingDays(heard.facts, daily: Set(daily))
        // "closed 2 deals 20k each": the revenue is each deal's.
        if line.indices.contains(where: { line.isWord($0, ["each", "apiece"]) }),
            let won = heard.facts.last(where: { $0.field == .dealsWon }),
            case .count(let deals) = won.value, deals > 1, let i = heard.facts.lastIndex(where: { $0.field == .revenueClosed }),
            case .money(let each) = heard.facts[i].value
        {
            heard.facts[i].value = .money(each * Double(deals))
        }
        // "nothing", "zero across the board", "on vacation all week": a week with nothing done, every figure nought.
        if heard.facts.allSatisfy({ $0.field == .week }), heard.unplaced.isEmpty, bare.allSatisfy({ $0.value == 0 }), saysNothingDone {
            heard.facts += WeekField.week(activities: activities).map { field in
                WeekHearing.Fact(field: field, value: field.kind == .money ? .money(0) : .count(0))
            }
            if line.indices.contains(where: { line.isWord($0, Self.awayWords) }) {
                heard.facts.append(.init(field: .note, value: .text(TerminalText.stripped(line.text(line.indices)).trimmingSpaces)))
            }
            return heard
        }
        // A lone figure with nothing to say what it counts answers the question asked.
        if bare.count == 1, let asking, bare[0].tokens.lowerBound < (firstPlaced ?? line.count) {
            switch value(bare[0], for: asking) {
            case .success(let fact): heard.facts.append(fact)
            case .failure(let unplaced): heard.unplaced.append(unplaced)
            }
        } else {
            heard.unplaced += bare.map { .init(figure: $0.signed, reason: .noField) }
        }
        return heard
    }

    /// A field said for two days or more, each with its day ("mon 30 calls, tue 25 calls, wed 40"): one fact, the sum.
    /// A figure said again without a day still corrects the one before.
    func summingDays(_ facts: [WeekHearing.Fact], daily: Set<Int>) -> [WeekHearing.Fact] {
        var out: [WeekHearing.Fact] = []
        for (i, fact) in facts.enumerated() {
            guard daily.contains(i), let j = out.lastIndex(where: { $0.field == fact.field }),
                let k = facts.indices.last(where: { $0 < i && facts[$0].field == fact.field }), daily.contains(k)
            else {
                out.append(fact)
                continue
            }
            switch (out[j].value, fact.value) {
            case (.count(let a), .count(let b)): out[j].value = .count(a + b)
            case (.money(let a), .money(let b)): out[j].value = .money(a + b)
            default: out.append(fact)
            }
        }
        return out
    }

    /// A figure typed against letters, part of a name: "Q4", "FY27", "w2".
    func isGlued(_ q: Quantity) -> Bool {
        let start = q.tokens.lowerBound
        guard start < line.lexemes.count, line.tokens[start].number != nil else { return false }
        if start > 0, !line.lexemes[start].spaced, line.tokens[start - 1].word != nil { return true }
        // "5o", "3rd-party": letters typed on after the digits that are no unit of the figure.
        let next = start + 1
        guard next < line.lexemes.count, !line.lexemes[next].spaced, let w = line.tokens[next].word else { return false }
        return !["k", "m", "mm", "st", "nd", "rd", "th", "x", "s", "ish", "h", "hrs", "hr"].contains(w) && !q.tokens.contains(next)
    }

    /// The figures of a clause, with "no deals" and "zero opps" as nought.
    func figures(in clause: Range<Int>) -> [Quantity] {
        let tokens = Array(line.tokens[clause])
        var found = QuantityScanner.scan(tokens).map { q -> Quantity in
            var q = q
            q.tokens = (q.tokens.lowerBound + clause.lowerBound)..<(q.tokens.upperBound + clause.lowerBound)
            return q
        }
        for i in clause where line.isWord(i, Self.zeroWords) && !found.contains(where: { $0.tokens.contains(i) }) {
            var next = i + 1
            while next < clause.upperBound, line.word(next).map(Self.between.contains) == true { next += 1 }
            let verbBefore = i > clause.lowerBound && [Role.held, .won, .lost, .booked].contains(role(at: i - 1))
            guard verbBefore || (next < clause.upperBound && role(at: next) != nil) else { continue }
            found.append(Quantity(value: 0, tokens: i..<(i + 1)))
        }
        // "lost the Acme deal", "won a big one": a deal won or lost, said with an article.
        for i in clause where line.isWord(i, ["a", "an", "the"]) && !found.contains(where: { $0.tokens.contains(i) }) {
            guard i > clause.lowerBound, line.isWord(i - 1, Self.wonVerbs.union(Self.lostVerbs)),
                (i + 1..<min(clause.upperBound, i + 4)).contains(where: { role(at: $0) == .deals || line.isWord($0, ["one"]) })
            else { continue }
            found.append(Quantity(value: 1, tokens: i..<(i + 1)))
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The words around a figure, up to the figures either side: what is said of it and of nothing else.
    func nearby(_ range: Range<Int>, in clause: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start > clause.lowerBound, start > range.lowerBound - 3, line.tokens[start - 1].number == nil { start -= 1 }
        while end < clause.upperBound, end < range.upperBound + 5, line.tokens[end].number == nil { end += 1 }
        return start..<end
    }

    func clauseHas(_ words: Set<String>, _ clause: Range<Int>) -> Bool {
        clause.contains { line.word($0).map(words.contains) == true }
    }

    /// The field a figure fills, why it fills none, or nil when nothing says.
    func place(_ q: Quantity, role: Role?, clause: Range<Int>, lastActivity: String?) -> Result<WeekHearing.Fact, WeekHearing.Unplaced>? {
        // "1 deal slipped", "2 meetings cancelled": said, but not a result of the week.
        let near = nearby(q.tokens, in: clause)
        if [.deals, .won, .opportunities].contains(role), clauseHas(Self.pendingWords, near), !clauseHas(Self.lostVerbs, near) {
            return .failure(.init(figure: q.value, reason: .pending))
        }
        if [.meetings, .held].contains(role), clauseHas(Self.notHeldWords, near) {
            return .failure(.init(figure: q.value, reason: .notHeld))
        }
        let field: WeekField
        switch role {
        case _ where q.currency || (isMoney(q) && !isCountRole(role)):
            if clauseHas(Self.worthWords, clause) && !clauseHas(Self.wonVerbs, clause) || role == .opportunities {
                return .failure(.init(figure: q.value, reason: .notClosed))
            }
            guard
                role == .revenue || role == .won || role == .deals || asking == .revenueClosed || asking == .dealsWon
                    || clauseHas(Self.wonVerbs.union(Self.revenueWords).union(Self.dealWords), line.indices)
            else { return nil }
            field = .revenueClosed
        case .activity(let name)?: field = .attempts(name)
        case .bookedBy(let name)?: field = .booked(name)
        case .notInPlan(let word)?: return .failure(.init(figure: q.value, reason: .notInPlan(word)))
        case .meetings?, .booked?:
            let heldSaid = clauseHas(Self.heldVerbs, clause) || role == .held
            let named = Set(clause.compactMap { i -> String? in if case .activity(let n)? = self.activity(at: i) { n } else { nil } })
            let activityHere = named.count == 1 ? named.first.map(Role.activity) : nil
            let bookedSaid = clauseHas(Self.bookedVerbs, clause) || role == .booked || activityHere != nil
            if !bookedSaid, !heldSaid, let name = asking?.activity {
                // Asked about an activity, "and 2 meetings" are the ones it booked.
                field = .booked(name)
            } else if !bookedSaid {
                field = .meetingsHeld
            } else if case .activity(let name)? = activityHere {
                field = .booked(name)
            } else if named.count > 1, asking?.activity == nil {
                // "100 calls 120 emails booked 3": either could have booked them.
                return .failure(.init(figure: q.value, reason: .whichActivity))
            } else if let only = activities.count == 1 ? activities.first : lastActivity {
                field = .booked(only)
            } else if let name = asking?.activity {
                field = .booked(name)
            } else {
                return .failure(.init(figure: q.value, reason: .whichActivity))
            }
        case .held?: field = .meetingsHeld
        case .opportunities? where clauseHas(Self.lostVerbs, near): field = .dealsLost
        case .opportunities?: field = .opportunitiesCreated
        case .deals? where clauseHas(Self.lostVerbs, near): field = .dealsLost
        case .deals?: field = .dealsWon
        case .won?: field = clauseHas(Self.revenueWords, clause) ? .revenueClosed : .dealsWon
        case .lost?: field = .dealsLost
        case .revenue?: field = .revenueClosed
        case nil: return nil
        }
        return value(q, for: field)
    }

    /// A role whose figures are counts even when said in thousands: "1.2k emails".
    func isCountRole(_ role: Role?) -> Bool {
        switch role {
        case .activity?, .bookedBy?, .meetings?, .opportunities?, .held?, .booked?, .notInPlan?: return true
        default: return false
        }
    }

    /// Said as money: a currency, or thousands with k or m.
    func isMoney(_ q: Quantity) -> Bool {
        q.currency || (q.scaled && q.value >= 1000)
    }

    func value(_ q: Quantity, for field: WeekField) -> Result<WeekHearing.Fact, WeekHearing.Unplaced> {
        if q.negative { return .failure(.init(figure: q.value, reason: .negative)) }
        if field.kind == .count, q.currency { return .failure(.init(figure: q.value, reason: .noField)) }
        if q.value >= WeekLineReader.mostInAWeek { return .failure(.init(figure: q.value, reason: .tooLarge)) }
        switch field.kind {
        case .money: return .success(.init(field: field, value: .money(q.value)))
        case .count where q.value == q.value.rounded() && q.value < 1e9:
            return .success(.init(field: field, value: .count(Int(q.value))))
        default: return .failure(.init(figure: q.value, reason: .notWhole))
        }
    }
}

extension Understand {
    /// The field a phrase names, for "change X": "emails", "calls booked", "deals lost", "the week", "note".
    public static func weekField(named text: String, activities: [String]) -> WeekField? {
        let reader = WeekLineReader(line: Line(text), asking: nil, activities: activities, today: Day(ordinal: 0))
        let roles = reader.line.indices.compactMap(reader.role(at:))
        let meetings = roles.contains(.meetings) || roles.contains(.booked)
        // An activity named decides: its attempts, or with meetings the ones it booked.
        for role in roles { if case .activity(let name) = role { return meetings ? .booked(name) : .attempts(name) } }
        for role in roles {
            switch role {
            case .activity(let name): return meetings ? .booked(name) : .attempts(name)
            case .bookedBy(let name): return .booked(name)
            case .meetings, .held: return .meetingsHeld
            case .opportunities: return .opportunitiesCreated
            case .deals, .won: return roles.contains(.lost) ? .dealsLost : .dealsWon
            case .lost: return .dealsLost
            case .revenue: return .revenueClosed
            case .booked, .notInPlan: continue
            }
        }
        let words = Set(reader.line.indices.compactMap(reader.line.word))
        if words.contains("weeks") { return .weeks }
        if words.contains("week") { return .week }
        if !words.isDisjoint(with: ["note", "notes", "comment"]) { return .note }
        return nil
    }
}
