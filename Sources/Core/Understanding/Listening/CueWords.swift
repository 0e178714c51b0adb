/// The words that say what a figure nearby is for: "quota" a goal, "close" a close rate (or, with money, a goal),
/// "deals average" a deal size. Each entry says on which side of the cue the figure may stand.
enum CueWords {
    /// Where the figure stands: after the cue ("quota is 1.2M"), before it ("1.75M is my number"), or either.
    enum Side: Equatable { case after, before, either }

    struct Entry {
        var words: [String]
        var slot: Slot
        var side: Side
    }

    static func entries(_ slot: Slot, _ side: Side, _ phrases: [String]) -> [Entry] {
        phrases.map { Entry(words: $0.split(separator: " ").map(String.init), slot: slot, side: side) }
    }

    static let all: [Entry] = {
        var e: [Entry] = []
        e += entries(
            .goal, .either,
            [
                "quota", "quotas", "quota's", "target", "targets", "target's", "goal", "goal's", "goals", "number", "number's",
                "budget", "revenue goal", "sales goal", "bookings target", "new business", "in bookings", "in new arr",
                "in arr", "in revenue", "of revenue", "new arr", "arr",
            ])
        e += entries(
            .goal, .after,
            [
                "need", "needs", "need to", "have to close", "got to close", "gotta close", "gotta hit", "have to hit",
                "bring in", "land", "hit", "owe", "owe them", "carrying", "carry", "shooting for", "aiming for", "aim for",
                "on the hook for", "generate", "set me", "set me at", "got me at", "has me at", "have me at", "i'm at", "im at",
                "i am at", "wants", "they want", "she wants", "he wants", "close", "to close", "sell", "expected to bring",
                "come back with", "came back with", "the ask is", "ask is", "given me", "gave me", "has given me", "assigned",
                "assigned me", "expects", "expect", "put me on", "put me down for", "being asked for",
                "asked for", "after",
            ])
        e += entries(.goal, .before, ["to close", "from me", "out of me", "in new business", "to bring in"])
        e += entries(
            .dealSize, .either,
            [
                "deal size", "deal sz", "deal value", "avg deal", "average deal", "typical deal", "deals", "deal", "acv",
                "acv's", "ticket", "contract value", "average contract", "avg contract", "deals run", "deals average",
                "deals avg", "avg", "average", "averaging", "typical", "typically",
            ])
        e += entries(.dealSize, .before, ["per deal", "a deal"])
        e += entries(
            .dealSize, .either,
            [
                "on average", "run", "runs", "run around", "on avg", "worth", "worth around", "worth about",
                "are worth", "they're worth", "each worth",
            ])
        e += entries(
            .closeRate, .either,
            [
                "close rate", "closing rate", "win rate", "close ratio", "win ratio", "closing ratio", "close", "closes",
                "closing", "win", "wins", "winning", "close rate's", "win rate's", "closure rate", "conversion to close",
                "win percentage", "close percentage", "hit rate on opps",
            ])
        e += entries(
            .closedToDate, .either,
            [
                "closed", "signed", "booked", "already", "so far", "to date", "ytd", "in the bag", "won so far",
                "already closed", "already signed", "already booked", "closed so far",
            ])
        e += entries(
            .closedToDate, .before,
            [
                "toward my number", "towards my number", "toward my quota", "towards my quota",
                "toward the goal", "towards the goal", "of that's already signed",
            ])
        e += entries(
            .openOpportunities, .either,
            [
                "open", "in the pipe", "in pipe", "in the pipeline", "pipeline", "in flight", "going", "in play", "pending",
                "on the go", "open opps", "open opportunities", "open deals", "still open",
            ])
        e += entries(
            .salesCycleWeeks, .either,
            [
                "cycle", "sales cycle", "cycle's", "cycle length", "to close a deal", "from first meeting to close",
                "to close one", "deal cycle", "deals take", "deal takes", "deals take about", "to close them",
                "from first call to close", "takes to close", "to get to close",
            ])
        e += entries(.salesCycleWeeks, .after, ["take", "takes", "took", "lasts", "runs", "take about", "takes about"])
        e += entries(.workingDays, .either, ["work", "sell", "selling days", "working days", "work week", "days per week"])
        e += entries(
            .prospectingHours, .either,
            [
                "prospecting hours", "hours for prospecting", "hours to prospect", "hours prospecting", "hours of prospecting",
                "can give to prospecting", "for prospecting", "to prospect", "can prospect", "prospect for", "prospect",
                "on prospecting", "spend prospecting", "to prospecting",
            ])
        e += entries(
            .incomeGoal, .either,
            [
                "ote", "income", "earn", "earnings", "take home", "all in", "total comp", "on target earnings", "paycheck",
                "ote target", "income target", "earnings target", "target income", "target earnings", "ote goal", "income goal",
                "comp target", "target comp", "total compensation", "compensation",
            ])
        e += entries(.incomeGoal, .after, ["make", "to make"])
        // "120k would be great, base included": all of pay, the base in it.
        e += entries(
            .incomeGoal, .either,
            [
                "base included", "including base", "including my base", "incl base", "with base included",
                "base and commission", "base plus commission", "base plus commish",
            ])
        e += entries(
            .baseSalary, .either,
            ["base", "salary", "base salary", "base pay", "basic", "basic salary", "basic pay", "fixed pay", "retainer"])
        e += entries(.commissionRate, .either, ["commission", "commissions", "commission rate", "commission's", "payout"])
        e += entries(
            .commissionRate, .before,
            [
                "of sales", "on sales", "of revenue", "on revenue", "on what i close", "on what i sell", "of what i close",
                "of what i sell", "on everything", "of bookings", "on bookings", "on top", "of everything i close",
                "on whatever i close", "on whatever i sell", "on everything i close", "on everything i sell", "of whatever i close",
                "on my sales", "on closed revenue", "on closed business",
            ])
        // "$130K of my 500K": the goal, after what is closed of it.
        e += entries(.goal, .after, ["of my", "out of my"])
        return e.sorted { $0.words.count > $1.words.count }
    }()

    /// Words that say a meeting, and words that say an opportunity: together they cue meetings that become opportunities.
    static let meetingWords: Set<String> = [
        "meeting", "meetings", "mtg", "mtgs", "appointment", "appointments", "appt", "appts", "demo", "demos",
        "conversation", "conversations", "discovery", "intro", "intros", "introduction", "introductions",
    ]
    static let opportunityWords: Set<String> = [
        "opportunity", "opportunities", "opps", "opp", "oppty", "oppties", "qualified", "pipeline", "sqls", "sql",
        "qualify", "qualifies", "qualifying",
    ]
    /// Words that say a deal was won: after an opportunity word they cue a close rate ("opps to closed: 1 in 4").
    static let wonWords: Set<String> = ["close", "closed", "closes", "won", "win", "wins", "closing"]

    /// Words after which a figure corrects or settles the one said before it.
    static let corrections: [[String]] = [
        ["no", "wait"], ["wait"], ["sorry"], ["actually"], ["make", "it"], ["make", "that"], ["i", "mean"], ["i", "meant"],
        ["scratch", "that"], ["more", "like"], ["closer", "to"], ["call", "it"], ["say"], ["let's", "say"], ["lets", "say"],
        ["plan", "on"], ["go", "with"], ["correction"], ["rather"], ["instead"], ["no"], ["nope"], ["change", "that", "to"],
        ["change", "it", "to"], ["put", "down"], ["use"], ["but", "really"], ["realistically"], ["but", "mine"],
        ["mine", "are"], ["mine", "is"], ["for", "me"], ["she'll", "be"], ["he'll", "be"], ["i'll", "be"], ["my", "own"],
        ["but", "hers"], ["but", "his"], ["more", "realistically"], ["to", "be", "safe"], ["median"], ["the", "median"],
        ["average", "is"], ["avg", "is"], ["average's"], ["avg's"], ["averages", "out"],
    ]
    /// Words that settle which of several figures for one answer counts: "big ones 100k, small 20k, on average 45k".
    static let settlers: [[String]] = [
        ["on", "average"], ["on", "avg"], ["typically"], ["usually"], ["overall"], ["all", "in", "all"], ["plan", "on"],
        ["call", "it"], ["go", "with"], ["let's", "say"], ["lets", "say"], ["say"], ["median"], ["normally"], ["generally"],
        ["mostly"], ["most", "are"], ["most", "of", "them"],
    ]

    /// Words that say the rep is changing an answer on purpose.
    static let changeWords: [[String]] = [
        ["actually"], ["change"], ["make", "it"], ["make", "that"], ["no", "wait"], ["sorry"], ["i", "meant"],
        ["i", "mean"], ["correction"], ["scratch", "that"], ["instead"], ["update"], ["wait"], ["rather"],
        ["changed"], ["revised"], ["should", "be"], ["meant"], ["oops"], ["my", "bad"],
    ]

    /// Words that cue some answer other than time off: they end a stretch of time-off talk.
    static let otherSlotWords: Set<String> = {
        var words = Set<String>()
        for entry in all where entry.words.count == 1 && entry.slot != .weeksOff {
            words.insert(entry.words[0])
        }
        words.formUnion(meetingWords)
        words.formUnion(opportunityWords)
        return words.subtracting(["need", "hit", "land", "going", "open", "make", "take", "takes", "took", "runs", "lasts"])
    }()
}
