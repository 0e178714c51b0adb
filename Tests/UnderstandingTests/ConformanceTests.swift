import Foundation
import Planner
import Testing

@testable import Understanding

/// Every form in the shared conformance table, read through the same answers-file path the binary uses.
struct ConformanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let key: String, input: String, expected: String
        var testDescription: String { "\(key): \(input)" }
    }

    /// The shared table, copied from ../shared/conformance/answers.tsv.
    static let cases = load("answers")
    /// The same families, phrased other ways.
    static let moreCases = load("more-answers")

    static func load(_ name: String) -> [Case] {
        guard let url = Bundle.module.url(forResource: "Conformance/\(name)", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("key\t") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count == 3 ? Case(key: fields[0], input: fields[1], expected: fields[2]) : nil
        }
    }

    static let base: [(String, String)] = [
        ("rep", "Conformance Check"), ("period", "2027"), ("as_of", "2027-03-15"), ("goal", "1000000"),
        ("deal_size", "25000"), ("close_rate", "0.25"), ("meeting_to_opportunity", "0.5"),
    ]

    static func read(_ c: Case) -> Result<PlanInputs, AnswerProblems> {
        var pairs = base.filter { $0.0 != c.key }.map { (key: $0.0, value: AnswerTree.text($0.1)) }
        pairs.append((key: c.key, value: .text(c.input)))
        return AnswerSheet.inputs(from: .mapping(pairs), today: Day(year: 2027, month: 3, day: 15)!)
    }

    static func stored(_ inputs: PlanInputs, _ key: String) -> String {
        switch key {
        case "period": return "\(inputs.period.start)..\(inputs.period.end)"
        case "goal": return "\(inputs.goal)"
        case "deal_size": return "\(inputs.dealSize)"
        case "closed_to_date": return "\(inputs.closedToDate)"
        case "close_rate": return "\(inputs.closeRate)"
        case "meeting_to_opportunity": return "\(inputs.meetingToOpportunity)"
        case "sales_cycle_weeks": return "\(inputs.salesCycleWeeks)"
        case "weeks_off": return "\(inputs.weeksOff)"
        case "open_opportunities": return "\(inputs.openOpportunities)"
        case "working_days": return "\(inputs.workingDays)"
        default: return "?"
        }
    }

    @Test func theTablesAreThere() {
        #expect(Self.cases.count > 150)
        #expect(Self.moreCases.count > 100)
    }

    @Test(arguments: cases + moreCases)
    func form(_ c: Case) {
        let result = Self.read(c)
        if c.expected == "error" {
            guard case .failure(let problems) = result else {
                Issue.record("accepted \(c.input) as \(Self.stored(try! result.get(), c.key))")
                return
            }
            #expect(problems.all.contains { $0.key == c.key && $0.given == c.input })
            return
        }
        switch result {
        case .failure(let problems):
            Issue.record("refused: \(problems.all)")
        case .success(let inputs):
            let got = Self.stored(inputs, c.key)
            if c.key == "period" {
                #expect(got == c.expected)
            } else {
                let g = Double(got) ?? .nan, w = Double(c.expected) ?? .nan
                #expect(abs(g - w) <= max(5e-4 * abs(w), 1e-6), "stored \(got)")
            }
        }
    }
}
