/// The planning words people type in a hurry, and the slips mended back to them: "qouta", "quater", "percnet",
/// "meetigns", "commision". Only a long word that is no word we know, one slip away from one we do, is mended.
enum Vocabulary {
    static let planningWords: Set<String> = [
        "quota", "quotas", "quarter", "quarters", "quarterly", "percent", "percentage", "meeting", "meetings",
        "opportunity", "opportunities", "average", "averaging", "commission", "commissions", "pipeline", "vacation",
        "calendar", "thousand", "million", "target", "closed", "closing", "weeks", "months", "referral", "referrals",
        "emails", "conference", "training", "holiday", "holidays", "salary", "revenue", "bookings", "appointments",
        "appointment", "exploratory", "qualified", "manager", "monthly", "annual", "annually", "yearly", "weekly",
        "convert", "converts", "become", "becomes", "typical", "typically", "roughly", "around", "approximately",
        "probably", "january", "february", "march", "april", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "minutes",
        "seconds", "hours", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "seven", "eight", "three", "eleven", "twelve", "fifteen", "cycle", "deals", "close", "thanksgiving",
        "christmas", "linkedin", "webinars", "events", "networking", "calls", "dials", "visits", "demos", "texts",
    ]

    /// Words that are themselves, however close to a planning word.
    static let ordinary: Set<String> = [
        "quite", "quote", "quotes", "meting", "closet", "closer", "closes", "closely", "clothes", "chose", "those",
        "these", "there", "three", "event", "month", "weeks", "week", "hour", "hours", "evening", "evenings",
        "average", "target", "targets", "seven", "eight", "deal", "deals", "cycles", "planning", "meaning", "morning",
        "mornings", "million", "millions", "thousands", "hundreds", "calls", "calling", "emailing", "closing",
        "trainings", "opportunity", "opportunities", "quarters", "salaries", "salary", "monthly", "manager",
        "managers", "managing", "markets", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "fourty", "eighty", "fifty", "sixty", "booked", "booking", "signed", "landed", "anything", "everything",
    ]

    /// Short forms typed in a hurry, and what they stand for.
    static let shortForms: [String: String] = [
        "nxt": "next", "tgt": "target", "trgt": "target", "cyc": "cycle", "comm": "commission", "commish": "commission",
        "comms": "commission", "disco": "discovery", "mtgs": "meetings", "mtg": "meeting", "opptys": "opportunities",
        "wk": "week", "wks": "weeks", "mos": "months", "thru": "through", "til": "until", "tho": "though", "prob": "probably",
        "abt": "about", "approx": "about", "appx": "about", "cal": "calendar", "adn": "and", "nad": "and", "teh": "the",
        "frist": "first", "fisrt": "first", "secnd": "second", "scond": "second", "mgr": "manager", "mngr": "manager",
        "mgmt": "management",
    ]

    /// `word` (lower case) with a typing slip mended or a short form written out, or as it was.
    static func mended(_ word: String) -> String {
        if let long = shortForms[word] { return long }
        guard word.count >= 5, !planningWords.contains(word), !ordinary.contains(word),
            word.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return word }
        // "manage" is no slip of "manager", nor "second" of "seconds": one word that starts another is a word.
        for known in planningWords
        where known.first == word.first && abs(known.count - word.count) <= 1
            && !known.hasPrefix(word) && !word.hasPrefix(known)
        {
            if oneSlip(word, known, substitutions: min(word.count, known.count) >= 7) { return known }
        }
        return word
    }

    /// One letter swapped with its neighbour, added or dropped (or, in long words, changed).
    static func oneSlip(_ a: String, _ b: String, substitutions: Bool) -> Bool {
        let x = Array(a), y = Array(b)
        if x.count == y.count {
            let differ = x.indices.filter { x[$0] != y[$0] }
            if differ.count == 2, differ[1] == differ[0] + 1, x[differ[0]] == y[differ[1]], x[differ[1]] == y[differ[0]] {
                return true
            }
            return substitutions && differ.count == 1
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }

    /// Everyday words that follow "I'm" or "this is" and are no one's name, typed in lower case.
    static let commonWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "not", "no", "yes", "on", "in", "at", "to", "of", "for", "with", "from",
        "by", "about", "off", "out", "up", "down", "over", "under", "here", "there", "now", "then", "just", "only", "also",
        "still", "very", "really", "pretty", "quite", "too", "all", "some", "any", "new", "old", "good", "great", "fine", "ok",
        "okay", "sure", "glad", "happy", "sad", "tired", "busy", "free", "ready", "done", "back", "away", "behind", "ahead",
        "late", "early", "sorry", "afraid", "told", "set", "given", "hoping", "aiming", "supposed", "expected", "meant",
        "responsible", "accountable", "tasked", "charged", "asked", "going", "gonna", "trying", "looking", "thinking",
        "planning", "working", "selling", "carrying", "taking", "doing", "having", "getting", "struggling", "ramping",
        "brand", "usually", "always", "never", "often", "sometimes", "mostly", "probably", "maybe", "honestly", "basically",
        "actually", "kinda", "sort", "kind", "bit", "little", "lot", "lots", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "rep", "manager", "boss", "owner", "seller", "ae", "sdr", "bdr", "am", "vp", "head",
        "director", "lead", "senior", "junior", "solid", "consistent", "inconsistent", "top", "best", "worst", "first",
        "last", "next", "this", "that", "these", "those", "it", "its", "it's", "my", "our", "your", "his", "her", "their",
        "me", "you", "we", "they", "he", "she", "him", "them", "who", "what", "when", "where", "why", "how", "which",
        "target", "quota", "goal", "number", "plan", "deal", "deals", "year", "quarter", "month", "week", "weeks", "days",
        "alone", "myself", "yourself", "himself", "herself", "calling", "writing", "typing", "stuck", "confused", "unsure",
        "hopeful", "confident", "nervous", "excited", "keen", "interested", "based", "located", "remote", "hybrid", "full",
        "part", "time", "contract", "temp", "leaving", "joining", "moving", "staying", "sick", "well", "fair", "likely",
        "unlikely", "able", "unable", "allowed", "required", "expecting", "forecasting", "projecting", "targeting",
    ]
}
