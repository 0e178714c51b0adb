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
        "christmas", "linkedin", "webinars", "events", "networking",
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

    /// `word` (lower case) with a typing slip mended, or as it was.
    static func mended(_ word: String) -> String {
        guard word.count >= 5, !planningWords.contains(word), !ordinary.contains(word),
              word.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return word }
        // "manage" is no slip of "manager", nor "second" of "seconds": one word that starts another is a word.
        for known in planningWords where known.first == word.first && abs(known.count - word.count) <= 1
            && !known.hasPrefix(word) && !word.hasPrefix(known) {
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
}
