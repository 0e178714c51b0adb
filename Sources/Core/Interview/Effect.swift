import Planner
import Understanding

/// What the shell should do after an event: say something, ask, save, or end.
public enum Effect: Equatable, Sendable {
    case say(Message)
    case ask(Prompt)
    /// Keep what has been accepted so far, in case the session ends.
    case saveDraft(Answers)
    /// The rep chose not to resume this draft: keep it aside, never delete it.
    case setDraftAside(Answers)
    /// Every answer is confirmed: plan and save; the shell says where and shows the plan.
    case savePlan(PlanInputs)
    case end(Ending)
}

/// How a session ended.
public enum Ending: Equatable, Sendable {
    case saved
    /// The rep quit; the draft is kept.
    case quit
    /// Too many answers in a row were refused with no one at a terminal.
    case gaveUp
    /// Input ended before the plan was confirmed.
    case inputEnded
    /// The rep chose not to save what was worked out (a revisit's new plan).
    case declined
}

/// One question as it is put to the rep: where it stands and what Enter takes.
public struct Prompt: Equatable, Sendable {
    public var question: Question
    /// `[n/N]`.
    public var number: Int
    public var of: Int
    public var fallback: Fallback
    /// Words Tab can complete here.
    public var choices: [String]
    /// What a check asks about (a change not asked for, a figure not placed, a usual figure offered).
    public var check: Check?

    public init(question: Question, number: Int, of: Int, fallback: Fallback, choices: [String] = [], check: Check? = nil) {
        self.question = question
        self.number = number
        self.of = of
        self.fallback = fallback
        self.choices = choices
        self.check = check
    }
}

/// What pressing Enter takes.
public enum Fallback: Equatable, Sendable {
    /// Nothing: an answer is needed.
    case required
    /// The answer given before (when revisiting).
    case current(SlotValue)
    case value(SlotValue)
    /// Leave it out: no manager, no profile, no activities, not timed.
    case none
    /// For yes/no questions.
    case yes, no
    case attempts(Double)
    case scaleShares
    /// The team's usual figure (team.yaml).
    case team(SlotValue)
    /// The rep's own history (salesplan import), with the number of deals it rests on.
    case history(SlotValue, sample: Int)
    /// Leave a figure that was not placed out of the plan.
    case leaveOut
}

/// A question the interview can ask.
public enum Question: Hashable, Codable, Sendable {
    case slot(Slot)
    /// How many attempts book a meeting, for the activity at this position.
    case channelAttempts(Int)
    /// "Any other activity?"
    case moreChannels
    /// The shares do not make 100%.
    case shares
    /// "Save this plan?"
    case confirm
    case resume
    case restart
    /// A new rep is offered the team's usual ratios.
    case teamDefaults
    /// Something to settle before going on: the interview's first pending check.
    case check
}
