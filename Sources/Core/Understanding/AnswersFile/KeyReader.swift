import Planner

/// One mapping of an answers file read key by key with the interview's readers: unknown keys get a
/// "did you mean", every problem is kept and named with its path (`channels[2].share`), and where each
/// value came from is noted for the plan's assumptions.
public struct KeyReader: Sendable {
    public internal(set) var values: [String: AnswerTree] = [:]
    public var problems: [AnswerProblem] = []
    public internal(set) var assumptions: [Assumption] = []
    /// Put before every key a problem names: `channels[2].`, `totals.`.
    public let path: String

    /// `joinedLists`: keys where a list of texts is one answer, joined with "; " (`time_blocks`).
    public init(pairs: [(key: String, value: AnswerTree)], known: [String], path: String = "", joinedLists: Set<String> = []) {
        self.path = path
        for (key, value) in pairs {
            guard known.contains(key) else {
                problem(key, given: value.quoted, .unknownKey(suggestion: AnswerSheet.suggestion(for: key, among: known)))
                continue
            }
            guard values[key] == nil else { continue }
            if joinedLists.contains(key), case .list(let items) = value,
                case let texts = items.compactMap({ if case .text(let t) = $0 { return t } else { return nil } }),
                texts.count == items.count
            {
                values[key] = .text(texts.joined(separator: "; "))
            } else {
                values[key] = value
            }
        }
    }

    /// The mapping at `tree`, or a problem when it is not one.
    public static func mapping(_ tree: AnswerTree, known: [String], path: String = "", joinedLists: Set<String> = [])
        -> Result<KeyReader, AnswerProblems>
    {
        guard case .mapping(let pairs) = tree else {
            return .failure(AnswerProblems([AnswerProblem(key: path, given: tree.quoted, issue: .notAMapping)]))
        }
        return .success(KeyReader(pairs: pairs, known: known, path: path, joinedLists: joinedLists))
    }

    public mutating func problem(_ key: String, given: String? = nil, _ issue: AnswerProblem.Issue) {
        problems.append(AnswerProblem(key: path + key, given: given, issue: issue))
    }

    /// The text of a single value, or nil (with a problem) when the key holds a list or mapping.
    public mutating func text(_ key: String) -> String? {
        switch values[key] {
        case .text(let s): return s
        case .none, .null: return nil
        case .some(let other):
            problem(key, given: other.quoted, .notAValue)
            return nil
        }
    }

    /// Reads `key` with `reader`; records where the value came from, or the problem.
    public mutating func read<V>(
        _ key: String, required: Bool = false, default fallback: V? = nil,
        _ reader: (String) -> Result<Reading<V>, Misunderstanding>
    ) -> V? {
        guard let given = text(key) else {
            if required {
                if values[key] == nil || values[key] == .null { problem(key, .missing) }
            } else if fallback != nil {
                assumptions.append(Assumption(key: key, source: .defaulted))
            }
            return fallback
        }
        switch reader(given) {
        case .success(let reading):
            assumptions.append(Assumption(key: key, source: .given, said: TerminalText.stripped(given)))
            return reading.value
        case .failure(let why):
            problem(key, given: given, .misunderstood(why))
            return nil
        }
    }
}
