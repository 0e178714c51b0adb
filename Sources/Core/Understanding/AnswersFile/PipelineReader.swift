import Planner

/// An answers file's figures for the odds and the realism gate: `open_pipeline`, `deal_size_range`,
/// `prospecting_hours`, `meeting_minutes`.
extension KeyReader {
    static let opportunityKeys = ["name", "amount", "stage", "probability", "close_date"]

    /// `open_pipeline`: a list of open opportunities, each with what is known of it.
    mutating func readOpenPipeline(today: Day) -> [OpenOpportunity]? {
        guard let tree = values["open_pipeline"], tree != .null else { return [] }
        guard case .list(let items) = tree else {
            problems.append(AnswerProblem(key: "open_pipeline", given: tree.quoted, issue: .notAList))
            return nil
        }
        let before = problems.count
        var pipeline: [OpenOpportunity] = []
        for (index, item) in items.enumerated() {
            guard case .mapping(let pairs) = item else {
                problems.append(AnswerProblem(key: "open_pipeline[\(index + 1)]", given: item.quoted, issue: .notAMapping))
                continue
            }
            var reader = KeyReader(pairs: pairs, known: Self.opportunityKeys, path: "open_pipeline[\(index + 1)].")
            var opportunity = OpenOpportunity(
                name: reader.read("name", Understand.name),
                amount: reader.read("amount") { Understand.money($0) },
                stage: reader.read("stage", Understand.name),
                probability: reader.read("probability", Understand.rate),
                closeDate: reader.read("close_date") { Understand.date($0, today: today) })
            if let stage = opportunity.stage?.lowercased(), ["won", "lost", "closed"].contains(where: { stage.contains($0) }) {
                reader.problem("stage", given: opportunity.stage, .closedStage)
                opportunity.stage = nil
            }
            if let date = opportunity.closeDate, date < today {
                reader.problem("close_date", given: date.description, .closeDatePast(asOf: today))
            }
            problems += reader.problems
            pipeline.append(opportunity)
        }
        return problems.count == before ? pipeline : nil
    }

    /// `deal_size_range` ("10k to 60k"): the spread of deal sizes it shows, (max − min) ÷ 4 ÷ the average deal.
    mutating func readDealSizeSpread(dealSize: Double?) -> Double? {
        let range = read("deal_size_range") { text in
            Understand.money(text).flatMap { reading in
                reading.range.map { .success(Reading($0.upperBound - $0.lowerBound, range: $0)) } ?? .failure(.notUnderstood(.money))
            }
        }
        guard let range, range > 0 else { return nil }
        return range / 4 / (dealSize ?? range)
    }

    /// Whether the average deal lies within the range given; a problem named by the key when not.
    mutating func checkRange(dealSize: Double?) {
        guard let dealSize, case .text(let text)? = values["deal_size_range"],
            let bounds = (try? Understand.money(text).get())?.range, !bounds.contains(dealSize)
        else { return }
        problem("deal_size_range", .rangeMissesAverage(average: dealSize))
    }
}
