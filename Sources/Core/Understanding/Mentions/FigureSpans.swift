/// Finds the figures in a line and what their own form makes them: money, shares, ratios, counts of things,
/// lengths of time, money per month, so many deals at so much each, days a week.
struct FigureSpans {
    let line: Line

    static let timeUnits: [String: Mention.TimeUnit] = [
        "second": .second, "seconds": .second, "sec": .second, "secs": .second,
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour,
        "day": .day, "days": .day,
        "week": .week, "weeks": .week, "wk": .week, "wks": .week,
        "month": .month, "months": .month, "mo": .month, "mos": .month, "mth": .month, "mths": .month,
        "year": .year, "years": .year, "yr": .year, "yrs": .year,
        "fortnight": .week, "fortnights": .week, "fortnight's": .week,
    ]
    /// Units that are so many of another: a fortnight is two weeks.
    static let unitScale: [String: Double] = ["fortnight": 2, "fortnights": 2, "fortnight's": 2]
    static let spans: [String: Mention.Span] = [
        "week": .week, "wk": .week, "month": .month, "mo": .month, "mth": .month, "quarter": .quarter, "qtr": .quarter,
        "year": .year, "yr": .year,
    ]
    static let spanAdverbs: [String: Mention.Span] = [
        "weekly": .week, "monthly": .month, "quarterly": .quarter, "annually": .year, "yearly": .year, "annual": .year,
    ]
    static let eachWords: Set<String> = ["each", "apiece"]

    /// Nouns a figure can count, and what each says it is.
    static let nouns: [String: Mention.Noun] = {
        var n: [String: Mention.Noun] = [:]
        for w in ["opp", "opps", "opportunity", "opportunities", "oppty", "oppties", "opptys"] { n[w] = .opportunities }
        for w in ["deal", "deals", "contract", "contracts"] { n[w] = .deals }
        for w in [
            "meeting", "meetings", "mtg", "mtgs", "appointment", "appointments", "appt", "appts", "demo", "demos",
            "conversation", "conversations",
        ] { n[w] = .meetings }
        for w in [
            "client", "clients", "people", "person", "contacts", "contact", "customers", "customer", "prospects",
            "friends", "partners", "folks", "connections",
        ] { n[w] = .people }
        for w in [
            "calls", "call", "dials", "dial", "emails", "email", "asks", "ask", "messages", "message", "texts",
            "knocks", "doors", "door", "visits", "touches", "attempts", "attempt", "requests", "inmails", "letters",
            "mailers", "voicemails", "referrals", "events", "event", "webinars", "webinar", "shows", "intros", "intro", "introductions",
            "introduction",
        ] {
            n[w] = .attempts(w)
        }
        return n
    }()
    /// Words that may stand between a figure and what it counts: "9 open opps", "20 qualified opportunities".
    static let countAdjectives: Set<String> = [
        "open", "new", "active", "live", "qualified", "real", "first", "more", "other", "good", "big", "small", "current",
        "existing", "total", "inbound", "outbound", "cold", "warm", "phone", "discovery", "intro", "exploratory", "sales",
        "decent", "solid", "strong", "so",
    ]

    /// Every figure outside the tokens `skip` marks.
    func all(skipping skip: [Bool]) -> [Mention] {
        var masked = line.tokens
        for i in masked.indices where skip[i] { masked[i] = .symbol("¦") }
        let markers = perMarkers(masked)
        for m in markers { for i in m.tokens { masked[i] = .symbol("¦") } }
        let found = QuantityScanner.scan(masked, units: Set(Self.timeUnits.keys))
        var mentions = (found.filter { !isNoFigure($0) }.map(base) + everyOther(masked)).sorted {
            $0.tokens.lowerBound < $1.tokens.lowerBound
        }
        mentions = hyphenatedUnits(mentions)
        mentions = andAHalf(mentions)
        mentions = pairwise(mentions, ratio)
        mentions = counted(mentions, skip: skip)
        mentions = composites(mentions, markers: markers)
        mentions = pairwise(mentions) { spreadOverDeals($0, $1, markers: markers) }
        mentions = pairwise(mentions, outcome)
        return pairwise(mentions, crossUnitRange)
    }

    // MARK: One figure

    /// Words a number names something after: "stage 2", "tier 1", "level 3".
    static let labelWords: Set<String> = ["stage", "phase", "tier", "level", "step", "round", "series", "gen", "version", "v"]
    static let pronouns: Set<String> = ["each", "every", "this", "that", "which", "any", "the", "no", "another"]
    /// "I book meetings three ways": a count of kinds, not a figure of the plan.
    static let kindsOf: Set<String> = ["ways", "channels", "activities", "sources", "kinds", "types", "things", "buckets", "motions"]

    /// Words read as a number that are no figure: "each one" (the event), "the 16th" (a day), "half-term" (a holiday),
    /// "three ways".
    func isNoFigure(_ q: Quantity) -> Bool {
        let first = q.tokens.lowerBound, end = q.tokens.upperBound
        if q.tokens.count == 1, line.word(first) == "one", line.isWord(first - 1, Self.pronouns) || line.isWord(end, ["of"]) { return true }
        if line.isWord(end, ["st", "nd", "rd", "th"]), q.unit == nil { return true }
        if line.word(end - 1) == "half", line.tokens[safe: end]?.isSymbol("-") == true, line.lexemes[safe: end].map({ !$0.spaced }) == true
        {
            return true
        }
        // "half term": the school holiday.
        if line.word(end - 1) == "half", line.isWord(end, ["term", "terms"]) { return true }
        if q.unit == nil, !q.currency, !q.percent, line.isWord(first - 1, Self.labelWords) { return true }
        return q.unit == nil && line.isWord(end, Self.kindsOf)
    }

    func base(_ q: Quantity) -> Mention {
        let text = line.text(q.tokens)
        let range = q.bounds
        if let word = q.unit, let unit = Self.timeUnits[word] {
            // "minus a week off": a length taken away is still a length.
            let scale = Self.unitScale[word] ?? 1
            let said = (line.isWord(q.tokens.lowerBound - 1, ["minus", "less"]) ? q.value : q.signed) * scale
            return Mention(
                .duration(said, unit: unit, range: range.map { ($0.lowerBound * scale)...($0.upperBound * scale) }),
                tokens: q.tokens, text: text)
        }
        if q.percent {
            return Mention(
                .percent(q.signed / 100, range: range.map { ($0.lowerBound / 100)...($0.upperBound / 100) }),
                tokens: q.tokens, text: text)
        }
        if q.currency || q.scaled {
            return Mention(.money(q.signed, range: range), tokens: q.tokens, text: text)
        }
        let words = q.tokens.compactMap { line.word($0) }
        let fractionSaid = words.contains { NumberWords.fractions[$0] != nil } && !q.tokens.contains { line.tokens[$0].number != nil }
        if fractionSaid, q.value <= 1, !q.negative {
            return Mention(.fraction(q.value), tokens: q.tokens, text: text)
        }
        return Mention(.number(q.signed, range: range, noun: nil), tokens: q.tokens, text: text)
    }

    /// "every other one", "every other deal", "every third meeting": one in two, one in three.
    func everyOther(_ t: [Token]) -> [Mention] {
        var found: [Mention] = []
        for i in t.indices where t[i].isWord("every") {
            // "every 3 mtgs, one turns into an opp": one in so many.
            if let n = t[safe: i + 1]?.number, n > 1, let noun = nounAfter(i + 2) {
                var j = noun.end
                if t[safe: j]?.isSymbol(",", Line.dash) == true { j += 1 }
                if t[safe: j]?.isWord("one") == true || t[safe: j]?.number == 1 {
                    found.append(
                        Mention(.ratio(some: 1, of: n, someNoun: nil, ofNoun: noun.noun), tokens: i..<(j + 1), text: line.text(i..<(j + 1)))
                    )
                    continue
                }
            }
            guard let w = t[safe: i + 1]?.word, let of = ["other": 2.0, "second": 2, "third": 3, "fourth": 4, "fifth": 5][w] else {
                continue
            }
            var end = i + 2
            var ofNoun: Mention.Noun?
            if line.isWord(end, ["one"]) {
                end += 1
            } else if let noun = nounAfter(end) {
                ofNoun = noun.noun
                end = noun.end
            } else if w != "other" {
                continue
            }
            // "every other week" is how often, not how many.
            if line.isWord(end, ["week", "day", "month", "weeks", "days", "months"]) || t[i..<end].contains(where: { $0.isSymbol("¦") }) {
                continue
            }
            found.append(Mention(.ratio(some: 1, of: of, someNoun: nil, ofNoun: ofNoun), tokens: i..<end, text: line.text(i..<end)))
        }
        return found
    }

    /// "an hour and a half", "two weeks and a half": the half is of the unit said.
    func andAHalf(_ mentions: [Mention]) -> [Mention] {
        var out: [Mention] = []
        for m in mentions {
            if case .fraction(let f) = m.kind, let last = out.last, case .duration(let v, let unit, nil) = last.kind,
                line.isWord(last.tokens.upperBound, ["and"]), m.tokens.lowerBound == last.tokens.upperBound + 1
            {
                let tokens = last.tokens.lowerBound..<m.tokens.upperBound
                out[out.count - 1] = Mention(.duration(v + f, unit: unit, range: nil), tokens: tokens, text: line.text(tokens))
                continue
            }
            out.append(m)
        }
        return out
    }

    /// "45-day", "2-month", "6-8 wk", "8k-ish", "45d", "6w": a unit (or "-ish") joined to the figure.
    func hyphenatedUnits(_ mentions: [Mention]) -> [Mention] {
        mentions.map { m in
            var m = m
            let end = m.tokens.upperBound
            // "45d", "6w", "3h": a letter for the unit, typed against the figure.
            if case .number(let v, let range, nil) = m.kind, let w = line.word(end), !line.lexemes[end].spaced,
                let unit = [
                    "d": Mention.TimeUnit.day, "w": .week, "h": .hour, "hrs": .hour, "hr": .hour, "mins": .minute,
                    "min": .minute,
                ][w]
            {
                let tokens = m.tokens.lowerBound..<(end + 1)
                return Mention(.duration(v, unit: unit, range: range), tokens: tokens, text: line.text(tokens))
            }
            guard line.tokens[safe: end]?.isSymbol("-") == true, let w = line.word(end + 1) else { return m }
            if w == "ish" {
                m.tokens = m.tokens.lowerBound..<(end + 2)
                m.text = line.text(m.tokens)
                return m
            }
            guard let unit = Self.timeUnits[w], case .number(let v, let range, nil) = m.kind else { return m }
            m = Mention(.duration(v, unit: unit, range: range), tokens: m.tokens.lowerBound..<(end + 2), text: "")
            m.text = line.text(m.tokens)
            return m
        }
    }

    // MARK: Markers of "each" and "per"

    struct PerMarker {
        var span: Mention.Span?
        var tokens: Range<Int>
    }

    /// "a month", "per quarter", "/month", "every month", "monthly" after a figure; "each", "apiece", "a piece", "a pop".
    func perMarkers(_ t: [Token]) -> [PerMarker] {
        var found: [PerMarker] = []
        for i in t.indices {
            let previous = i > 0 ? t[i - 1] : nil
            let afterFigure = previous.map(isFigureEnd) ?? false
            guard afterFigure else { continue }
            if t[i].isWord("a", "an", "per", "every", "each") || t[i].isSymbol("/"), let w = t[safe: i + 1]?.word,
                let span = Self.spans[w]
            {
                found.append(PerMarker(span: span, tokens: i..<(i + 2)))
            } else if let w = t[i].word, let span = Self.spanAdverbs[w], w != "annual" {
                found.append(PerMarker(span: span, tokens: i..<(i + 1)))
            } else if t[i].isWord("a"), t[safe: i + 1]?.isWord("piece", "pop") == true {
                found.append(PerMarker(span: nil, tokens: i..<(i + 2)))
            } else if t[i].isWord("per"), t[safe: i + 1]?.isWord("deal") == true {
                found.append(PerMarker(span: nil, tokens: i..<(i + 2)))
            } else if let w = t[i].word, Self.eachWords.contains(w), t[safe: i + 1]?.word.map({ Self.spans[$0] == nil }) ?? true {
                found.append(PerMarker(span: nil, tokens: i..<(i + 1)))
            }
        }
        return found
    }

    func isFigureEnd(_ token: Token) -> Bool {
        switch token {
        case .number: return true
        case .word(let w):
            return NumberWords.scales[w] != nil || NumberWords.isNumberWord(w) || QuantityScanner.currencyWords.contains(w)
                || w == "deals" || w == "deal" || w == "days" || w == "ish"
        case .symbol(let s): return s == "%" || QuantityScanner.currencySymbols.contains(s)
        case .date, .notADate: return false
        }
    }

    // MARK: Two figures as one

    /// Neighbouring mentions that `join` makes one, each taken once, left to right.
    func pairwise(_ mentions: [Mention], _ join: (Mention, Mention) -> Mention?) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < mentions.count {
            if i + 1 < mentions.count, let joined = join(mentions[i], mentions[i + 1]) {
                out.append(joined)
                i += 2
            } else {
                out.append(mentions[i])
                i += 1
            }
        }
        return out
    }

    /// "1 in 4", "one out of every three", "1:4", "1/5", "6 out of 10 first meetings", "1 deal out of every 4 opps";
    /// "1 out of every 2 or 3", "1 or 2 out of 5": a range is read at its middle.
    func ratio(_ a: Mention, _ b: Mention) -> Mention? {
        guard case .number(let some, _, nil) = a.kind, case .number(let of, _, nil) = b.kind, some >= 0 else { return nil }
        var j = a.tokens.upperBound
        let someNoun = line.word(j).flatMap { Self.nouns[$0] }
        if someNoun != nil { j += 1 }
        var gap: [String] = []
        for k in j..<b.tokens.lowerBound {
            let token = line.tokens[k]
            if token.isWord("every", "each", "all", "the", "my") { continue }
            gap.append(token.word ?? (token.isSymbol(":") ? ":" : token.isSymbol("/") ? "/" : "?"))
        }
        guard [["in"], ["out", "of"], [":"], ["/"], ["of"], ["outta"], ["from"], ["for"]].contains(gap) else { return nil }
        var end = b.tokens.upperBound
        var ofNoun: Mention.Noun?
        if let noun = nounAfter(end) {
            ofNoun = noun.noun
            end = noun.end
        }
        // "one deal for 12,500" is a price; "a meeting for every 40 dials" a ratio.
        if gap == ["for"] || gap == ["from"], ofNoun == nil,
            !(a.tokens.upperBound..<b.tokens.lowerBound).contains(where: { line.isWord($0, ["every", "each", "all"]) })
        {
            return nil
        }
        // "70/30 calls and email", "50/50": shares that make a whole, not one in so many.
        if gap == ["/"], some + of == 100, some >= 10, of >= 10 { return nil }
        // "ask 4 clients for one intro": so many for one, not one in so many.
        if gap == ["for"] || gap == ["from"], some > of { return nil }
        let tokens = a.tokens.lowerBound..<end
        return Mention(.ratio(some: some, of: of, someNoun: someNoun, ofNoun: ofNoun), tokens: tokens, text: line.text(tokens))
    }

    /// Where "bank holidays", "public holidays", "holidays" said right after a figure end.
    func holidaysAfter(_ i: Int) -> Int? {
        var j = i
        if line.isWord(j, ["bank", "public", "national", "stat", "statutory", "federal", "company", "religious", "state"]) { j += 1 }
        return line.isWord(j, ["holidays", "holiday"]) ? j + 1 : nil
    }

    /// The noun counted right after `i`, past a few describing words: "open opps", "qualified opportunities".
    func nounAfter(_ i: Int) -> (noun: Mention.Noun, end: Int)? {
        var j = i
        while j < i + 3, let w = line.word(j), Self.countAdjectives.contains(w) { j += 1 }
        guard let w = line.word(j), let noun = Self.nouns[w] else {
            // "one intro": a describing word that is a noun itself, with no other noun after it.
            if j > i, let w = line.word(j - 1), let noun = Self.nouns[w] { return (noun, j) }
            return nil
        }
        return (noun, j + 1)
    }

    /// "9 opps", "20 open opportunities", "a dozen deals", "3 meetings": a figure with what it counts.
    func counted(_ mentions: [Mention], skip: [Bool]) -> [Mention] {
        mentions.map { m in
            // "2 bank holidays", "the usual 8 public holidays": days, a holiday each.
            if case .number(let v, let range, nil) = m.kind, let end = holidaysAfter(m.tokens.upperBound) {
                let tokens = m.tokens.lowerBound..<end
                return Mention(.duration(v, unit: .day, range: range), tokens: tokens, text: line.text(tokens))
            }
            // "3 closing this month", "2 signed", "3 of them closing": deals, said by what they do.
            let verbAt =
                line.isWord(m.tokens.upperBound, ["of"]) && line.isWord(m.tokens.upperBound + 1, ["them", "those", "these"])
                ? m.tokens.upperBound + 2 : m.tokens.upperBound
            if case .number(let v, let range, nil) = m.kind, v < 1000, line.isWord(verbAt, Self.wonVerbs.union(["closing", "signing"])),
                !line.isWord(verbAt + 1, ["rate", "ratio"])
            {
                return Mention(.number(v, range: range, noun: .deals), tokens: m.tokens, text: m.text)
            }
            // "70/30 calls and email": the split's last share counts no calls.
            let splitEnd =
                line.tokens[safe: m.tokens.lowerBound - 1]?.isSymbol("/") == true
                && line.tokens[safe: m.tokens.lowerBound - 2]?.number != nil
            guard case .number(let v, let range, nil) = m.kind, !splitEnd, let (noun, end) = nounAfter(m.tokens.upperBound),
                !(m.tokens.upperBound..<end).contains(where: { skip[$0] })
            else { return m }
            let tokens = m.tokens.lowerBound..<end
            return Mention(.number(v, range: range, noun: noun), tokens: tokens, text: line.text(tokens))
        }
    }

    // MARK: Composites

    /// What a deal is said to cost: money, or a bare figure too large to be a count ("one deal for 12,500").
    func price(_ m: Mention) -> Double? {
        switch m.kind {
        case .money(let v, _): return v
        case .number(let v, nil, nil) where v >= 1000: return v
        default: return nil
        }
    }

    static let dealJoiners: Set<String> = ["at", "x", "@", "averaging", "of", "for", "worth", "around", "about", "roughly", "~"]

    /// Money per span, deals at so much each, days a week.
    func composites(_ mentions: [Mention], markers: [PerMarker]) -> [Mention] {
        func marker(at i: Int) -> PerMarker? { markers.first { $0.tokens.lowerBound == i } }
        var out: [Mention] = []
        /// `n` deals of `each` from `start`: the markers after `end` ("a month") say how often, and the mention runs
        /// to the last of them.
        func appendDeals(_ n: Double, each: Double, from start: Int, end: Int, per: Mention.Span?) {
            var end = end, per = per
            while let mk = marker(at: end) {
                per = mk.span ?? per
                end = mk.tokens.upperBound
            }
            out.append(Mention(.dealsAt(count: n, each: each, per: per), tokens: start..<end, text: line.text(start..<end)))
        }
        var i = 0
        while i < mentions.count {
            let m = mentions[i]
            // "2 deals, 15k and 10k": each deal's amount said in turn.
            if case .number(let n, nil, .deals?) = m.kind, n >= 2, n <= 6, n == n.rounded(), i + Int(n) < mentions.count {
                let prices = mentions[(i + 1)...(i + Int(n))]
                let joined = zip([m] + prices.dropLast(), prices).allSatisfy { a, b in
                    (a.tokens.upperBound..<b.tokens.lowerBound).allSatisfy {
                        line.isWord($0, ["and", "plus", "already", "so", "far", "of"]) || line.tokens[$0].isSymbol(",", "+", "&")
                    }
                }
                let amounts = prices.compactMap { p -> Double? in if case .money(let v, nil) = p.kind { v } else { nil } }
                if joined, amounts.count == Int(n) {
                    let tokens = m.tokens.lowerBound..<(prices.last?.tokens.upperBound ?? m.tokens.upperBound)
                    out.append(
                        Mention(.dealsAt(count: n, each: amounts.reduce(0, +) / n, per: nil), tokens: tokens, text: line.text(tokens)))
                    i += Int(n) + 1
                    continue
                }
            }
            // "20 deals at 15k each", "a dozen deals at 25k a pop", "25 deals x 18k".
            // "three deals a month at 20k each": the span may come before the price.
            var dealsPer: Mention.Span?
            var joinFrom = m.tokens.upperBound
            while let mk = marker(at: joinFrom) {
                dealsPer = mk.span ?? dealsPer
                joinFrom = mk.tokens.upperBound
            }
            if case .number(let n, nil, .deals?) = m.kind, i + 1 < mentions.count, let price = price(mentions[i + 1]),
                (joinFrom..<mentions[i + 1].tokens.lowerBound).allSatisfy({
                    line.isWord($0, Self.dealJoiners.union(["each", "every", "one", "already", "so", "far"]))
                        || line.tokens[$0].isSymbol("@", "~", ",")
                })
            {
                var end = mentions[i + 1].tokens.upperBound
                // "3 deals worth 45k total": the amount is all of them.
                var each = price
                if line.isWord(end, ["total", "altogether", "combined", "together"])
                    || (line.isWord(end, ["in"]) && line.isWord(end + 1, ["total"]))
                {
                    each = price / n
                    end += line.isWord(end, ["in"]) ? 2 : 1
                }
                appendDeals(n, each: each, from: m.tokens.lowerBound, end: end, per: dealsPer)
                i += 2
                continue
            }
            // "two 15k deals every month".
            if case .number(let n, nil, nil) = m.kind, i + 1 < mentions.count, case .money(let each, _) = mentions[i + 1].kind,
                mentions[i + 1].tokens.lowerBound == m.tokens.upperBound, line.isWord(mentions[i + 1].tokens.upperBound, ["deals"])
            {
                appendDeals(n, each: each, from: m.tokens.lowerBound, end: mentions[i + 1].tokens.upperBound + 1, per: nil)
                i += 2
                continue
            }
            if let mk = marker(at: m.tokens.upperBound), let span = mk.span {
                let tokens = m.tokens.lowerBound..<mk.tokens.upperBound
                // "75k/mo x 12 mos": the spans said outright; "3 grand a month, 12 month contracts": a contract's worth.
                let times =
                    line.isWord(tokens.upperBound, ["x", "times", "for", "over"])
                    || line.tokens[safe: tokens.upperBound]?.isSymbol("*", "×") == true
                let contract =
                    i + 1 < mentions.count
                    && line.isWord(
                        mentions[i + 1].tokens.upperBound,
                        ["contract", "contracts", "term", "terms", "deal", "deals", "agreement", "agreements"])
                    && (tokens.upperBound..<mentions[i + 1].tokens.lowerBound).allSatisfy {
                        line.isWord($0, ["on", "a", "an", "with", "over"]) || line.tokens[$0].isSymbol(",")
                    }
                if case .money(let v, _) = m.kind, i + 1 < mentions.count, case .duration(let n, let unit, nil) = mentions[i + 1].kind,
                    (times && mentions[i + 1].tokens.lowerBound == tokens.upperBound + 1) || contract, unit.rawValue == span.rawValue
                {
                    let all = m.tokens.lowerBound..<mentions[i + 1].tokens.upperBound
                    out.append(Mention(.money(v * n, range: nil), tokens: all, text: line.text(all)))
                    i += 2
                    continue
                }
                switch m.kind {
                case .money(let v, let range):
                    out.append(Mention(.moneyPer(v, per: span, range: range), tokens: tokens, text: line.text(tokens)))
                    i += 1
                    continue
                case .duration(let v, .day, _) where span == .week:
                    out.append(Mention(.daysAWeek(v), tokens: tokens, text: line.text(tokens)))
                    i += 1
                    continue
                case .duration(let v, let unit, let range) where (unit == .hour || unit == .minute) && span == .week:
                    out.append(
                        Mention(
                            .hoursPer(v * unit.minutes / 60, daily: false, range: range.map { $0.hours(unit) }),
                            tokens: tokens, text: line.text(tokens)))
                    i += 1
                    continue
                default:
                    break
                }
            }
            // "12 hours a week", "2 hours a day", "90 minutes per day", "an hour daily": hours of a week or of a day (the
            // week's worked out where it is placed).
            if case .duration(let v, let unit, let range) = m.kind, unit == .hour || unit == .minute,
                let (daily, end) = line.hoursPer(after: m.tokens.upperBound)
            {
                out.append(
                    Mention(
                        .hoursPer(v * unit.minutes / 60, daily: daily, range: range.map { $0.hours(unit) }),
                        tokens: m.tokens.lowerBound..<end, text: line.text(m.tokens.lowerBound..<end)))
                i += 1
                while i < mentions.count, mentions[i].tokens.lowerBound < end { i += 1 }
                continue
            }
            // "a 5-day week", "four-day week", "a 6-day work week".
            let weekAt = line.isWord(m.tokens.upperBound, ["work", "working", "selling"]) ? m.tokens.upperBound + 1 : m.tokens.upperBound
            if case .duration(let v, .day, nil) = m.kind, line.isWord(weekAt, ["week", "weeks", "wk"]) {
                let tokens = m.tokens.lowerBound..<(weekAt + 1)
                out.append(Mention(.daysAWeek(v), tokens: tokens, text: line.text(tokens)))
                i += 1
                continue
            }
            out.append(m)
            i += 1
        }
        return out
    }

    /// "1,200,000 a year across about 48 deals": so much over so many deals, each the share of it.
    func spreadOverDeals(_ m: Mention, _ deals: Mention, markers: [PerMarker]) -> Mention? {
        var amount: (Double, Mention.Span?)?
        var after = m.tokens.upperBound
        switch m.kind {
        case .moneyPer(let v, let per, nil): amount = (v, per)
        default:
            // "1,200,000 a year": the span said after the amount.
            let marker = markers.first { $0.tokens.lowerBound == after }
            if let marker { after = marker.tokens.upperBound }
            amount = price(m).map { ($0, marker?.span) }
        }
        let between: Set<String> = ["across", "over", "from", "in", "spread", "about", "around", "roughly", "like", "maybe"]
        guard let (v, per) = amount, case .number(let n, nil, .deals?) = deals.kind, n >= 1,
            line.isWord(after, ["across", "over", "from", "in", "spread"]),
            (after..<deals.tokens.lowerBound).allSatisfy({ line.isWord($0, between) })
        else { return nil }
        let tokens = m.tokens.lowerBound..<deals.tokens.upperBound
        return Mention(.dealsAt(count: n, each: v / n, per: per), tokens: tokens, text: line.text(tokens))
    }

    // MARK: What came of them

    static let wonVerbs: Set<String> = ["won", "closed", "close", "signed", "converted", "landed", "win"]
    static let advancedVerbs: Set<String> = [
        "became", "become", "turned", "converted", "advanced", "progressed", "went", "qualified",
        "moved",
    ]
    static let outcomeFillers: Set<String> = [
        "and", "i", "we", "she", "he", "they", "of", "those", "them", "which", "out", "only",
        "just", "about", "around", "like", "maybe", "roughly", "then", "ended", "up", "actually",
        "last", "past", "this", "in", "over", "the", "quarter", "month", "year", "week",
    ]

    /// "I had 40 opps and won 10", "30 meetings, 12 became opportunities": what came of so many, said as a ratio.
    func outcome(_ a: Mention, _ b: Mention) -> Mention? {
        guard case .number(let of, nil, let ofNoun?) = a.kind, ofNoun == .opportunities || ofNoun == .meetings,
            case .number(let some, nil, let someNoun) = b.kind, some >= 0, some <= of, of > 0,
            line.sentence(around: a.tokens.lowerBound) == line.sentence(around: b.tokens.lowerBound)
        else { return nil }
        let gap = a.tokens.upperBound..<b.tokens.lowerBound
        guard gap.count <= 6,
            gap.allSatisfy({ i in
                line.isWord(i, Self.outcomeFillers.union(Self.wonVerbs)) || line.tokens[i].isSymbol(",")
            })
        else { return nil }
        let verbBefore = gap.contains { line.isWord($0, Self.wonVerbs) }
        let after = b.tokens.upperBound
        var end = b.tokens.upperBound
        let result: Mention.Noun
        if ofNoun == .opportunities, verbBefore || (someNoun == nil && line.isWord(after, Self.wonVerbs)) {
            guard someNoun == nil || someNoun == .deals else { return nil }
            if !verbBefore { end += 1 }
            result = .deals
        } else if ofNoun == .meetings, someNoun == .opportunities || (someNoun == nil && line.isWord(after, Self.advancedVerbs)) {
            result = .opportunities
            if someNoun == nil {
                end += 1
                // "12 became opps": the noun said after the verb.
                if let noun = nounAfter(end), noun.noun == .opportunities { end = noun.end }
            }
        } else {
            return nil
        }
        let tokens = a.tokens.lowerBound..<end
        return Mention(.ratio(some: some, of: of, someNoun: result, ofNoun: ofNoun), tokens: tokens, text: line.text(tokens))
    }

    /// "6 weeks to 6 months", "2 weeks or a month": a range across two units, read in weeks.
    func crossUnitRange(_ a: Mention, _ b: Mention) -> Mention? {
        let lengths: [Mention.TimeUnit] = [.day, .week, .month, .quarter, .year]
        guard case .duration(let v, let u, nil) = a.kind, case .duration(let w, let unit, nil) = b.kind, u != unit,
            lengths.contains(u), lengths.contains(unit), b.tokens.lowerBound == a.tokens.upperBound + 1,
            line.isWord(a.tokens.upperBound, ["to", "or", "through", "thru"]) || line.tokens[a.tokens.upperBound].isSymbol("-", "–")
        else { return nil }
        let low = v * u.weeks, high = w * unit.weeks
        guard low < high else { return nil }
        let tokens = a.tokens.lowerBound..<b.tokens.upperBound
        return Mention(.duration((low + high) / 2, unit: .week, range: low...high), tokens: tokens, text: line.text(tokens))
    }
}

extension ClosedRange<Double> {
    /// A range of lengths in `unit`, in hours.
    func hours(_ unit: Mention.TimeUnit) -> ClosedRange<Double> {
        (lowerBound * unit.minutes / 60)...(upperBound * unit.minutes / 60)
    }
}

extension Line {
    /// The words of a length of time said with how often ("1 hour every morning", "90 minutes a day", "1-2 hrs
    /// daily"): hours given to prospecting, which no clock-time reading may take as a block.
    func hoursPerSpans() -> [Range<Int>] {
        let units = Set(FigureSpans.timeUnits.filter { $0.value == .hour || $0.value == .minute }.keys)
        return indices.compactMap { k -> Range<Int>? in
            let counted = tokens[k].number != nil || word(k).map { $0 == "an" || $0 == "a" || NumberWords.units[$0] != nil } == true
            guard counted, isWord(k + 1, units), let (_, end) = hoursPer(after: k + 2) else { return nil }
            // "1-2 hours", "1 to 2 hours": the range's first figure too.
            let rangeStart = (isWord(k - 1, ["to"]) || tokens[safe: k - 1]?.isSymbol("-") == true) && tokens[safe: k - 2]?.number != nil
            return (rangeStart ? k - 2 : k)..<end
        }
    }

    /// Whether the words at `after` say a day's or a week's hours ("a day", "every morning", "per week", "/wk",
    /// "daily"), and where they end.
    func hoursPer(after: Int) -> (daily: Bool, end: Int)? {
        let days: Set<String> = ["day", "days", "morning", "mornings", "afternoon", "afternoons", "evening", "weekday", "workday"]
        let weeks: Set<String> = ["week", "wk", "w"]
        if isWord(after, ["daily"]) { return (true, after + 1) }
        if isWord(after, ["weekly"]) { return (false, after + 1) }
        if isWord(after, ["a", "an", "per", "each", "every"]) || tokens[safe: after]?.isSymbol("/") == true {
            if isWord(after + 1, days) { return (true, after + 2) }
            if isWord(after + 1, weeks) { return (false, after + 2) }
        }
        return nil
    }
}
