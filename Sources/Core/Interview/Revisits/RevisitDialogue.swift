import Planner
import Tracking
import Understanding

/// The revisit as a conversation: totals over the weeks so far when there are no check-ins, what happened and
/// where the funnel leaks, the rep's choices for the rest of the period, and the new plan to save or not.
/// No I/O: each event returns the actions for the shell.
public struct RevisitDialogue: Equatable, Sendable {
    public struct Setup: Equatable, Sendable {
        public var previous: Plan
        public var checkIns: [CheckIn]
        public var today: Day
        public var maxMisses: Int?

        public init(previous: Plan, checkIns: [CheckIn], today: Day, maxMisses: Int? = nil) {
            self.previous = previous
            self.checkIns = checkIns
            self.today = today
            self.maxMisses = maxMisses
        }

        public var activities: [String] { previous.inputs.channels.map(\.name) }

        /// Whole weeks from the plan's first week to today, at least one.
        public var weeksSoFar: Int {
            max(1, Int((Double(previous.firstCheckInWeek.days(to: today)) / 7).rounded()))
        }

        var blankTotals: Entries<WeekField> {
            var fallbacks: [WeekField: FieldValue] = [.revenueClosed: .money(0), .weeks: .count(weeksSoFar)]
            let fields = [WeekField.weeks] + WeekField.week(activities: activities)
            for field in fields where field != .weeks && field.kind == .count { fallbacks[field] = .count(0) }
            return Entries(fields: fields, fallbacks: fallbacks)
        }

        func blankChoices(_ first: Revisit) -> Entries<RevisitField> {
            Entries(
                fields: RevisitField.allCases,
                fallbacks: [
                    .ratios: .choice(Recalibration.Choice.blended.rawValue),
                    .openOpportunities: .count(first.plan.inputs.openOpportunities),
                    .prospectingHours: previous.prospectingHours.map(FieldValue.hours) ?? .text(""),
                    .timeBlocks: .timeBlocks(previous.inputs.timeBlocks),
                    .reason: .text(""),
                ])
        }
    }

    /// What a revisit keeps if the session ends before it is saved.
    public struct Draft: Equatable, Sendable, Codable {
        public var totals: Entries<WeekField>?
        public var choices: Entries<RevisitField>?

        public init(totals: Entries<WeekField>? = nil, choices: Entries<RevisitField>? = nil) {
            self.totals = totals
            self.choices = choices
        }

        public var isEmpty: Bool { (totals?.isEmpty ?? true) && (choices?.isEmpty ?? true) }
    }

    public enum Message: Equatable, Sendable {
        /// What the revisit will do, before asking anything: with the weeks checked in, or none.
        case opening(weeksCheckedIn: Int)
        case totals(FieldMessage<WeekField>)
        case choice(FieldMessage<RevisitField>)
        case resumed
        case notSaved
        case cannotPlan(Planner.Refusal)
    }

    public enum Action: Equatable, Sendable {
        case say(Message)
        case offerResume(Draft)
        /// A total over the weeks so far.
        case askTotal(WeekField, number: Int, of: Int)
        case confirmTotals(Entries<WeekField>)
        case reconfirmTotals
        case summaryTotals(Entries<WeekField>)
        /// What happened and where the funnel leaks.
        case findings(Revisit, fromTotals: Bool)
        case askChoice(RevisitField, number: Int, of: Int)
        case summaryChoices(Entries<RevisitField>)
        /// The plan for the rest of the period, and "save it?".
        case outlook(Revisit)
        case saveDraft(Draft)
        case setDraftAside(Draft)
        case saveRevision(Revisit)
        case end(Ending)
    }

    /// What the choices rest on: the check-ins, or the totals the rep gave spread over their weeks.
    struct Basis: Equatable, Sendable {
        var checkIns: [CheckIn]
        /// The totals the rep gave (none when there were check-ins).
        var totals: Entries<WeekField>?
    }

    private enum State: Equatable, Sendable {
        case idle
        case offeringResume(Draft)
        case totals(FieldDialogue<WeekListener>)
        case choosing(FieldDialogue<RevisitListener>, Basis)
        case confirming(Revisit, FieldDialogue<RevisitListener>, Basis)
        case ended(Ending)
    }

    public let setup: Setup
    private var state = State.idle

    public init(setup: Setup) {
        self.setup = setup
    }

    // What the state says, each readable alone (and settable by tests, to say how the state changes).

    public internal(set) var ending: Ending? {
        get { if case .ended(let e) = state { e } else { nil } }
        set { if let newValue { state = .ended(newValue) } }
    }

    /// The totals being asked, when there were no check-ins.
    public internal(set) var totals: FieldDialogue<WeekListener>? {
        get { if case .totals(let t) = state { t } else { nil } }
        set { if let newValue { state = .totals(newValue) } }
    }

    /// The choices being asked (and kept while the new plan is shown).
    public internal(set) var choosing: FieldDialogue<RevisitListener>? {
        get {
            switch state {
            case .choosing(let c, _), .confirming(_, let c, _): return c
            case .idle, .offeringResume, .totals, .ended: return nil
            }
        }
        set {
            guard let newValue else { return }
            switch state {
            case .choosing(_, let basis): state = .choosing(newValue, basis)
            case .confirming(let r, _, let basis): state = .confirming(r, newValue, basis)
            default: break
            }
        }
    }

    /// The new plan shown, while the rep says whether to save it.
    public var outlook: Revisit? { if case .confirming(let r, _, _) = state { r } else { nil } }

    /// The draft offered for resuming.
    public var offeredDraft: Draft? { if case .offeringResume(let d) = state { d } else { nil } }

    public var draft: Draft {
        switch state {
        case .idle, .ended: return Draft()
        case .offeringResume(let d): return d
        case .totals(let t): return Draft(totals: t.entries)
        case .choosing(let c, let basis), .confirming(_, let c, let basis): return Draft(totals: basis.totals, choices: c.entries)
        }
    }

    func totalsDialogue(_ entries: Entries<WeekField>) -> FieldDialogue<WeekListener> {
        FieldDialogue(
            listener: WeekListener(activities: setup.activities, today: setup.today), entries: entries,
            maxMisses: setup.maxMisses)
    }

    public mutating func start(draft: Draft? = nil) -> [Action] {
        let opening = Action.say(.opening(weeksCheckedIn: setup.checkIns.count))
        if let draft, !draft.isEmpty {
            state = .offeringResume(draft)
            return [opening, .offerResume(draft)]
        }
        return [opening] + begin(Draft())
    }

    mutating func begin(_ draft: Draft) -> [Action] {
        guard setup.checkIns.isEmpty else { return choose(Basis(checkIns: setup.checkIns), from: draft.choices) }
        var t = totalsDialogue(draft.totals ?? setup.blankTotals)
        return carryOn(draft.totals == nil ? t.start() : t.next(), in: &t)
    }

    public mutating func receive(_ line: String) -> [Action] {
        switch state {
        case .idle, .ended: return []
        case .offeringResume(let draft): return answerResume(line, draft)
        case .totals(var t): return carryOn(t.receive(line), in: &t)
        case .choosing(var c, let basis): return carryOn(c.receive(line), in: &c, basis)
        case .confirming(let revisit, var c, let basis): return answerSave(line, revisit, &c, basis)
        }
    }

    mutating func answerResume(_ line: String, _ draft: Draft) -> [Action] {
        switch ResumeReply(line) {
        case .quit: return quit()
        case .resume: return [.say(.resumed)] + begin(draft)
        case .setAside: return [.setDraftAside(draft)] + begin(Draft())
        case .unclear(let why, let said): return [.say(.totals(.refused(nil, why, said: said, attempt: 1))), .offerResume(draft)]
        }
    }

    mutating func carryOn(_ actions: [FieldDialogue<WeekListener>.Action], in t: inout FieldDialogue<WeekListener>) -> [Action] {
        var out: [Action] = []
        state = .totals(t)
        for action in actions {
            switch action {
            case .say(let m): out.append(.say(.totals(m)))
            case .ask(let f, let n, let of): out.append(.askTotal(f, number: n, of: of))
            case .confirm(let e): out.append(.confirmTotals(e))
            case .reconfirm: out.append(.reconfirmTotals)
            case .summary(let e): out.append(.summaryTotals(e))
            case .keep(let e): out.append(.saveDraft(Draft(totals: e)))
            case .submit(let e):
                let spread = TrackingAnswers.spread(total(e), weeks: max(1, e[.weeks]?.count ?? 1))
                return out + choose(Basis(checkIns: spread, totals: e), from: nil)
            case .end(let ending): return out + end(ending, keeping: Draft(totals: t.entries))
            }
        }
        return out
    }

    /// The totals as one check-in, spread over their weeks by `TrackingAnswers.spread`.
    func total(_ e: Entries<WeekField>) -> CheckIn {
        CheckIn(e, activities: setup.activities, week: CheckIn.weekStart(of: setup.today).adding(days: -7))
    }

    /// What happened, then the choices.
    mutating func choose(_ basis: Basis, from saved: Entries<RevisitField>?) -> [Action] {
        let first: Revisit
        do {
            first = try Revisit(previous: setup.previous, checkIns: basis.checkIns, choices: .init(today: setup.today))
        } catch {
            state = .ended(.gaveUp)
            return [.say(.cannotPlan(error)), .end(.gaveUp)]
        }
        var c = FieldDialogue(
            listener: RevisitListener(workingDays: setup.previous.inputs.workingDays), entries: saved ?? setup.blankChoices(first),
            maxMisses: setup.maxMisses,
            confirms: false)
        return [.findings(first, fromTotals: basis.totals != nil)] + carryOn(saved == nil ? c.start() : c.next(), in: &c, basis)
    }

    mutating func carryOn(
        _ actions: [FieldDialogue<RevisitListener>.Action], in c: inout FieldDialogue<RevisitListener>,
        _ basis: Basis
    ) -> [Action] {
        var out: [Action] = []
        state = .choosing(c, basis)
        for action in actions {
            switch action {
            case .say(let m): out.append(.say(.choice(m)))
            case .ask(let f, let n, let of): out.append(.askChoice(f, number: n, of: of))
            case .confirm(let e), .summary(let e): out.append(.summaryChoices(e))
            case .reconfirm: break
            case .keep(let e): out.append(.saveDraft(Draft(totals: basis.totals, choices: e)))
            case .submit(let e):
                do {
                    let revisit = try Revisit(previous: setup.previous, checkIns: basis.checkIns, choices: choices(e))
                    state = .confirming(revisit, c, basis)
                    return out + [.outlook(revisit)]
                } catch {
                    return out + [.say(.cannotPlan(error)), .askChoice(.ratios, number: 1, of: c.entries.fields.count)]
                }
            case .end(let ending): return out + end(ending, keeping: Draft(totals: basis.totals, choices: c.entries))
            }
        }
        return out
    }

    /// "Save this as the plan from now on?": yes saves; "change X" goes back to that choice; no keeps the plan in force.
    mutating func answerSave(_ line: String, _ revisit: Revisit, _ c: inout FieldDialogue<RevisitListener>, _ basis: Basis) -> [Action] {
        let text = TerminalText.stripped(line).trimmingSpaces
        switch Command.read(text) {
        case .quit?: return end(.quit, keeping: draft)
        case .change(_, let rest)?:
            guard c.listener.field(named: rest) != nil else { return [.say(.choice(.whatToChange)), .outlook(revisit)] }
            return carryOn(c.change(rest), in: &c, basis)
        case .back?: return carryOn([c.ask(.reason)], in: &c, basis)
        default: break
        }
        if Understand.asksSomething(text) { return [.say(.choice(.help(nil))), .outlook(revisit)] }
        // "no, hours should be 12": a choice named with its new value is a change, not a no.
        if c.listener.field(named: text) != nil, (try? Understand.yesNo(text).get()) == nil || text.split(separator: " ").count > 2 {
            return carryOn(c.change(text), in: &c, basis)
        }
        switch Understand.yesNo(text.isEmpty ? "yes" : text) {
        case .success(let r) where r.value:
            state = .ended(.saved)
            return [.saveRevision(revisit), .end(.saved)]
        case .success:
            state = .ended(.declined)
            return [.say(.notSaved), .end(.declined)]
        case .failure(let why):
            return [.say(.choice(.refused(nil, why, said: text, attempt: 1))), .outlook(revisit)]
        }
    }

    func choices(_ e: Entries<RevisitField>) -> Revisit.Choices {
        var choices = Revisit.Choices(today: setup.today)
        if case .choice(let c)? = e[.ratios], let choice = Recalibration.Choice(rawValue: c) { choices.ratios = choice }
        if case .count(let n)? = e[.openOpportunities] { choices.openOpportunities = n }
        if case .hours(let h)? = e[.prospectingHours] { choices.prospectingHours = h }
        if case .timeBlocks(let b)? = e[.timeBlocks] { choices.timeBlocks = b }
        if case .text(let t)? = e[.reason] { choices.reason = t }
        return choices
    }

    mutating func end(_ ending: Ending, keeping draft: Draft) -> [Action] {
        state = .ended(ending)
        let keep: [Action] = ending == .quit && !draft.isEmpty ? [.saveDraft(draft)] : []
        return keep + [.end(ending)]
    }

    public mutating func quit() -> [Action] {
        switch state {
        case .idle, .ended: return []
        case .offeringResume: return end(.quit, keeping: Draft())
        default: return end(.quit, keeping: draft)
        }
    }

    public mutating func endOfInput() -> [Action] {
        switch state {
        case .idle, .ended: return []
        case .offeringResume: return end(.inputEnded, keeping: Draft())
        default:
            let keep = draft
            return (keep.isEmpty ? [] : [.saveDraft(keep)]) + end(.inputEnded, keeping: keep)
        }
    }
}
