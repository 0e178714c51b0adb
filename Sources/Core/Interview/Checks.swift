import Planner
import Understanding

/// Something to settle with the rep before going on. Nothing a line said is changed behind their back or
/// dropped: a change they did not ask for is confirmed, a figure nothing placed is asked about, and a usual
/// figure is offered, never assumed, when they don't know one.
public enum Check: Equatable, Sendable {
    /// A line would change an answer already given without saying so; "no" (the default) keeps the old one.
    case change(Fill, was: SlotValue)
    /// A figure nothing placed, with the answer it most likely is, when there is one still open.
    case leftover(Leftover, guess: Slot?)
    /// The rep doesn't know this one: a usual figure, and where it comes from.
    case usual(Slot, Usual)
}

/// A figure offered when the rep doesn't know theirs, and where it comes from.
public enum Usual: Equatable, Sendable {
    /// The team's figure from team.yaml; the rep's own replaces it after `weeks` of check-ins.
    case team(SlotValue, weeks: Int?)
    /// The rep's own, from a CRM export, over `sample` deals.
    case history(SlotValue, sample: Int)
    /// A common starting figure (Prompts/), an assumption to recalibrate after `weeks` of check-ins.
    case starting(SlotValue, weeks: Int?)

    public var value: SlotValue {
        switch self {
        case .team(let v, _), .history(let v, _), .starting(let v, _): return v
        }
    }
}

extension Interview {
    /// The usual figure for `slot`: the rep's own history first, then the team's, then a common starting figure.
    func usual(for slot: Slot) -> Usual? {
        guard Slot.mayNotKnowYet.contains(slot) else { return nil }
        if let own = history?.values[slot] { return .history(own.value, sample: own.sample) }
        if let team = teamValue(slot) { return .team(team, weeks: setup.team?.recalibrateAfterWeeks) }
        if let start = setup.starting[slot] { return .starting(start, weeks: setup.startingWeeks) }
        return nil
    }

    /// The answer a figure nothing placed most likely is: the first still open that its kind can give.
    func guess(for leftover: Leftover) -> Slot? {
        let money: [Slot] = answers.incomeRoute ? [.incomeGoal, .baseSalary, .dealSize, .closedToDate] : [.goal, .dealSize, .closedToDate]
        let rates: [Slot] =
            answers.incomeRoute ? [.closeRate, .meetingToOpportunity, .commissionRate] : [.closeRate, .meetingToOpportunity]
        let order: [Slot]
        switch leftover.kind {
        case .money, .moneyPer, .dealsAt: order = money
        case .percent, .fraction, .ratio: order = rates
        case .number(_, _, .opportunities?), .number(_, _, .deals?): order = [.openOpportunities]
        case .number(let v, _, nil): order = v >= 1000 ? money : []
        case .duration(_, let unit, _): order = [.day, .week, .month].contains(unit) ? [.salesCycleWeeks, .weeksOff] : []
        default: order = []
        }
        return order.first { !answers.has($0) && SlotReading.accepts($0, leftover.kind) }
    }

    /// Asks the first pending check, or goes on.
    mutating func askCheckOrNext() -> [Effect] {
        guard let check = checks.first else { return afterAnswer() }
        // Numbered as the question it was said at.
        var prompt = prompt(for: .check)
        prompt.check = check
        question = .check
        return [.ask(prompt)]
    }

    func checkFallback(_ check: Check) -> Fallback {
        switch check {
        case .change: return .no
        // A length or a count said in passing ("been here 8 weeks") is less surely the answer guessed than money or a rate.
        case .leftover(let l, let guess):
            guard guess != nil else { return .leaveOut }
            switch l.kind {
            case .money, .moneyPer, .dealsAt, .percent, .fraction, .ratio: return .yes
            default: return .no
            }
        case .usual: return .yes
        }
    }

    /// The rep's answer to the check asked: yes, no, Enter, or a new line that settles it another way.
    mutating func answerCheck(_ line: String) -> [Effect] {
        guard let check = checks.first else { return askNext().asList }
        let text = line.trimmingSpaces
        if let command = Command.read(text) {
            switch command {
            case .quit: return quit()
            case .help, .why: return [.say(.help(.check))] + askCheckOrNext()
            default:
                checks.removeAll()
                question = nextQuestion
                return run(command)
            }
        }
        let yes: Bool?
        if text.isEmpty {
            yes = checkFallback(check) == .yes
        } else if case .success(let r) = Understand.yesNo(text), !Understand.saysFigure(text) {
            yes = r.value
        } else {
            yes = nil
        }
        checks.removeFirst()
        var effects: [Effect] = []
        // "both", "add it", "as well": time off said again is more time off, the two added up.
        if case .change(var fill, let was) = check, fill.slot == .weeksOff, Self.saysBoth(text),
            case .timeOff(let old) = was, case .timeOff(let new) = fill.value
        {
            fill.value = .timeOff(old + new)
            store(fill)
            return [.say(.changed(fill, was: was)), .saveDraft(answers)] + askCheckOrNext()
        }
        switch (check, yes) {
        case (.change(let fill, let was), true?):
            store(fill)
            effects += [.say(.changed(fill, was: was)), .saveDraft(answers)]
        case (.change(let fill, let was), _):
            effects.append(.say(.kept(fill.slot, was)))
        case (.leftover(let l, let guess?), true?):
            switch l.value(for: guess, period: period) {
            case .success(let fill)?:
                store(fill)
                effects += [.say(.readBack([fill])), .saveDraft(answers)]
            case .failure(let why)?:
                effects.append(.say(.refusedOther(guess, why, said: l.text)))
            case nil:
                effects.append(.say(.leftOut(l.text)))
            }
        case (.leftover(let l, _), _):
            effects.append(.say(.leftOut(l.text)))
        case (.usual(let slot, let usual), true?):
            take(usual, for: slot)
            effects += [.say(.readBack([Fill(slot: slot, value: usual.value, said: "")])), .saveDraft(answers)]
        case (.usual, _):
            break
        }
        // Anything else typed is heard as it is, after the check it settled.
        if yes == nil, !text.isEmpty {
            question = nextQuestion
            return effects + answer(text, to: nextQuestion)
        }
        return effects + askCheckOrNext()
    }

    /// Keeps a usual figure and where it came from, for the plan's assumptions.
    mutating func take(_ usual: Usual, for slot: Slot) {
        answers.values[slot] = usual.value
        answers.said[slot] = nil
        switch usual {
        case .team: answers.sources[slot] = .team
        case .history(_, let sample): answers.sources[slot] = .history(sample: sample)
        case .starting: answers.sources[slot] = .starting
        }
    }

    /// "I don't know": a usual figure offered where there is one, the default where the answer is optional,
    /// and otherwise how to find it; never zero, never a dead end.
    mutating func dontKnow(_ q: Question) -> [Effect] {
        switch q {
        case .slot(let s):
            if let usual = usual(for: s) {
                checks.append(.usual(s, usual))
                return askCheckOrNext()
            }
            if !Answers.isRequired(s) { return skip(s) }
            return [.say(.dontKnowNeeded(q)), ask(q)]
        case .channelAttempts(let i): return answerChannelAttempts(i, "")
        default: return [.say(.help(q)), ask(q)]
        }
    }

    static let bothWords: Set<String> = ["both", "add", "also", "too", "plus", "well", "each", "together"]

    /// "no, both", "add it", "that's as well": keep what was said and add the new.
    static func saysBoth(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { bothWords.contains(String($0)) }
    }

    /// The team's usual figure for `slot`, for this plan: time off is team.yaml's figure for a year, scaled to the
    /// period (four weeks a year is one in a quarter).
    func teamValue(_ slot: Slot) -> SlotValue? {
        guard let value = setup.team?.values[slot] else { return nil }
        guard case .timeOff(let off) = value, let period else { return value }
        let share = min(1, Double(max(0, max(period.start, setup.asOf).days(to: period.end) + 1)) / 365.25)
        return .timeOff(off.scaled(by: share))
    }

    /// The period answered so far.
    var period: Period? {
        if case .period(let p) = answers[.period] { return p }
        return nil
    }

    /// What the interview knows that hearing a line needs.
    var context: Hearing.Context {
        var days: Int?
        if case .days(let d) = answers[.workingDays] { days = d }
        return Hearing.Context(asOf: setup.asOf, question: currentSlot, period: period, workingDays: days)
    }
}

extension Effect {
    var asList: [Effect] { [self] }
}
