import Planner
import Understanding

/// The interview's rules: what to ask next and what each line the rep types changes. No I/O: the shell
/// reads lines, calls `receive`, and carries out the effects it returns.
public struct Interview: Equatable, Sendable {
    /// What the interview knows before it starts.
    public struct Setup: Equatable, Sendable {
        public var asOf: Day
        /// Refused answers in a row before giving up; nil with a person at a terminal.
        public var maxMisses: Int?
        /// Known activities and their usual attempts per meeting, by lower-case name.
        public var catalogue: [String: Double]
        /// The manager's team defaults, when the plans folder has a team.yaml.
        public var team: TeamDefaults?
        /// Reps' own figures from a CRM export, by slug.
        public var histories: [String: History]
        /// Common starting figures offered to a rep who doesn't know a ratio (from Prompts/), with the weeks of
        /// check-ins after which their own replace them.
        public var starting: [Slot: SlotValue]
        public var startingRecalibration: Int?
        /// Weeks of check-ins after which a starting figure gives way to the rep's own: the team's say, else Prompts/'.
        var startingWeeks: Int? { team?.recalibrateAfterWeeks ?? startingRecalibration }

        public init(
            asOf: Day, maxMisses: Int? = nil, catalogue: [String: Double] = [:], team: TeamDefaults? = nil,
            histories: [String: History] = [:], starting: [Slot: SlotValue] = [:], startingRecalibration: Int? = nil
        ) {
            self.asOf = asOf
            self.maxMisses = maxMisses
            self.catalogue = catalogue.merging(team?.catalogue ?? [:]) { _, teams in teams }
            self.team = team
            self.histories = histories
            self.starting = starting
            self.startingRecalibration = startingRecalibration
        }
    }

    /// A rep's own figures from their CRM history, each with the number of deals it rests on.
    public struct History: Equatable, Sendable {
        public var values: [Slot: (value: SlotValue, sample: Int)]
        /// The spread of the deal sizes won (standard deviation over mean), for the odds.
        public var dealSizeCV: Double?
        /// The open opportunities one by one, taken with the history's count of them.
        public var openPipeline: [OpenOpportunity]
        /// The season the won deals show.
        public var seasonality: Seasonality?

        public init(
            values: [Slot: (value: SlotValue, sample: Int)], dealSizeCV: Double? = nil, openPipeline: [OpenOpportunity] = [],
            seasonality: Seasonality? = nil
        ) {
            self.values = values
            self.dealSizeCV = dealSizeCV
            self.openPipeline = openPipeline
            self.seasonality = seasonality
        }

        public static func == (a: History, b: History) -> Bool {
            a.values.keys == b.values.keys
                && a.values.allSatisfy { b.values[$0.key]?.value == $0.value.value && b.values[$0.key]?.sample == $0.value.sample }
                && a.dealSizeCV == b.dealSizeCV && a.openPipeline == b.openPipeline && a.seasonality == b.seasonality
        }
    }

    /// Where the conversation stands: the one place the question open, the draft offered and the ending live.
    private enum State: Equatable, Sendable {
        case idle
        /// "Resume it?" with the draft it offers.
        case offeringResume(Answers)
        case asking(Question)
        case ended(Ending)
    }

    public let setup: Setup
    public internal(set) var answers = Answers()
    private var state = State.idle
    /// Refused answers in a row for the current question.
    public internal(set) var misses = 0
    /// Where `restart` and `change` return to.
    public internal(set) var returnTo: Question?

    /// The question waiting for an answer; nil before `start` and after the end.
    public internal(set) var question: Question? {
        get {
            switch state {
            case .asking(let q): return q
            case .offeringResume: return .resume
            case .idle, .ended: return nil
            }
        }
        set {
            switch (state, newValue) {
            case (.ended, _), (.offeringResume, .resume?): return
            case (_, let q?): state = .asking(q)
            case (_, nil): state = .idle
            }
        }
    }

    /// A draft offered for resuming.
    public var draft: Answers? { if case .offeringResume(let d) = state { d } else { nil } }

    public internal(set) var ending: Ending? {
        get { if case .ended(let e) = state { e } else { nil } }
        set { if let newValue { state = .ended(newValue) } }
    }
    /// What must be settled with the rep before going on, first first.
    public internal(set) var checks: [Check] = []

    public init(setup: Setup) {
        self.setup = setup
    }

    /// Opens the conversation, offering to resume `draft` when there is one.
    public mutating func start(draft: Answers? = nil) -> [Effect] {
        if let draft, !draft.isEmpty {
            state = .offeringResume(draft)
            return [.say(.welcome), ask(.resume)]
        }
        return [.say(.welcome), askNext()]
    }

    /// One line the rep typed (without its newline).
    public mutating func receive(_ line: String) -> [Effect] {
        guard let question, ending == nil else { return [] }
        if line.utf8.count > Misunderstanding.longestAnswer {
            return refuse(question, .tooLong(line.utf8.count), said: String(TerminalText.stripped(String(line.prefix(40)))))
        }
        switch question {
        case .resume: return answerResume(line)
        case .teamDefaults: return answerTeamDefaults(line)
        case .restart: return answerRestart(line)
        case .moreChannels: return answerMoreChannels(line)
        case .shares: return answerShares(line)
        case .channelAttempts(let i): return answerChannelAttempts(i, line)
        case .confirm, .slot: return answer(line, to: question)
        case .check: return answerCheck(line)
        }
    }

    /// The input ended (a pipe ran dry, or Ctrl-D at an empty prompt): keep the draft and stop.
    public mutating func endOfInput() -> [Effect] {
        guard ending == nil else { return [] }
        ending = .inputEnded
        question = nil
        // Nothing said, nothing to keep: no draft and no word about one.
        return (answers.isEmpty ? [] : [.saveDraft(answers), .say(.quitting)]) + [.end(.inputEnded)]
    }

    /// Quit on the rep's word (or a signal), keeping the draft.
    public mutating func quit() -> [Effect] {
        guard ending == nil else { return [] }
        ending = .quit
        question = nil
        return (answers.isEmpty ? [] : [.saveDraft(answers), .say(.quitting)]) + [.end(.quit)]
    }

    // MARK: - Asking

    /// The next question the answers still need, or the confirmation when none is left.
    public var nextQuestion: Question {
        if offersTeamDefaults { return .teamDefaults }
        for slot in answers.order {
            if !answers.has(slot) { return .slot(slot) }
            if slot == .channels, let open = openChannelQuestion { return open }
        }
        return .confirm
    }

    /// What the activities still need: attempts per meeting, whether there are more, shares that make 100%.
    var openChannelQuestion: Question? {
        guard let channels = answers.channels, !channels.isEmpty else { return nil }
        if let i = channels.firstIndex(where: { $0.attemptsPerMeeting == nil }) { return .channelAttempts(i) }
        if !answers.channelsDone { return .moreChannels }
        if Shares.settle(channels.map(\.share)) == nil { return .shares }
        return nil
    }

    mutating func askNext() -> Effect {
        ask(nextQuestion)
    }

    mutating func ask(_ q: Question) -> Effect {
        if question != q { misses = 0 }
        question = q
        return .ask(prompt(for: q))
    }

    /// The question with its progress, what Enter takes and what Tab completes.
    public func prompt(for q: Question) -> Prompt {
        let order = answers.order
        let number: Int
        switch q {
        case .slot(let s): number = (order.firstIndex(of: s) ?? 0) + 1
        case .channelAttempts, .moreChannels, .shares: number = (order.firstIndex(of: .channels) ?? 0) + 1
        case .confirm, .resume, .restart, .teamDefaults: number = order.count
        case .check: number = currentSlot.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? order.count
        }
        return Prompt(question: q, number: number, of: order.count, fallback: fallback(for: q), choices: choices(for: q))
    }

    func fallback(for q: Question) -> Fallback {
        switch q {
        case .slot(let s):
            if let current = answers[s] { return .current(current) }
            if s == .channels, answers.channels != nil { return .none }
            if let own = history?.values[s] { return .history(own.value, sample: own.sample) }
            if let usual = teamValue(s) { return .team(usual) }
            if Answers.isRequired(s) { return .required }
            // The plan's own suggestion, sized from the week's activities, shown in brackets.
            if s == .timeBlocks, let blocks = try? plan(withOdds: false).timeBlocks.blocks, !blocks.isEmpty {
                return .value(.timeBlocks(blocks))
            }
            return Answers.defaultValue(s).map(Fallback.value) ?? .none
        case .channelAttempts(let i):
            let name = answers.channels?[safe: i]?.name.lowercased() ?? ""
            return setup.catalogue[name].map(Fallback.attempts) ?? .required
        case .moreChannels: return .no
        case .shares: return .scaleShares
        case .confirm: return isBeyondReach ? .no : .yes
        case .resume, .teamDefaults: return .yes
        case .restart: return .no
        case .check: return checks.first.map(checkFallback) ?? .yes
        }
    }

    func choices(for q: Question) -> [String] {
        let commands = ["help", "why", "back", "skip", "summary", "change", "restart", "quit", "that's everything"]
        switch q {
        case .slot(.profile): return Profile.allCases.map(\.rawValue) + commands
        case .slot(.channels), .moreChannels: return setup.catalogue.keys.sorted() + ["no"] + commands
        case .confirm: return ["yes", "no"] + Slot.allCases.map { $0.rawValue.split(separator: "_").joined(separator: " ") }
        case .resume, .restart, .teamDefaults, .check: return ["yes", "no"]
        default: return commands
        }
    }

    /// The rep's own history, once their name is known.
    var history: History? {
        answers.rep.flatMap { setup.histories[Slug.make($0)] }
    }

    var currentSlot: Slot? {
        switch question {
        case .slot(let s): return s
        case .channelAttempts, .moreChannels, .shares: return .channels
        default: return nil
        }
    }
}
