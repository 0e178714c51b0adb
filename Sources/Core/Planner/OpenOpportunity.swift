/// An opportunity already in the pipeline: what it is worth, how far along it is and when it should close.
public struct OpenOpportunity: Equatable, Sendable, Codable {
    public var name: String?
    public var amount: Double?
    public var stage: String?
    /// The chance it closes won, as a fraction: the CRM's, the stage's, or nil for the rep's close rate.
    public var probability: Double?
    public var closeDate: Day?

    public init(name: String? = nil, amount: Double? = nil, stage: String? = nil, probability: Double? = nil, closeDate: Day? = nil) {
        self.name = name
        self.amount = amount
        self.stage = stage
        self.probability = probability
        self.closeDate = closeDate
    }

    enum CodingKeys: String, CodingKey {
        case name, amount, stage, probability
        case closeDate = "close_date"
    }

    /// Whether it is expected to close on or before `end` (an opportunity with no date is counted in).
    public func closes(by end: Day) -> Bool { closeDate.map { $0 <= end } ?? true }
}

/// What the odds rest on: the past cases behind each ratio and how much deal sizes vary.
public struct OddsEvidence: Equatable, Sendable, Codable {
    /// Where a figure of the evidence came from.
    public enum Source: String, Equatable, Sendable, Codable {
        /// The rep said the ratio; it counts as ten past cases.
        case said
        /// The rep's CRM history.
        case history
        /// The weeks checked in so far.
        case checkIns = "check_ins"
        /// Not known: a common figure, said as an assumption.
        case assumed
        /// The range of deal sizes the rep gave.
        case range
    }

    /// The trials a ratio the rep only said stands for.
    public static let saidTrials = 10.0
    /// The spread of deal sizes (standard deviation over mean) assumed when nothing shows it.
    public static let assumedDealSizeCV = 0.5

    public var meetingTrials: Double
    public var meetingTrialsFrom: Source
    public var closeTrials: Double
    public var closeTrialsFrom: Source
    public var dealSizeCV: Double
    public var dealSizeCVFrom: Source

    public init(
        meetingTrials: Double = saidTrials, meetingTrialsFrom: Source = .said, closeTrials: Double = saidTrials,
        closeTrialsFrom: Source = .said, dealSizeCV: Double = assumedDealSizeCV, dealSizeCVFrom: Source = .assumed
    ) {
        self.meetingTrials = meetingTrials
        self.meetingTrialsFrom = meetingTrialsFrom
        self.closeTrials = closeTrials
        self.closeTrialsFrom = closeTrialsFrom
        self.dealSizeCV = dealSizeCV
        self.dealSizeCVFrom = dealSizeCVFrom
    }

    /// The spread of deal sizes from a range the rep gave: (max − min) ÷ 4 ÷ mean.
    public static func dealSizeCV(low: Double, high: Double, mean: Double) -> Double {
        guard mean > 0, high > low else { return 0 }
        return (high - low) / 4 / mean
    }

    enum CodingKeys: String, CodingKey {
        case meetingTrials = "meeting_to_opportunity_trials", meetingTrialsFrom = "meeting_to_opportunity_from"
        case closeTrials = "close_rate_trials", closeTrialsFrom = "close_rate_from"
        case dealSizeCV = "deal_size_cv", dealSizeCVFrom = "deal_size_cv_from"
    }
}
