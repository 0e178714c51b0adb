import Yams

/// YAML read with a bound on what aliases can multiply: a few hundred bytes of `&a [*b, *b, …]` nested eight deep
/// would otherwise expand to billions of nodes. Every reader of YAML (answers files, team.yaml, prompt folders) goes
/// through here.
public enum SafeYAML {
    /// More nodes than any file salesplan reads can need, even a long sheet of check-ins.
    public static let nodeBudget = 200_000

    /// Why a file was refused.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// Aliases expand it past `nodeBudget` nodes.
        case tooManyNodes(limit: Int)

        /// For a prompts folder, read before there are words to say it in.
        public var description: String {
            switch self {
            case .tooManyNodes(let limit): return "its aliases (*name) repeat values past \(limit) nodes; write them out instead"
            }
        }
    }

    /// The document, every value as text (the basic resolver), or nil for an empty one.
    public static func compose(_ source: String) throws -> Node? {
        guard let node = try Yams.compose(yaml: source, .basic) else { return nil }
        var left = nodeBudget
        guard fits(node, &left) else { throw Refusal.tooManyNodes(limit: nodeBudget) }
        return node
    }

    /// Counts the nodes as a reader would walk them, aliases expanded, stopping as soon as the budget is spent.
    static func fits(_ node: Node, _ left: inout Int) -> Bool {
        left -= 1
        guard left >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let items): return items.allSatisfy { fits($0, &left) }
        case .mapping(let pairs): return pairs.allSatisfy { fits($0.key, &left) && fits($0.value, &left) }
        }
    }
}
