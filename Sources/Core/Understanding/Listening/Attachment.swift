/// Decides, for the whole line at once, which slot each mention answers: a mention's own form when that settles
/// it ("Q3 2027", "9 opps open", "1 deal out of every 4 opps"), else the nearest cue that takes its kind, each
/// mention used once; then corrections ("25%, no wait, 20%"), the question open, and money said beside a period.
struct Attachment {
    let line: Line
    let mentions: [Mention]
    let question: Slot?

    /// A cue found in the line.
    struct Cue {
        var slot: Slot
        var tokens: Range<Int>
        var side: CueWords.Side
        /// "quarterly quota": the figure is per quarter.
        var per: Mention.Span?
        /// Cues found on the same words share a group: one figure per group.
        var group: Int
    }

    /// Mention positions chained by corrections: the last one says the value, the others are superseded.
    struct Placed: Equatable {
        var slot: Slot
        var chain: [Int]
        var cue: Range<Int>?
        var per: Mention.Span?
    }

    /// Where each mention went; mentions in no chain are left over.
    struct Placement {
        var placed: [Placed]
        var cues: [Cue]
    }

    // MARK: Cues

    var cues: [Cue] {
        var covered = Set(mentions.flatMap(\.tokens))
        var found: [Cue] = []
        var group = 0
        // Meetings that become opportunities: a meeting word, then an opportunity word, close by in one sentence.
        for i in line.indices where !covered.contains(i) && line.isWord(i, CueWords.meetingWords) {
            let sentence = line.sentence(around: i)
            guard
                let j = (i + 1..<min(sentence.upperBound, i + 9)).first(where: {
                    !covered.contains($0) && line.isWord($0, CueWords.opportunityWords)
                }), !(i..<j).contains(where: { k in mentions.contains { $0.tokens.contains(k) } })
            else { continue }
            found.append(Cue(slot: .meetingToOpportunity, tokens: i..<(j + 1), side: .either, per: nil, group: group))
            group += 1
            covered.formUnion(i...j)
        }
        // Opportunities that close: an opportunity word, then a word for winning, close by ("opps to closed: 1 in 4").
        for i in line.indices where !covered.contains(i) && line.isWord(i, CueWords.opportunityWords) {
            let won = (i + 1..<min(line.count, i + 4)).first { !covered.contains($0) && line.isWord($0, CueWords.wonWords) }
            func interrupted(_ k: Int) -> Bool {
                mentions.contains { $0.tokens.contains(k) } || line.breaksClause(k) || line.endsSentence(k)
            }
            guard let j = won, !(i..<j).contains(where: interrupted) else { continue }
            found.append(Cue(slot: .closeRate, tokens: i..<(j + 1), side: .either, per: nil, group: group))
            group += 1
            covered.formUnion(i...j)
        }
        var i = 0
        while i < line.count {
            guard !covered.contains(i) else {
                i += 1
                continue
            }
            let here = CueWords.all.filter { entry in
                entry.words.indices.allSatisfy { k in !covered.contains(i + k) && line.word(i + k) == entry.words[k] }
                    && !(entry.slot == .incomeGoal && line.isWord(i + entry.words.count, ["it", "that"]))
                    // "my deals tend to land around 40 grand": a verb said of deals is about their size, not the goal.
                    && !(entry.slot == .goal && entry.side != .either && saidOfDeals(i))
            }
            guard let longest = here.first else {
                i += 1
                continue
            }
            let end = i + longest.words.count
            var per: Mention.Span?
            if let w = line.word(i - 1), let span = FigureSpans.spanAdverbs[w] { per = span }
            for entry in here where entry.words.count == longest.words.count {
                found.append(Cue(slot: entry.slot, tokens: i..<end, side: entry.side, per: per, group: group))
            }
            group += 1
            i = end
        }
        return found
    }

    // MARK: Placing

    func place() -> Placement {
        let cues = self.cues
        var placed: [Placed] = []
        var taken = Set<Int>()

        // 1. Mentions whose own form says what they are.
        for (k, m) in mentions.enumerated() {
            if case .daysOff = m.kind { continue }
            guard let slot = ownSlot(m) else { continue }
            placed.append(Placed(slot: slot, chain: [k], cue: nil, per: nil))
            taken.insert(k)
        }

        // 2. The nearest cue that takes each figure, best pairs first, each mention and each cue group once.
        var pairs: [(cost: Int, cue: Int, mention: Int)] = []
        for (c, cue) in cues.enumerated() {
            for (k, m) in mentions.enumerated() where !taken.contains(k) {
                if let cost = cost(cue, m), !yields(cue, m, to: cues) { pairs.append((cost, c, k)) }
            }
        }
        // A figure said as a correction goes with the one it corrects ("30k, wait, it's 45k now with the Acme deal"),
        // unless a cue stands right by it ("25%, and I'd say 40% of meetings become opps").
        let corrections = Set(
            mentions.indices.filter { k in
                correctedMention(before: k) != nil && !pairs.contains { $0.mention == k && $0.cost <= 4 }
            })
        pairs.removeAll { corrections.contains($0.mention) }
        pairs.sort { ($0.cost, $0.mention, $0.cue) < ($1.cost, $1.mention, $1.cue) }
        var usedGroups = Set<Int>()
        var cued = Set<Slot>()
        for pair in pairs where !taken.contains(pair.mention) && !usedGroups.contains(cues[pair.cue].group) {
            let cue = cues[pair.cue]
            // A second figure for a slot already given needs a correction to replace it; otherwise it is asked about.
            guard !cued.contains(cue.slot) else { continue }
            cued.insert(cue.slot)
            placed.append(Placed(slot: cue.slot, chain: [pair.mention], cue: cue.tokens, per: cue.per))
            taken.insert(pair.mention)
            usedGroups.insert(cue.group)
        }

        // 3. Corrections and settlings: "25%, no wait, 20%", "call it 30%", "plan on 1 in 4".
        var loose: [[Int]] = []
        for k in mentions.indices where !taken.contains(k) {
            guard var previous = correctedMention(before: k) else { continue }
            // "could be 1 in 4 — go with 1 in 4": a correction reaches back past figures nothing placed to the answer it settles.
            if !placed.contains(where: { $0.chain.contains(previous) }),
                let settled = mentions.indices.last(where: { j in
                    j < previous && sameFamily(j, k) && placed.contains { $0.chain.contains(j) }
                        && line.sentence(around: mentions[j].tokens.lowerBound).lowerBound
                            >= line.sentence(around: mentions[previous].tokens.lowerBound).lowerBound
                })
            {
                previous = settled
            }
            if let p = placed.firstIndex(where: { $0.chain.contains(previous) }) {
                // Everything of the same kind said between them is superseded too.
                let between = mentions.indices.filter { $0 > previous && $0 < k && !taken.contains($0) && sameFamily($0, k) }
                placed[p].chain += between + [k]
                taken.formUnion(between + [k])
            } else {
                let earlier = mentions.indices.filter {
                    $0 < k && !taken.contains($0) && sameFamily($0, k)
                        && line.sentence(around: mentions[$0].tokens.lowerBound).lowerBound
                            >= line.sentence(around: mentions[previous].tokens.lowerBound).lowerBound
                }
                if let l = loose.firstIndex(where: { !$0.isEmpty && earlier.contains($0[0]) }) {
                    loose[l] = Array(Set(loose[l] + earlier + [k])).sorted()
                } else {
                    loose.append(earlier + [k])
                }
                taken.formUnion(earlier + [k])
            }
        }
        for (k, _) in mentions.enumerated() where !taken.contains(k) { loose.append([k]) }
        loose.sort { ($0.first ?? 0) < ($1.first ?? 0) }

        // 4. What is left answers the question open, if it can.
        if let question, !placed.contains(where: { $0.slot == question }),
            let l = loose.firstIndex(where: { chain in chain.allSatisfy { SlotReading.accepts(question, value(of: $0, in: chain)) } })
        {
            placed.append(Placed(slot: question, chain: loose[l], cue: nil, per: nil))
            loose.remove(at: l)
        }

        // 4b. "Big ones are 100k, small ones 20k, on average about 45k": a settled figure supersedes the others.
        for p in placed.indices where placed[p].slot == question {
            guard let last = placed[p].chain.last, settled(last) else { continue }
            let sentence = line.sentence(around: mentions[last].tokens.lowerBound)
            let others = loose.indices.filter { l in
                loose[l].allSatisfy { $0 < last && sameFamily($0, last) && sentence.contains(mentions[$0].tokens.lowerBound) }
            }
            placed[p].chain = others.flatMap { loose[$0] } + placed[p].chain
            for l in others.reversed() { loose.remove(at: l) }
        }

        // 5. Money said beside a period is the goal for it: "Q4 2027 900K", "2027: $1.3M", "$650k for the back half".
        let namesPeriod = mentions.contains { if case .period = $0.kind { true } else { false } }
        let goalPlaced = placed.contains { [.goal, .incomeGoal].contains($0.slot) }
        // Said beside a base and a commission, it is what the rep wants to earn.
        let incomeRoute = placed.contains { [.baseSalary, .commissionRate].contains($0.slot) }
        if namesPeriod, !goalPlaced,
            let l = loose.firstIndex(where: { chain in
                guard let last = chain.last else { return false }
                switch mentions[last].kind {
                case .money, .moneyPer: return true
                case .number(let v, _, nil): return v >= 1000 && !chain.contains { isYearLike($0) }
                default: return false
                }
            })
        {
            placed.append(Placed(slot: incomeRoute ? .incomeGoal : .goal, chain: loose[l], cue: nil, per: nil))
            loose.remove(at: l)
        }

        // 6. "Fridays are admin days" gives the selling days only when nothing else did.
        if !placed.contains(where: { $0.slot == .workingDays }),
            let k = mentions.indices.first(where: { if case .daysOff = mentions[$0].kind { !taken.contains($0) } else { false } })
        {
            placed.append(Placed(slot: .workingDays, chain: [k], cue: nil, per: nil))
        }
        return Placement(placed: placed, cues: cues)
    }

    /// The slot a mention settles in this line: deals at a price are the goal, unless the deal size is asked, or they
    /// are deals already done ("two deals already, 35k each" to what is closed so far).
    func ownSlot(_ m: Mention) -> Slot? {
        // "we work 40 hours a week": the working week, not the hours for prospecting; asked, not taken.
        if case .hoursPer = m.kind, question != .prospectingHours, saysWorkWeek(around: m) { return nil }
        guard case .dealsAt(_, _, let per) = m.kind else { return Self.ownSlot(m.kind) }
        if question == .dealSize { return .dealSize }
        if per == nil, question == .closedToDate || saysClosed(around: m) { return .closedToDate }
        return .goal
    }

    /// Words before the mention in its sentence that say it is the working week: "work", "working", "office".
    func saysWorkWeek(around m: Mention) -> Bool {
        let sentence = line.sentence(around: m.tokens.lowerBound)
        return sentence.contains { $0 < m.tokens.lowerBound && line.isWord($0, ["work", "working", "worked", "office", "job", "shift"]) }
    }

    /// Words in the mention's sentence that cue what is closed so far: "closed", "signed", "so far".
    func saysClosed(around m: Mention) -> Bool {
        let sentence = line.sentence(around: m.tokens.lowerBound)
        // "she closed 20 deals at 15k last year": history, not this period.
        if sentence.contains(where: { line.isWord($0, ["last", "previous", "prior"]) }) { return false }
        let closed = CueWords.all.filter { $0.slot == .closedToDate }.map(\.words)
        return sentence.contains { line.says(closed, at: $0) }
    }

    /// The slot a mention's own form settles, whatever stands around it.
    static func ownSlot(_ kind: Mention.Kind) -> Slot? {
        switch kind {
        case .period: return .period
        case .timeOff: return .weeksOff
        case .weekdays, .daysAWeek: return .workingDays
        case .profile: return .profile
        case .timeBlocks: return .timeBlocks
        // "12 hours a week", "2 hours a day": the time a rep has, which in this interview is for prospecting.
        case .hoursPer: return .prospectingHours
        case .person(_, let role): return role
        case .number(_, _, .opportunities?): return .openOpportunities
        case .ratio(_, _, let some, let of):
            if of == .meetings || some == .opportunities { return .meetingToOpportunity }
            if of == .opportunities || some == .deals || of == .deals { return .closeRate }
            return nil
        default: return nil
        }
    }

    /// The kind a mention in a correction chain stands for: a bare "30" after "35%" is 30%.
    func value(of k: Int, in chain: [Int]) -> Mention.Kind {
        let kind = mentions[k].kind
        guard case .number(let v, let range, nil) = kind, let first = chain.first, first != k else { return kind }
        switch mentions[first].kind {
        case .percent: return .percent(v / 100, range: range.map { ($0.lowerBound / 100)...($0.upperBound / 100) })
        case .money(let before, _):
            let scale = before >= 1e6 && v < 1000 ? 1e6 : before >= 1e3 && v < 1000 ? 1e3 : 1
            return .money(v * scale, range: range.map { ($0.lowerBound * scale)...($0.upperBound * scale) })
        case .duration(_, let unit, _): return .duration(v, unit: unit, range: range)
        case .ratio(let some, _, let a, let b) where some == 1 && v > 1: return .ratio(some: 1, of: v, someNoun: a, ofNoun: b)
        default: return kind
        }
    }

    func sameFamily(_ a: Int, _ b: Int) -> Bool {
        let fa = mentions[a].kind.fits, fb = mentions[b].kind.fits
        return !fa.isDisjoint(with: fb) && !(fa.contains(.period) || fb.contains(.period))
    }

    func isYearLike(_ k: Int) -> Bool {
        if case .number(let v, _, _) = mentions[k].kind { return (2000...2100).contains(v) && v == v.rounded() }
        return false
    }

    /// Whether the clause before `i` speaks of deals ("my deals usually take two months to close"): a verb there is no goal.
    func saidOfDeals(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, !line.breaksClause(k), !line.endsSentence(k) {
            if line.isWord(k, ["deals", "deal", "ones", "they", "they're"]) { return true }
            k -= 1
        }
        return false
    }

    /// "aiming for 200 grand total comp": a verb before a figure yields to a noun right after it that names another answer.
    func yields(_ cue: Cue, _ m: Mention, to cues: [Cue]) -> Bool {
        guard cue.side == .after else { return false }
        return cues.contains { other in
            // "… one hundred eighty thousand deals are about nine k": a noun that starts the next thought takes its own figure.
            let end = other.tokens.upperBound
            let takesNext = mentions.contains { (end..<min(line.count, end + 4)).contains($0.tokens.lowerBound) }
            return other.slot != cue.slot && other.side != .after && other.tokens.lowerBound == m.tokens.upperBound
                && SlotReading.accepts(other.slot, m.kind) && !takesNext
        }
    }

    /// "12 open, …", "9 opps in the pipe, …": the words just before `i` count what is open.
    func saysPipeline(before i: Int) -> Bool {
        var j = i - 1
        if line.tokens[safe: j]?.isSymbol(",", Line.dash) == true { j -= 1 }
        if line.isWord(j, ["open", "pipeline", "pipe", "flight", "play"]) { return true }
        return mentions.contains { m in
            if case .number(_, _, .opportunities?) = m.kind { return m.tokens.upperBound - 1 == j } else { return false }
        }
    }

    /// Whether a settling word ("on average", "typically", "call it") stands just before mention `k`.
    func settled(_ k: Int) -> Bool {
        let start = mentions[k].tokens.lowerBound
        return (max(0, start - 4)..<start).contains { i in
            line.says(CueWords.settlers, at: i)
        }
    }

    /// The mention a correction word just before mention `k` sends it back to, if any.
    func correctedMention(before k: Int) -> Int? {
        let start = mentions[k].tokens.lowerBound
        let previous = mentions.indices.last { $0 < k && sameFamily($0, k) && mentions[$0].tokens.upperBound <= start }
        guard let previous else { return nil }
        let gap = mentions[previous].tokens.upperBound..<start
        // "1,200,000 - not 1.2, it's 1.25 million": a figure put aside between them corrects too.
        let putAside = gap.contains { line.isWord($0, ["not"]) && line.tokens[safe: $0 + 1]?.number != nil }
        return line.corrects(between: gap.lowerBound, gap.upperBound) || putAside ? previous : nil
    }

    // MARK: Distance

    /// How far a cue is from a mention, counted in words, with pauses and other figures between them costing more;
    /// nil when the cue cannot take it (wrong kind, wrong side, another sentence).
    func cost(_ cue: Cue, _ m: Mention) -> Int? {
        guard SlotReading.accepts(cue.slot, m.kind) else { return nil }
        if case .zero = m.kind, ![.closedToDate, .baseSalary, .openOpportunities].contains(cue.slot) { return nil }
        guard line.sentence(around: cue.tokens.lowerBound) == line.sentence(around: m.tokens.lowerBound) else { return nil }
        let after = m.tokens.lowerBound >= cue.tokens.upperBound
        // "12 open, worth about 300k": what the pipeline is worth, not a deal.
        if cue.slot == .dealSize, line.isWord(cue.tokens.lowerBound, ["worth"]), saysPipeline(before: cue.tokens.lowerBound) { return nil }
        if after, cue.side == .before { return nil }
        if !after, cue.side == .after { return nil }
        let gap = after ? cue.tokens.upperBound..<m.tokens.lowerBound : m.tokens.upperBound..<cue.tokens.lowerBound
        // A figure before its cue costs more, unless a copula binds them: "900k is my number", "35k of that's signed".
        let binders: Set<String> = ["is", "are", "was", "'s", "my", "the", "our", "her", "his", "their", "of", "that's", "it's", "be"]
        let bound =
            !after && !gap.isEmpty && gap.allSatisfy { line.isWord($0, binders) }
            && gap.contains { line.isWord($0, ["is", "are", "was", "of", "that's", "be"]) }
        // "£95k OTE", "1.6 mil quota": a figure right against its cue.
        var cost = after || bound ? 0 : (gap.isEmpty ? 1 : 3)
        var i = gap.lowerBound
        while i < gap.upperBound {
            if let inner = mentions.first(where: { $0.tokens.contains(i) }) {
                switch inner.kind {
                case .period, .date, .month, .person: cost += 1
                default: cost += 8
                }
                i = max(inner.tokens.upperBound, i + 1)
                continue
            }
            if line.tokens[i].isSymbol(":") {
                // "goal: $860k": a label and its figure.
            } else if line.breaksClause(i) {
                cost += 3
            } else if !NumberWords.hedges.contains(line.word(i) ?? "") {
                cost += 1
            }
            i += 1
        }
        if case .number(_, _, nil) = m.kind { cost += 1 }
        return cost <= 12 ? cost : nil
    }
}
