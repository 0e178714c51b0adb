import Foundation
import Testing

/// Natural lines with what a careful listener hears in them (as of 2027-01-04): the shared corpus (copied from
/// ../shared/conformance/utterances.jsonl), and three written by outside testers who had not seen the code: neighbours
/// of the shared lines, fresh ones in other styles (dictation, shorthand, British English, managers speaking), and a
/// held-out set written last, to measure rather than to tune; then lines two more testers typed at the real interview in
/// a terminal (`interview`, `typed`), and a second held-out set written before its writer saw any output (`heldout2`).
public struct Utterance: Sendable, CustomTestStringConvertible {
    public let file: String
    public let say: String
    /// The answers-file key of the question open.
    public let question: String
    public let expect: [String: Expected]

    public var testDescription: String { "[\(question)] \(say)" }

    public enum Expected: Sendable, Equatable {
        case number(Double)
        case text(String)
        case channels([Channel])
    }

    /// An activity as expected: a field left out of the case is not checked; `.some(nil)` means "not said".
    public struct Channel: Sendable, Equatable {
        public let name: String
        public let attempts: Double??, share: Double??, minutes: Double??
    }

    public static let files = ["utterances", "neighbours", "fresh", "heldout", "interview", "typed", "heldout2"]
    public static let all = files.flatMap(load)

    public static func load(_ name: String) -> [Utterance] {
        guard let url = Bundle.module.url(forResource: "Corpus/\(name)", withExtension: "jsonl"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let say = object["say"] as? String, let expect = object["expect"] as? [String: Any]
            else { return nil }
            var expected: [String: Expected] = [:]
            for (key, value) in expect {
                if let n = value as? NSNumber {
                    expected[key] = .number(n.doubleValue)
                } else if let s = value as? String {
                    expected[key] = .text(s)
                } else if let list = value as? [[String: Any]] {
                    func field(_ c: [String: Any], _ k: String) -> Double?? {
                        guard c.keys.contains(k) else { return .none }
                        return .some((c[k] as? NSNumber)?.doubleValue)
                    }
                    expected[key] = .channels(
                        list.map {
                            Channel(
                                name: ($0["name"] as? String ?? "").lowercased(), attempts: field($0, "attempts_per_meeting"),
                                share: field($0, "share"), minutes: field($0, "minutes"))
                        })
                }
            }
            return Utterance(file: name, say: say, question: object["question"] as? String ?? "period", expect: expected)
        }
    }
}
