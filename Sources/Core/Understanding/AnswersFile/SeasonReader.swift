import Planner

extension Understand {
    /// `seasonality:` as twelve weights, January first (`[0.8, 0.9, 1, …]`), or by month name (`{dec: 1.6, aug: 0.6}`,
    /// the months not named weighing 1). Weights are relative: they are scaled to average 1.
    static func seasonality(_ tree: AnswerTree, source: Seasonality.Source) -> Result<Seasonality, AnswerProblem> {
        func weight(_ node: AnswerTree, key: String) -> Result<Double, AnswerProblem> {
            guard case .text(let text) = node, let value = Double(text.trimmingSpaces), value >= 0, value.isFinite else {
                return .failure(AnswerProblem(key: key, given: node.quoted, issue: .misunderstood(.notUnderstood(.rate))))
            }
            return .success(value)
        }
        var weights = Array(repeating: 1.0, count: 12)
        switch tree {
        case .list(let items) where items.count == 12:
            for (i, item) in items.enumerated() {
                switch weight(item, key: "seasonality[\(i + 1)]") {
                case .success(let w): weights[i] = w
                case .failure(let problem): return .failure(problem)
                }
            }
        case .mapping(let pairs):
            for (name, node) in pairs {
                guard let month = Understand.monthNames[name.lowercased()] else {
                    return .failure(AnswerProblem(key: "seasonality.\(name)", given: name, issue: .unknownKey(suggestion: nil)))
                }
                switch weight(node, key: "seasonality.\(name)") {
                case .success(let w): weights[month - 1] = w
                case .failure(let problem): return .failure(problem)
                }
            }
        default:
            return .failure(AnswerProblem(key: "seasonality", given: tree.quoted, issue: .notAList))
        }
        guard let season = Seasonality(weights: weights, source: source) else {
            return .failure(AnswerProblem(key: "seasonality", given: tree.quoted, issue: .misunderstood(.zero(.rate))))
        }
        return .success(season)
    }
}
