import SafeYAML
import Yams

/// An answers file as read: text values kept exactly as written, lists, and mappings in file order.
public indirect enum AnswerTree: Equatable, Sendable {
    case text(String)
    case list([AnswerTree])
    case mapping([(key: String, value: AnswerTree)])
    case null

    public static func == (lhs: AnswerTree, rhs: AnswerTree) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.null, .null): return true
        default: return false
        }
    }

    /// Reads YAML or JSON (JSON is YAML). Numbers stay as written, so `0.25` and `"25%"` go through the same reader.
    public static func parse(_ source: String) throws(AnswerProblem) -> AnswerTree {
        let node: Node?
        do {
            node = try SafeYAML.compose(Self.joiningSurrogates(source))
        } catch SafeYAML.Refusal.tooManyNodes(let limit) {
            throw AnswerProblem(key: "", issue: .tooManyNodes(limit: limit))
        } catch let error as YamlError {
            throw AnswerProblem(key: "", issue: .unreadable(line: Self.line(of: error), detail: Self.detail(of: error)))
        } catch {
            throw AnswerProblem(key: "", issue: .unreadable(line: nil, detail: "\(error)"))
        }
        guard let node else { return .mapping([]) }
        return tree(node)
    }

    /// JSON writes a character past U+FFFF as two escapes (`"\\ud83c\\udf89"`), which YAML refuses; YAML's own
    /// `\\U0001F389` says the same.
    static func joiningSurrogates(_ source: String) -> String {
        guard source.contains("\\u") || source.contains("\\U") else { return source }
        var out = "", rest = Substring(source)
        while let at = rest.range(of: "\\u", options: .caseInsensitive) {
            out += rest[..<at.lowerBound]
            let after = rest[at.upperBound...]
            if let high = UInt32(after.prefix(4), radix: 16), (0xD800...0xDBFF).contains(high),
                after.dropFirst(4).prefix(2).lowercased() == "\\u",
                let low = UInt32(after.dropFirst(6).prefix(4), radix: 16), (0xDC00...0xDFFF).contains(low)
            {
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                out += "\\U" + String(repeating: "0", count: 8 - String(scalar, radix: 16).count) + String(scalar, radix: 16)
                rest = after.dropFirst(10)
            } else {
                out += rest[at]
                rest = after
            }
        }
        return out + rest
    }

    private static func tree(_ node: Node) -> AnswerTree {
        switch node {
        case .scalar(let scalar):
            // An unquoted ~ or null is "no answer"; a quoted one is text.
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            return .text(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(tree))
        case .mapping(let mapping):
            return .mapping(mapping.map { (key: $0.key.string ?? "\($0.key)", value: tree($0.value)) })
        case .alias:
            return .null
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func detail(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    /// The value as one line of text, for quoting back in a message.
    public var quoted: String {
        switch self {
        case .text(let s): return s
        case .null: return ""
        case .list(let items): return "[" + items.map(\.quoted).joined(separator: ", ") + "]"
        case .mapping(let pairs): return "{" + pairs.map { "\($0.key): \($0.value.quoted)" }.joined(separator: ", ") + "}"
        }
    }
}
