import Planner
import Understanding

/// Lines made up from facts said in many ways, in any order, with fillers between: each knows what it must be
/// heard as. The same seed makes the same line.
public enum FactLines {
    /// One fact: its words and what it must be heard as.
    public struct Fact: Sendable {
        public var words: String
        public var slot: Slot
        public var value: SlotValue
    }

    static func year(_ y: Int) -> Period { months(y, 1, 12) }

    static func months(_ y: Int, _ first: Int, _ last: Int) -> Period {
        let end = Day(year: y, month: last, day: Day.length(ofMonth: last, in: y)) ?? Day(ordinal: 0)
        return Period(start: Day(year: y, month: first, day: 1) ?? Day(ordinal: 0), end: end)
    }

    static func money(_ r: inout SeededRandom, thousands: [Int]) -> (String, Double) {
        let k = r.pick(thousands)
        let v = Double(k) * 1000
        let forms: [String] =
            k >= 1000 && k % 100 == 0
            ? ["$\(Double(k) / 1000)M", "\(Double(k) / 1000) million", "\(Double(k) / 1000)M", "\(k)k", "$\(k),000"]
            : ["\(k)k", "$\(k)k", "\(k) grand", "\(k),000", "\(k) thousand", "$\(k),000"]
        return (r.pick(forms).replacingOccurrences(of: ".0M", with: "M").replacingOccurrences(of: ".0 million", with: " million"), v)
    }

    static func rate(_ r: inout SeededRandom) -> (String, Double) {
        r.pick([
            ("25%", 0.25), ("1 in 4", 0.25), ("a quarter", 0.25), ("30 percent", 0.3), ("one in three", 1.0 / 3), ("20%", 0.2),
            ("2 out of 5", 0.4), ("40%", 0.4), ("half", 0.5), ("1 in 5", 0.2), ("35%", 0.35), ("about 30%", 0.3),
        ])
    }

    /// Every fact a line may hold, each said one of several ways.
    public static func facts(_ r: inout SeededRandom) -> [Fact] {
        var all: [Fact] = []
        let (goalWords, goal) = money(&r, thousands: [450, 600, 750, 900, 1200, 1500, 2400])
        all.append(
            Fact(
                words: r.pick([
                    "my quota is \(goalWords)", "target \(goalWords)", "I need to close \(goalWords)",
                    "goal: \(goalWords)", "\(goalWords) is my number", "on the hook for \(goalWords)",
                ]),
                slot: .goal, value: .money(goal)))
        let periods: [(String, Period)] = [
            ("for 2027", year(2027)), ("in Q3 2027", months(2027, 7, 9)), ("this year", year(2027)), ("for H2 2027", months(2027, 7, 12)),
            ("next quarter", months(2027, 4, 6)), ("for the first half", months(2027, 1, 6)),
        ]
        let (periodWords, period) = r.pick(periods)
        all.append(Fact(words: periodWords, slot: .period, value: .period(period)))
        let (dealWords, deal) = money(&r, thousands: [8, 12, 25, 30, 45, 60])
        all.append(
            Fact(
                words: r.pick([
                    "deals average \(dealWords)", "avg deal \(dealWords)", "ACV around \(dealWords)",
                    "typical deal is \(dealWords)",
                ]), slot: .dealSize, value: .money(deal)))
        let (closeWords, close) = rate(&r)
        all.append(
            Fact(
                words: r.pick(["I close \(closeWords)", "win rate \(closeWords)", "we win \(closeWords)", "close rate is \(closeWords)"]),
                slot: .closeRate, value: .rate(close)))
        let (mtoWords, mto) = rate(&r)
        all.append(
            Fact(
                words: r.pick(["\(mtoWords) of first meetings become opps", "\(mtoWords) of my meetings turn into opportunities"]),
                slot: .meetingToOpportunity, value: .rate(mto)))
        let open = r.pick([3, 7, 9, 12, 20])
        all.append(
            Fact(
                words: r.pick(["\(open) opps open", "I've got \(open) open opportunities", "\(open) opps in the pipe"]),
                slot: .openOpportunities, value: .count(open)))
        let weeks = r.pick([2, 3, 4, 6])
        all.append(
            Fact(
                words: r.pick([
                    "I'm off \(weeks) weeks", "\(weeks) weeks of PTO", "out \(weeks) weeks in August",
                    "\(weeks) weeks vacation",
                ]), slot: .weeksOff, value: .timeOff(.init(weeks: Double(weeks)))))
        let cycle = r.pick([4, 6, 8, 12])
        all.append(
            Fact(
                words: r.pick(["my cycle is \(cycle) weeks", "\(cycle)-week sales cycle", "sales cycle around \(cycle) weeks"]),
                slot: .salesCycleWeeks, value: .weeks(Double(cycle))))
        let (closedWords, closed) = money(&r, thousands: [20, 35, 50])
        all.append(
            Fact(
                words: r.pick(["\(closedWords) closed so far", "already signed \(closedWords)"]), slot: .closedToDate, value: .money(closed)
            ))
        return all
    }

    /// A line of two to four facts (the goal always with its period), joined the ways people join them.
    public static func line(seed: UInt64) -> (text: String, facts: [Fact]) {
        var r = SeededRandom(seed: seed)
        var pool = facts(&r)
        var chosen: [Fact] = []
        for _ in 0..<(2 + Int(r.next() % 3)) where !pool.isEmpty {
            chosen.append(pool.remove(at: Int(r.next() % UInt64(pool.count))))
        }
        if chosen.contains(where: { $0.slot == .goal }), !chosen.contains(where: { $0.slot == .period }),
            let p = pool.firstIndex(where: { $0.slot == .period })
        {
            chosen.append(pool.remove(at: p))
        }
        var parts: [String] = []
        for fact in chosen {
            parts.append((r.chance(20) ? r.pick(["honestly ", "so ", "I think ", "well, "]) : "") + fact.words)
        }
        var text = parts[0]
        for part in parts.dropFirst() { text += r.pick([", ", "; ", " and ", " — ", ". "]) + part }
        return (text, chosen)
    }
}

extension SeededRandom {
    public mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    public mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
}
