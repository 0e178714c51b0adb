import Foundation
import Planner
import TestSupport
import Testing
import Understanding

/// Random input never crashes a loader or a reader, and answers written the usual ways read back as written.
struct PropertyTests {
    static let seeds: [UInt64] = TestDepth.sample(Array(1...200), quick: 2)

    /// Text shaped like answers gone wrong: figures, currency, percent, words, punctuation, control and odd Unicode.
    static func noise(_ random: inout SeededRandom, length: Int) -> String {
        let pieces = [
            "1", "2", "30", "0.5", "1e9", "-", "$", "£", "€", "%", "k", "M", "K", "in", "of", "to", "and",
            "between", "weeks", "days", "Q3", "H1", "2027", "2027-02-30", "/", ":", ",", ".", " ", " ", "\t",
            "\n", "\u{1B}[31m", "\u{7}", "\u{0}", "é", "🙂", "\u{200D}", "\u{FEFF}", "calls", "per", "meeting",
            "half", "a dozen", "none", "yes", "no", "back", "skip", "change", "rep:", "- name:", "{", "}", "[",
            "]", "\"", "'", "#", "=cmd", "@", "+",
        ]
        var text = ""
        for _ in 0..<length { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    @Test(arguments: seeds)
    func randomInputNeverCrashesAnyLoader(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let text = Self.noise(&random, length: Int(random.next() % 120))
        for entry in FuzzEntries.all.values { entry(Data(text.utf8)) }
        var bytes = [UInt8](repeating: 0, count: Int(random.next() % 300))
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: random.next()) }
        for entry in FuzzEntries.all.values { entry(Data(bytes)) }
    }

    @Test(arguments: seeds)
    func moneyReadsBackAsWritten(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let dollars = Double(random.next() % 9_000_000_000 + 1)
        let grouped = dollars.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        for written in ["$\(Int(dollars))", "$\(grouped)", "\(grouped) dollars", "about $\(grouped)"] {
            #expect(try Understand.money(written).get().value == dollars, "\(written)")
        }
        let thousands = Double(random.next() % 999 + 1)
        #expect(try Understand.money("\(Int(thousands))k").get().value == thousands * 1000)
        #expect(try Understand.money("$\(Int(thousands))M").get().value == thousands * 1_000_000)
    }

    @Test(arguments: seeds)
    func ratesAndCountsReadBackAsWritten(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let percent = Int(random.next() % 100) + 1
        #expect(abs(try Understand.rate("\(percent)%").get().value - Double(percent) / 100) < 1e-12)
        #expect(abs(try Understand.rate("\(percent) percent").get().value - Double(percent) / 100) < 1e-12)
        let of = Int(random.next() % 50) + 1
        #expect(abs(try Understand.rate("1 in \(of)").get().value - 1 / Double(of)) < 1e-12)
        let count = Int(random.next() % 1_000_000)
        #expect(try Understand.count("\(count)").get().value == count)
        #expect(try Understand.count(count.formatted(.number.locale(Locale(identifier: "en_US")))).get().value == count)
    }

    @Test(arguments: seeds)
    func aPlanReadsBackFromItsOwnFile(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let start = Day(ordinal: Day(year: 2026, month: 1, day: 1)!.ordinal + Int(random.next() % 1000))
        let inputs = PlanInputs(
            rep: "Rep \(seed)", period: Period(start: start, end: Day(ordinal: start.ordinal + 30 + Int(random.next() % 700))),
            asOf: start, goal: Double(random.next() % 5_000_000 + 1000), dealSize: Double(random.next() % 90_000 + 500),
            closeRate: Double(random.next() % 95 + 5) / 100, meetingToOpportunity: Double(random.next() % 95 + 5) / 100,
            weeksOff: Double(random.next() % 6), openOpportunities: Int(random.next() % 20),
            channels: [Channel(name: "calls", attemptsPerMeeting: Double(random.next() % 60 + 1), share: 1, minutesPerAttempt: 3)])
        let plan = try Planner.plan(inputs)
        let decoded = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan))
        #expect(decoded == plan)
        #expect(PlanCheck.implausibleKey(decoded) == nil)
    }
}
