import Planner
import TestSupport
import Testing

@testable import Understanding

/// Lines made up from facts said in many ways, in any order, with hedges, fillers and corrections: each is heard
/// with exactly the values it was built from, and no figure typed vanishes (each is heard, or listed unplaced).
struct ListeningPropertyTests {
    static let asOf = Day(year: 2027, month: 1, day: 4)!

    static let seeds = TestDepth.sample(Array(UInt64(1)...UInt64(400)), quick: 10)

    @Test(arguments: seeds)
    func aLineOfFactsIsHeardAsItWasMade(seed: UInt64) {
        let (text, facts) = FactLines.line(seed: seed)
        let heard = Hearing.read(text, Hearing.Context(asOf: Self.asOf, question: nil))
        #expect(heard.unplaced.isEmpty, "\(text): unplaced \(heard.unplaced.map(\.text))")
        for fact in facts {
            guard let got = heard.value(fact.slot) else {
                Issue.record("\(text): \(fact.slot.rawValue) not heard")
                continue
            }
            #expect(Self.same(got, fact.value), "\(text): \(fact.slot.rawValue) heard \(got), said \(fact.value)")
        }
        let extra = Set(heard.fills.map(\.slot)).subtracting(facts.map(\.slot))
        #expect(extra.isEmpty, "\(text): heard \(extra) too")
    }

    static func same(_ a: SlotValue, _ b: SlotValue) -> Bool {
        switch (a, b) {
        case (.money(let x), .money(let y)), (.rate(let x), .rate(let y)), (.weeks(let x), .weeks(let y)):
            return abs(x - y) < 1e-6 * max(1, abs(y))
        case (.timeOff(let x), .timeOff(let y)): return abs(x.weeks(workingDaysPerWeek: 5) - y.weeks(workingDaysPerWeek: 5)) < 1e-9
        default: return a == b
        }
    }

    /// Every figure typed: digits, and number words other than "one" said of a thing ("each one", "one of the top
    /// performers") or a count of kinds ("three ways").
    static func figures(in text: String) -> [Int] {
        let line = Line(text)
        return line.indices.filter { i in
            if line.isWord(i + 1, FigureSpans.kindsOf) { return false }
            if line.tokens[i].number != nil { return !line.isWord(i - 1, ["q", "h", "fy"]) }
            guard let w = line.word(i), NumberWords.units[w] != nil || NumberWords.tens[w] != nil, w != "zero" else { return false }
            return
                !(w == "one"
                && (line.isWord(i - 1, ["each", "every", "this", "that", "which", "any", "the", "no", "another", "some"])
                    || line.isWord(i + 1, ["of"])))
        }
    }

    /// Nothing vanishes: over the shared lines, the neighbours and the generated ones, every figure typed is heard
    /// (part of something placed) or listed as unplaced, unless it sits in a question the line asks.
    @Test func noFigureVanishes() {
        var lines = TestDepth.sample(Utterance.all, quick: 40).map { ($0.say, Slot(rawValue: $0.question) ?? .period) }
        lines += Self.seeds.map { (FactLines.line(seed: $0).text, Slot.period) }
        lines += [
            ("what does that mean? like her quota period?", .period), ("nothing, it's Jan 4th", .closedToDate),
            ("I'm off from the 16th", .weeksOff), ("we did 40 calls and 3 demos, 12 hours total", .dealSize),
            ("2 weeks of bootcamp training in feb plus a week off in august", .weeksOff),
        ]
        for (text, question) in lines {
            let heard = Hearing.read(text, Hearing.Context(asOf: Self.asOf, question: question))
            let line = Line(text)
            let asked = Set(
                heard.asks
                    ? Listener(line: line, context: .init(asOf: Self.asOf, question: question)).questionSentences().flatMap { $0 } : [])
            let covered = Set(heard.accounted.flatMap { $0 } + heard.unplaced.flatMap(\.tokens)).union(asked)
            let lost = Self.figures(in: text).filter { !covered.contains($0) }
            #expect(lost.isEmpty, "\(text): \(lost.map { line.text($0..<($0 + 1)) }) vanished")
        }
    }
}
