import Planner

/// Mentions said in words rather than figures: weekdays, "nothing", a rep's profile, and days with hours.
struct WordSpans {
    let line: Line

    // MARK: Weekdays

    /// "Mon–Thu", "Tuesday through Saturday", "Mon, Wed and Fri", "weekdays", "fridays".
    func weekdays(skipping skip: [Bool]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < line.count {
            // "every day", "every day of the week", "every day but Sunday", "seven days a week".
            // Not after hours: "an hour every day" is how long, each day, not which days.
            if !skip[i], line.isWord(i, ["every", "each"]), line.isWord(i + 1, ["day"]),
                !line.isWord(i - 1, ["hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins"])
            {
                var end = i + 2
                if line.isWord(end, ["of"]), line.isWord(end + 1, ["the"]), line.isWord(end + 2, ["week"]) { end += 3 }
                var days = Set(1...7)
                if line.isWord(end, ["but", "except", "bar", "apart"]) {
                    var k = end + 1
                    if line.isWord(k, ["from"]) { k += 1 }
                    if let off = day(at: k, inList: true) {
                        days.subtract(off)
                        end = k + 1
                    }
                }
                found.append(Mention(.weekdays(days), tokens: i..<end, text: line.text(i..<end)))
                i = end
                continue
            }
            // "Easter Monday", "Good Friday": a holiday, one day off, not a weekday.
            if !skip[i], day(at: i) != nil, line.isWord(i - 1, Self.holidayBeforeDay) {
                found.append(Mention(.duration(1, unit: .day, range: nil), tokens: (i - 1)..<(i + 1), text: line.text((i - 1)..<(i + 1))))
                i += 1
                continue
            }
            guard !skip[i], let first = day(at: i) else {
                i += 1
                continue
            }
            var days: Set<Int> = first
            var end = i + 1
            var last = first.max() ?? 1
            while true {
                let joiner = end
                if line.tokens[safe: joiner]?.isSymbol("-") == true || line.isWord(joiner, ["to", "through", "thru", "till", "until"]),
                    let next = day(at: joiner + 1, inList: true), next.count == 1, let to = next.first
                {
                    days.formUnion(TimeTalk.span(last, to))
                    last = to
                    end = joiner + 2
                } else if line.tokens[safe: joiner]?.isSymbol(",", "/", "&") == true || line.isWord(joiner, ["and", "or"]),
                    let next = day(at: joiner + 1, inList: true)
                {
                    days.formUnion(next)
                    last = next.max() ?? last
                    end = joiner + 2
                } else if let next = day(at: joiner) {
                    days.formUnion(next)
                    end = joiner + 1
                } else {
                    break
                }
            }
            let off =
                (max(0, i - 3)..<i).contains {
                    line.isWord(
                        $0,
                        [
                            "don't", "dont", "not", "never", "except", "no", "without", "off",
                            "admin", "paperwork", "internal", "doesn't", "doesnt", "isn't",
                            "won't", "can't", "cannot", "aren't", "road", "out",
                            "travel", "traveling", "travelling", "away",
                        ])
                }
                || (end..<min(line.count, end + 3)).contains {
                    line.isWord(
                        $0,
                        [
                            "admin", "off", "free", "internal", "paperwork", "dead",
                            "blocked", "useless", "reserved",
                        ])
                }
            // "Friday afternoons are dead": part of a day, no whole day on or off.
            if line.isWord(end, ["afternoon", "afternoons", "morning", "mornings", "evening", "evenings"]) {
                found.append(Mention(.partDays(days), tokens: i..<(end + 1), text: line.text(i..<(end + 1))))
                i = end + 1
                continue
            }
            found.append(Mention(off ? .daysOff(days) : .weekdays(days), tokens: i..<end, text: line.text(i..<end)))
            i = end
        }
        return found
    }

    func day(at i: Int, inList: Bool = false) -> Set<Int>? {
        guard let w = line.word(i) else { return nil }
        if let d = Understand.weekdays[w] {
            // "sun" and "sat" are days when capitalised or listed with other days ("mon to sat").
            if ["sun", "sat"].contains(w), !inList, line.lexemes[i].raw.first?.isUppercase != true { return nil }
            return [d]
        }
        if w == "weekdays" || w == "weekday" { return Set(1...5) }
        return nil
    }

    // MARK: Nothing

    static let zeros: Set<String> = ["none", "nothing", "zero", "nil", "nada", "zilch", "zip"]

    /// "nothing", "none yet", "zero", "no pipeline", "no base": nothing of something.
    func zeros(skipping skip: [Bool]) -> [Mention] {
        var found: [Mention] = []
        let words = line.tokens.compactMap(\.word)
        for i in line.indices where !skip[i] {
            guard let w = line.word(i) else { continue }
            if Self.zeros.contains(w) {
                found.append(Mention(.zero, tokens: i..<(i + 1), text: line.lexemes[i].raw))
            } else if w == "no", let next = line.word(i + 1), Self.noneOf.contains(next) {
                found.append(Mention(.zero, tokens: i..<(i + 1), text: line.lexemes[i].raw))
            } else if ["no", "nope"].contains(w), words.count == 1 {
                found.append(Mention(.zero, tokens: i..<(i + 1), text: line.lexemes[i].raw))
            }
        }
        return found
    }

    static let holidayBeforeDay: Set<String> = ["easter", "good", "black", "cyber", "holy", "whit", "ash", "maundy", "shrove"]

    /// What "no" can be said of to mean none of it.
    static let noneOf: Set<String> = [
        "pipeline", "pipe", "base", "salary", "deals", "opps", "opportunities", "open", "time", "vacation", "pto",
        "commission", "weeks", "days", "closed", "revenue", "sales", "bookings", "cycle", "holidays", "holiday", "vacations",
        "leave", "trips", "breaks",
    ]

    // MARK: Profile

    static let profilePhrases: [(Profile, [String])] = [
        (
            .new,
            [
                "brand new", "new here", "i'm new", "im new", "i am new", "she's new", "he's new", "they're new",
                "new rep", "new hire", "new to the team", "new to sales", "new to the company", "new in the role",
                "i just started", "i've just started", "she just started", "he just started", "just started here", "just joined",
                "just hired", "still ramping", "i'm ramping", "onboarding", "first year here",
                "first year on the team", "my first year", "her first year", "his first year", "their first year", "new to the role",
                "new in role", "new starter", "new joiner", "recently joined", "recently hired", "first quarter here",
            ]
        ),
        (
            .under,
            [
                "underperforming", "underperformer", "under-performing", "under performing", "under-performer",
                "behind plan", "behind quota", "been behind", "i'm behind", "im behind", "struggling", "missed my number",
                "missed quota", "below quota", "in a slump", "missing quota", "missing my number", "missing my quota",
                "been missing", "behind on quota", "behind my number", "under quota", "not hitting", "haven't hit",
                "havent hit", "fallen behind", "falling behind", "off pace", "underachiever", "under-achiever", "under target",
                "below target", "behind target", "missed target", "missed her number", "missed his number", "missing her number",
                "missing his number", "under plan", "below plan",
            ]
        ),
        (
            .questionable,
            [
                "inconsistent", "up and down", "up-and-down", "hit or miss", "hit-or-miss", "hit and miss",
                "questionable", "patchy", "uneven", "unproven", "streaky", "feast or famine", "some quarters", "some months she",
                "some months he", "some months i", "hit or miss", "on and off",
            ]
        ),
        (
            .solid,
            [
                "solid performer", "solid rep", "i'm solid", "im solid", "pretty solid", "consistent performer",
                "hit my number every", "hit quota every", "always hit my number", "always hit quota", "steady performer",
                "on plan", "on track", "always hit my quota", "always hit quota", "hit my quota every", "consistently hit",
                "i hit my number", "i hit my quota", "hit my number every", "reliable performer", "steady rep", "solid seller",
                "i'm consistent", "im consistent", "pretty consistent", "hits his number", "hits her number", "hits their number",
                "hits quota", "hits his quota", "hits her quota", "hit her number", "hit his number", "hits plan", "makes quota",
                "makes her number", "makes his number", "reliably at quota", "at quota every", "year after year",
                "always at quota", "always at plan", "every year i hit",
            ]
        ),
        (
            .over,
            [
                "over-achiever", "overachiever", "over achiever", "over-achieving", "overachieving", "top performer",
                "crushing it", "always over quota", "exceed my quota", "exceeded my quota", "blow past", "blew past",
                "over-performer", "overperformer", "top rep", "over achieving", "blow way past", "way past my number",
                "beat my number", "beat my quota", "beat quota", "over quota", "above quota", "exceed quota", "exceed my number",
                "usually exceed", "always exceed", "crush my number", "crush quota", "top seller", "president's club",
                "presidents club", "blowing past", "top performers", "top performer", "over-achiever", "over target",
                "above target", "beats quota", "beats her number", "beats his number",
            ]
        ),
    ]

    /// Words that say what a person is, before a word for a profile: "she's solid", "he is inconsistent".
    static let isWords: Set<String> = [
        "is", "she's", "he's", "i'm", "im", "they're", "been", "am", "are", "being", "was", "pretty",
        "very", "really", "quite", "fairly",
    ]
    /// Single words for a profile, said of a person.
    static let profileWords: [String: Profile] = [
        "solid": .solid, "consistent": .solid, "steady": .solid, "reliable": .solid, "dependable": .solid,
        "inconsistent": .questionable, "streaky": .questionable, "unpredictable": .questionable, "erratic": .questionable,
        "struggling": .under, "behind": .under, "underperforming": .under, "new": .new, "green": .new, "ramping": .new,
    ]

    /// A profile said plainly: "I'm brand new here", "I've been underperforming", "usually an over-achiever", "she's solid".
    func profiles(skipping skip: [Bool]) -> [Mention] {
        var found: [Mention] = []
        for i in line.indices where !skip[i] && line.isWord(i, Self.isWords) {
            // "I'm way behind", "she's really solid": a word of degree between.
            let k =
                line.isWord(i + 1, ["way", "really", "pretty", "quite", "very", "super", "totally", "so", "kinda", "a", "bit"])
                ? (line.isWord(i + 1, ["a"]) && line.isWord(i + 2, ["bit"]) ? i + 3 : i + 2) : i + 1
            // "I'm over, 130% last year": over or under on its own, before a pause.
            let alone = k + 1 >= line.count || line.breaksClause(k + 1) || line.endsSentence(k + 1)
            guard let w = line.word(k), !skip[k],
                let p = Self.profileWords[w] ?? (alone ? ["over": Profile.over, "under": .under][w] : nil)
            else { continue }
            // "I'm new" is a profile; "new business", "new opps" are not.
            if w == "new", let after = line.word(k + 1), !["here", "to", "in", "rep", "hire", "starter", "and"].contains(after) {
                continue
            }
            if w == "behind", line.isWord(k + 1, ["on", "in", "the", "my"]) == false, line.word(k + 1) != nil { continue }
            found.append(Mention(.profile(p), tokens: i..<(k + 1), text: line.text(i..<(k + 1))))
        }
        for (profile, phrases) in Self.profilePhrases {
            for phrase in phrases {
                let words = phrase.split(separator: " ").map(String.init)
                for i in line.indices where !skip[i] {
                    guard let end = match(words, at: i), !(i..<end).contains(where: { skip[$0] }) else { continue }
                    found.append(Mention(.profile(profile), tokens: i..<end, text: line.text(i..<end)))
                }
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Where `words` end when they are said from `i` ("over-achiever" matches the tokens over, -, achiever).
    func match(_ words: [String], at i: Int) -> Int? {
        var j = i
        for w in words {
            for part in w.split(separator: "-").map(String.init).enumerated() {
                if part.offset > 0 {
                    guard line.tokens[safe: j]?.isSymbol("-") == true else { return nil }
                    j += 1
                }
                guard line.word(j) == part.element else { return nil }
                j += 1
            }
        }
        return j
    }

    // MARK: Days with hours

    /// A sentence that names days with hours ("Tuesday and Thursday 9 to 11"): weekly prospecting blocks.
    /// `hoursAsked`: the prospecting hours are the question, so "Tuesday mornings" with no hours is a usual block;
    /// elsewhere ("some calls on Saturday morning") it is no block.
    func timeBlocks(in sentence: Range<Int>, hoursAsked: Bool = true) -> Mention? {
        let tokens = Array(line.tokens[sentence])
        guard TimeTalk.namesHours(tokens) else { return nil }
        // Hours in digits, or spelled beside a range ("nine till eleven"); "five, tho …" is a count of days.
        let saysHours = tokens.indices.contains { k in
            tokens[k].number != nil || tokens[k].isWord("noon")
                || (tokens[k].word.flatMap(TimeTalk.spelledHour) != nil
                    && (tokens[safe: k + 1]?.isWord("to", "till", "until", "am", "pm") == true
                        || tokens[safe: k - 1]?.isWord("to", "till", "until", "half") == true))
        }
        let saysBlock = tokens.contains { $0.isWord("block", "blocks", "prospect", "prospecting", "blocked") }
        guard hoursAsked || saysHours || saysBlock else { return nil }
        // "1 hour every morning" is hours, not a block: those words are left to the hours.
        let hours = line.hoursPerSpans().filter { $0.overlaps(sentence) }
        // From the first day or hour named, so words before ("I prospect") do not get in the way.
        let starts = sentence.filter { i in
            !hours.contains { $0.contains(i) }
                && (line.tokens[i].number != nil
                    || line.word(i).map { Understand.weekdays[$0] != nil || TimeTalk.dayParts.contains($0) } == true)
        }
        // "2027, Tuesday and Thursday mornings 9 to 11": from the first place the days and hours read whole.
        // … to the sentence's end, or else to a pause: "blocks tue/thu 9-11, mornings are best for me".
        let pauses =
            sentence.filter { line.breaksClause($0) && !line.isWord($0, ["and", "&"]) && !line.tokens[$0].isSymbol("/", "-") }
            + hours.map(\.lowerBound)
        guard
            let (span, r) = starts.lazy.flatMap({ first in
                ([sentence.upperBound] + pauses.filter { $0 > first }.sorted().reversed()).map { first..<$0 }
            }).compactMap({ span -> (Range<Int>, Reading<[TimeBlock]>)? in
                guard !hours.contains(where: { $0.overlaps(span) }), case .success(let r) = Understand.timeBlocks(line.text(span)),
                    !r.value.isEmpty
                else { return nil }
                return (span, r)
            }).first
        else { return nil }
        return Mention(.timeBlocks(r.value), tokens: span, text: line.text(span))
    }
}
