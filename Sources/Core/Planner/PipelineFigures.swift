/// The open pipeline as managers count it: its value, weighted by each opportunity's chance, against the goal left.
public struct PipelineFigures: Equatable, Sendable, Codable {
    /// Every open opportunity at its amount (the average deal where none is known).
    public var value: Double
    /// Each at its amount times its chance (its own, else the close rate).
    public var weightedValue: Double
    /// Value over the goal still to close; nil when nothing is left to close.
    public var coverage: Double?
    /// The part expected to close by the period's end (no close date counts in).
    public var closingInPeriod: Closing

    /// The part of the pipeline expected to close in the period.
    public struct Closing: Equatable, Sendable, Codable {
        public var count: Int
        public var value: Double
        public var weightedValue: Double

        public init(count: Int, value: Double, weightedValue: Double) {
            self.count = count
            self.value = value
            self.weightedValue = weightedValue
        }

        enum CodingKeys: String, CodingKey {
            case count, value
            case weightedValue = "weighted_value"
        }
    }

    /// The coverage managers usually look for; said as context, never as a rule.
    public static let usualCoverage = 3.0

    enum CodingKeys: String, CodingKey {
        case value, coverage
        case weightedValue = "weighted_value"
        case closingInPeriod = "closing_in_period"
    }

    /// The pipeline of these inputs; nil when nothing is open.
    public init?(_ inputs: PlanInputs) {
        guard inputs.openOpportunities > 0 else { return nil }
        let unlisted = max(0, inputs.openOpportunities - inputs.openPipeline.count)
        var value = Double(unlisted) * inputs.dealSize, weighted = value * inputs.closeRate
        var closing = Closing(count: unlisted, value: value, weightedValue: weighted)
        for opportunity in inputs.openPipeline {
            let amount = opportunity.amount ?? inputs.dealSize
            let expected = amount * (opportunity.probability ?? inputs.closeRate)
            value += amount
            weighted += expected
            if opportunity.closes(by: inputs.period.end) {
                closing.count += 1
                closing.value += amount
                closing.weightedValue += expected
            }
        }
        let left = max(0, inputs.goal - inputs.closedToDate)
        self.value = value
        weightedValue = weighted
        coverage = left > 0 ? value / left : nil
        closingInPeriod = closing
    }
}
