import Planner
import Understanding

/// Something the interview says; the words for it live in Prompts/ and are chosen by the shell.
public enum Message: Equatable, Sendable {
    case welcome
    /// "Got it: goal $1,200,000 for Jan 1 – Dec 31, 2027; average deal $30,000."
    case readBack([Fill])
    /// A value that replaced an earlier one.
    case changed(Fill, was: SlotValue)
    /// The goal will be worked out from what the rep wants to earn.
    case incomeRoute
    case channelAdded(ChannelDraft)
    case channelsNamed([String])
    /// Shares split evenly or scaled to 100%: the result read back.
    case sharesSettled([ChannelDraft])
    /// An answer to `question` was refused; `attempt` counts the misses in a row.
    case refused(Question, Misunderstanding, said: String, attempt: Int)
    /// Something said about another slot could not be read.
    case refusedOther(Slot, Misunderstanding, said: String)
    /// Enter on a question that needs an answer.
    case needsAnswer(Question)
    case help(Question)
    /// Why the question matters, for this rep's profile when known.
    case why(Question, Profile?)
    case skipped(Question, Fallback)
    case cannotSkip(Question)
    /// Every answer so far and, when complete, the plan they make.
    case summary(Answers, Plan?)
    /// "That's everything": these were left to their defaults (the contract's, or the team's).
    case finishing([Fill])
    case nothingToGoBackTo
    case changeWhich
    case restarted
    case notRestarted
    case resumed(Answers)
    case freshStart
    /// The draft is kept; the shell says how to resume.
    case quitting
    /// The session ends after `misses` lines in a row that placed nothing.
    case gaveUp(misses: Int)
    /// The answers cannot make a plan (the period has ended, or ends before it starts).
    case cannotPlan(Planner.Refusal)
    /// The shares are still open for the rep to settle.
    case sharesAsked([ChannelDraft], total: Double)
    /// For an over-achiever: the plan at higher goals, each with its weekly meetings and chance at that pace.
    case stretch([Stretch])
    /// The goal was raised to a stretch.
    case stretched(Stretch, base: Double)
    /// The prospecting blocks just given are shorter than the week's activities take.
    case blocksShort(TimeBlocks)
    /// A question asked back ("what does that mean?"): what the question means, and what is usual when known.
    case explain(Question, Usual?)
    /// "No" to a change not asked for: the answer stays.
    case kept(Slot, SlotValue)
    /// A figure that was not placed is left out of the plan.
    case leftOut(String)
    /// The rep doesn't know an answer the plan can't do without, and there is no usual figure to offer.
    case dontKnowNeeded(Question)
    case channelRemoved(String)
    /// "remove X" when there is no such activity: the ones there are.
    case noSuchChannel(String, [String])
}

/// A higher goal and what it takes.
public struct Stretch: Equatable, Sendable {
    public var percent: Double
    public var goal: Double
    public var weeklyMeetings: Int
    public var chance: Double
}
