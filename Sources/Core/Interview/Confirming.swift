import Planner
import Understanding

/// The summary before saving, and the planner inputs the answers make.
extension Interview {
    mutating func summaryAndConfirm() -> [Effect] {
        question = .confirm
        misses = 0
        var effects: [Effect] = [.say(summary)]
        if case .profile(.over) = answers[.profile], let options = stretchOptions(), !options.isEmpty {
            effects.append(.say(.stretch(options)))
        }
        return effects + [.ask(prompt(for: .confirm))]
    }

    /// The goals an over-achiever is offered: 110% to 125% of the goal.
    public static let stretchPercents = [1.10, 1.15, 1.20, 1.25]

    func stretchOptions() -> [Stretch]? {
        guard let base = try? inputs() else { return nil }
        let given = answers.stretchedFrom ?? base.goal
        return Self.stretchPercents.compactMap { percent in
            var raised = base
            raised.goal = (given * percent).rounded()
            guard let plan = try? Planner.plan(raised, withOdds: false) else { return nil }
            return Stretch(
                percent: percent, goal: raised.goal, weeklyMeetings: plan.weekly.meetings,
                chance: plan.dealCountOdds.chance(weeklyMeetings: plan.weekly.meetings))
        }
    }

    /// "stretch 115%": the goal raised by that much over the one planned; nil when the line says something else.
    mutating func stretch(_ text: String) -> [Effect]? {
        let words = text.lowercased().split(separator: " ")
        guard words.first == "stretch" || words.first == "/stretch", let base = try? inputs() else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        guard case .success(let r) = Understand.raise(rest.isEmpty ? "115%" : rest) else { return nil }
        let factor = r.value
        let given = answers.stretchedFrom ?? base.goal
        let goal = (given * factor).rounded()
        answers.incomeRoute = false
        store(Fill(slot: .goal, value: .money(goal), said: text))
        answers.stretchedFrom = given
        let option = Stretch(percent: factor, goal: goal, weeklyMeetings: 0, chance: 0)
        return [.say(.stretched(option, base: given)), .saveDraft(answers)] + summaryAndConfirm()
    }

    /// Whether the plan these answers make is beyond reach, so that saving it takes a yes.
    var isBeyondReach: Bool {
        ((try? inputs()).flatMap { try? Planner.plan($0, withOdds: false) })?.isBeyondReach ?? false
    }

    /// The summary is said when the confirmation is asked; the shell shows it with the plan.
    public var summary: Message { .summary(answers, try? plan()) }

    mutating func confirmSave() -> [Effect] {
        do {
            let inputs = try self.inputs()
            _ = try Planner.plan(inputs, withOdds: false)
            ending = .saved
            question = nil
            return [.savePlan(inputs), .end(.saved)]
        } catch let refusal as Planner.Refusal {
            return [.say(.cannotPlan(refusal)), ask(.slot(.period))]
        } catch {
            return [ask(nextQuestion)]
        }
    }

    /// The plan these answers make (for the summary), or why it cannot be made; `withOdds: false` when only its
    /// weekly figures are wanted (the simulated odds are most of the planner's time).
    public func plan(withOdds: Bool = true) throws -> Plan {
        try Planner.plan(try inputs(), withOdds: withOdds)
    }

    /// Missing a required answer; the interview asks it before confirming.
    public struct Incomplete: Error, Equatable {
        public let slot: Slot
    }

    /// Planner inputs from the answers, with defaults for what was not said and where each came from.
    public func inputs() throws -> PlanInputs {
        func money(_ s: Slot) -> Double? { if case .money(let v) = answers[s] { return v } else { return nil } }
        func rate(_ s: Slot) -> Double? { if case .rate(let v) = answers[s] { return v } else { return nil } }
        func need<T>(_ value: T?, _ s: Slot) throws -> T {
            guard let value else { throw Incomplete(slot: s) }
            return value
        }
        guard case .text(let rep) = answers[.rep] else { throw Incomplete(slot: .rep) }
        guard case .period(let period) = answers[.period] else { throw Incomplete(slot: .period) }
        var route: IncomeRoute?
        let goal: Double
        if answers.incomeRoute {
            let r = IncomeRoute(
                incomeGoal: try need(money(.incomeGoal), .incomeGoal), baseSalary: money(.baseSalary) ?? 0,
                commissionRate: try need(rate(.commissionRate), .commissionRate))
            route = r
            goal = r.revenueGoal
        } else {
            goal = try need(money(.goal), .goal)
        }
        var workingDays = 5
        if case .days(let d) = answers[.workingDays] { workingDays = d }
        var weeksOff = 0.0, datesOff: [DatesOff] = []
        if case .timeOff(let off) = answers[.weeksOff] {
            weeksOff = off.weeks(workingDaysPerWeek: workingDays)
            datesOff = off.dates
        }
        var cycle = 0.0
        if case .weeks(let w) = answers[.salesCycleWeeks] { cycle = w }
        var open = 0
        if case .count(let n) = answers[.openOpportunities] { open = n }
        var manager: String?
        if case .text(let m) = answers[.manager] { manager = m }
        var profile: Profile?
        if case .profile(let p) = answers[.profile] { profile = p }
        var blocks: [TimeBlock] = []
        if case .timeBlocks(let b) = answers[.timeBlocks] { blocks = b }
        let drafts = answers.channels ?? []
        let shares = Shares.settle(drafts.map(\.share)) ?? drafts.map { _ in 1 / Double(max(1, drafts.count)) }
        let channels = zip(drafts, shares).compactMap { draft, share -> Channel? in
            guard let attempts = draft.attemptsPerMeeting else { return nil }
            return Channel(name: draft.name, attemptsPerMeeting: attempts, share: share, minutesPerAttempt: draft.minutesPerAttempt)
        }
        var inputs = PlanInputs(
            rep: rep, manager: manager, profile: profile, period: period, asOf: setup.asOf, goal: goal,
            incomeRoute: route, closedToDate: money(.closedToDate) ?? 0, dealSize: try need(money(.dealSize), .dealSize),
            closeRate: try need(rate(.closeRate), .closeRate),
            meetingToOpportunity: try need(rate(.meetingToOpportunity), .meetingToOpportunity),
            salesCycleWeeks: cycle, weeksOff: weeksOff, openOpportunities: open, workingDays: workingDays,
            channels: channels, assumptions: assumptions, timeBlocks: blocks
        ).with(datesOff: datesOff)
        if profile == .new, let steps = setup.team?.ramp, !steps.isEmpty {
            inputs.ramp = Ramp(steps: steps)
        }
        inputs.evidence = evidence
        if case .hours(let h) = answers[.prospectingHours] { inputs.prospectingHours = h }
        if case .history? = answers.sources[.openOpportunities], let history, history.openPipeline.count == open {
            inputs.openPipeline = history.openPipeline
        }
        if let minutes = setup.team?.meetingMinutes { inputs.meetingMinutes = minutes }
        inputs.seasonality = history?.seasonality ?? setup.team?.seasonality
        return inputs
    }

    /// What the odds rest on: the history's cases behind the ratios and spread of deal sizes taken from it.
    var evidence: OddsEvidence {
        var evidence = OddsEvidence()
        if case .history(let sample)? = answers.sources[.closeRate] {
            evidence.closeTrials = Double(max(1, sample))
            evidence.closeTrialsFrom = .history
        }
        if case .history? = answers.sources[.dealSize], let cv = history?.dealSizeCV {
            evidence.dealSizeCV = cv
            evidence.dealSizeCVFrom = .history
        }
        return evidence
    }

    /// Where each answer came from, in the answers file's terms.
    var assumptions: [Assumption] {
        let derived = answers.incomeRoute ? [Assumption(key: "goal", source: .derived)] : []
        return derived
            + answers.order.compactMap { slot -> Assumption? in
                if let said = answers.said[slot] { return Assumption(key: slot.rawValue, source: .given, said: said) }
                switch answers.sources[slot] {
                case .history(let sample)?: return Assumption(key: slot.rawValue, source: .history, said: String(sample))
                case .starting?: return Assumption(key: slot.rawValue, source: .starting, recalibrateAfterWeeks: setup.startingWeeks)
                case .team?:
                    let ratio = [Slot.closeRate, .meetingToOpportunity, .dealSize].contains(slot)
                    return Assumption(
                        key: slot.rawValue, source: .team, recalibrateAfterWeeks: ratio ? setup.team?.recalibrateAfterWeeks : nil)
                case .defaulted?, nil: break
                }
                if slot == .channels { return answers.channels.map { _ in Assumption(key: "channels", source: .given) } }
                if answers.isDefaulted(slot) || answers[slot] == nil, Answers.defaultValue(slot) != nil {
                    return Assumption(key: slot.rawValue, source: .defaulted)
                }
                return nil
            }
    }
}
