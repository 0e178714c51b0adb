import Foundation
import Planner
import TestSupport
import Testing

@testable import Understanding

/// Natural lines that say several things at once, heard as a careful listener would (as of 2027-01-04): every
/// value expected is heard, nothing else is, and nothing is left unplaced. The shared corpus is copied from
/// ../shared/conformance/utterances.jsonl; the neighbours were written by a tester who had not seen the code.
struct UtteranceTests {
    static let asOf = Day(year: 2027, month: 1, day: 4)!

    static func close(_ want: Double, _ got: Double?) -> Bool {
        guard let got else { return false }
        return abs(want - got) <= max(0.011, abs(want) * 0.002)
    }

    @Test func theCorporaAreThere() {
        #expect(Utterance.all.filter { $0.file == "utterances" }.count == 150)
        #expect(Utterance.all.filter { $0.file == "neighbours" }.count >= 250)
    }

    @Test(arguments: TestDepth.sample(Utterance.all, quick: 60))
    func heardAsACarefulListenerWould(_ c: Utterance) throws {
        let heard = Hearing.read(c.say, Hearing.Context(asOf: Self.asOf, question: Slot(rawValue: c.question)))
        let report = HeardReport(heard)
        #expect(report.unplaced.isEmpty, "left unplaced: \(report.unplaced)")
        for (key, want) in c.expect {
            switch want {
            case .channels(let channels):
                let got = report.channels
                #expect(Set(got.map { $0.name.lowercased() }) == Set(channels.map(\.name)), "channels: \(got)")
                for w in channels {
                    guard let g = got.first(where: { $0.name.lowercased() == w.name }) else { continue }
                    if case .some(let a) = w.attempts {
                        #expect(
                            a.map { Self.close($0, g.attemptsPerMeeting) } ?? (g.attemptsPerMeeting == nil),
                            "\(w.name) attempts \(String(describing: g.attemptsPerMeeting))")
                    }
                    if case .some(let s) = w.share {
                        #expect(s.map { Self.close($0, g.share) } ?? (g.share == nil), "\(w.name) share \(String(describing: g.share))")
                    }
                    if case .some(let m) = w.minutes {
                        #expect(
                            m.map { Self.close($0, g.minutes) } ?? (g.minutes == nil), "\(w.name) minutes \(String(describing: g.minutes))")
                    }
                }
            case .number(let n):
                #expect(Self.close(n, Self.number(report.heard[key])), "\(key): \(String(describing: report.heard[key]))")
            case .text(let t):
                #expect(Self.text(report.heard[key]) == t, "\(key): \(String(describing: report.heard[key]))")
            }
        }
        let extra = Set(report.heard.keys).subtracting(c.expect.keys)
        #expect(extra.isEmpty, "heard but not said: \(extra.map { "\($0)=\(String(describing: report.heard[$0]))" })")
        if c.expect["channels"] == nil { #expect(report.channels.isEmpty, "channels heard: \(report.channels)") }
    }

    static func number(_ v: HeardReport.Value?) -> Double? {
        switch v {
        case .number(let n)?: return n
        case .integer(let n)?: return Double(n)
        default: return nil
        }
    }

    static func text(_ v: HeardReport.Value?) -> String? {
        switch v {
        case .text(let t)?: return t
        case .period(let start, let end)?: return "\(start)..\(end)"
        default: return nil
        }
    }
}
