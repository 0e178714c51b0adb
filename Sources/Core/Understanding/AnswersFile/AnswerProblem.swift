import Planner

/// One thing wrong with an answers file: which key, what was given, and what is wrong with it.
public struct AnswerProblem: Error, Equatable, Sendable {
    /// The key as the file spells it, with a path inside lists: `channels[2].share`.
    public var key: String
    /// What was given, as written; nil when nothing was.
    public var given: String?
    public var issue: Issue

    public enum Issue: Equatable, Sendable {
        case misunderstood(Misunderstanding)
        case missing
        /// A key the contract does not have; the nearest real key when one is close.
        case unknownKey(suggestion: String?)
        /// Both `goal` and `income_goal`.
        case goalTwice
        /// `income_goal` without `commission_rate`, or the reverse.
        case incomeRouteIncomplete(missing: String)
        case incomeNotAboveBase
        case notAList
        case notAMapping
        /// A list or mapping where one value was expected.
        case notAValue
        /// Channel shares that do not make 100%.
        case sharesDoNotAddUp(Double)
        case duplicateChannel(String)
        /// `attempts_per_meeting` and `meeting_rate` for one channel.
        case attemptsTwice
        case asOfAfterPeriod(end: Day)
        /// Dates of time off that fall outside the plan's period.
        case outsidePeriod(Period)
        /// Dates of time off that hold no selling day (a weekend).
        case noSellingDays
        /// An open opportunity whose stage says it is closed ("Closed Lost", "Won").
        case closedStage
        /// An open opportunity expected to close before the plan's day.
        case closeDatePast(asOf: Day)
        /// A range of deal sizes that does not hold the average deal.
        case rangeMissesAverage(average: Double)
        /// Aliases (`*a`) that expand the file past this many values: refused unread.
        case tooManyNodes(limit: Int)
        /// The file is not YAML or JSON; the parser's words and where.
        case unreadable(line: Int?, detail: String)
    }

    public init(key: String, given: String? = nil, issue: Issue) {
        self.key = key
        self.given = given
        self.issue = issue
    }
}

/// Every problem found in one answers file, in the order the keys are read.
public struct AnswerProblems: Error, Equatable, Sendable {
    public var all: [AnswerProblem]

    public init(_ all: [AnswerProblem]) {
        self.all = all
    }
}
