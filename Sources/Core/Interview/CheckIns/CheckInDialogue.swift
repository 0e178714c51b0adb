import Planner
import Tracking
import Understanding

/// The weekly check-in as a conversation: which week, the activity and results, a confirmation that takes changes.
/// A week already checked in is said as soon as it is named. No I/O: each event returns the actions for the shell.
public struct CheckInDialogue: Equatable, Sendable {
    public struct Setup: Equatable, Sendable {
        public var today: Day
        public var activities: [String]
        /// The Monday of the plan's first week.
        public var firstWeek: Day
        public var checkedIn: [CheckIn]
        /// Refused answers in a row before giving up; nil with a person at a terminal.
        public var maxMisses: Int?

        public init(today: Day, activities: [String], firstWeek: Day, checkedIn: [CheckIn] = [], maxMisses: Int? = nil) {
            self.today = today
            self.activities = activities
            self.firstWeek = firstWeek
            self.checkedIn = checkedIn
            self.maxMisses = maxMisses
        }

        /// The week a check-in today is for (`CheckIn.weekToCheckIn`), never before the plan's first.
        public var defaultWeek: Day {
            max(CheckIn.weekToCheckIn(on: today), firstWeek)
        }

        public var fields: [WeekField] { [.week] + WeekField.week(activities: activities) + [.note] }

        public var blank: Entries<WeekField> {
            var fallbacks: [WeekField: FieldValue] = [.week: .week(defaultWeek), .note: .text(""), .revenueClosed: .money(0)]
            for field in fields where field.kind == .count { fallbacks[field] = .count(0) }
            return Entries(fields: fields, fallbacks: fallbacks)
        }

        func checkIn(on week: Day) -> CheckIn? { checkedIn.first { $0.week == week } }

        /// The latest week up to this one with no check-in yet, from the plan's first.
        var latestOpenWeek: Day? {
            var week = CheckIn.weekStart(of: today)
            while week >= firstWeek {
                if checkIn(on: week) == nil { return week }
                week = week.adding(days: -7)
            }
            return nil
        }

        /// The plan's first week is still ahead: nothing to check in yet.
        public var planNotStarted: Bool { firstWeek > CheckIn.weekStart(of: today) }
    }

    public enum Message: Equatable, Sendable {
        /// What the check-in is about, and the week Enter takes.
        case opening(week: Day)
        /// The plan's first week is still ahead.
        case notStarted(firstWeek: Day)
        case field(FieldMessage<WeekField>)
        /// The week named already has a check-in: its figures.
        case weekTaken(CheckIn)
        case resumed
    }

    public enum Action: Equatable, Sendable {
        case say(Message)
        case ask(WeekField, number: Int, of: Int)
        /// "Resume the check-in you started?"
        case offerResume(Entries<WeekField>)
        /// "Replace it, or name another week?"
        case offerReplace(CheckIn)
        case confirm(Entries<WeekField>)
        case reconfirm
        case summary(Entries<WeekField>)
        case saveDraft(Entries<WeekField>)
        case setDraftAside(Entries<WeekField>)
        case save(CheckIn, replacing: Bool)
        case end(Ending)
    }

    private enum State: Equatable, Sendable {
        case idle
        case offeringResume(Entries<WeekField>)
        case talking(FieldDialogue<WeekListener>)
        /// The week named has a check-in: replace it or name another, then carry on.
        case weekTaken(CheckIn, FieldDialogue<WeekListener>)
        case ended(Ending)
    }

    public let setup: Setup
    private var state = State.idle
    /// The week the rep chose to replace.
    public internal(set) var replacing: Day?

    public init(setup: Setup) {
        self.setup = setup
    }

    // What the state says, each readable alone (and settable by tests, to say how the state changes).

    public internal(set) var ending: Ending? {
        get { if case .ended(let e) = state { e } else { nil } }
        set { if let newValue { state = .ended(newValue) } }
    }

    /// The conversation over the week's fields, once it is under way.
    public internal(set) var talk: FieldDialogue<WeekListener>? {
        get {
            switch state {
            case .talking(let d), .weekTaken(_, let d): return d
            case .idle, .offeringResume, .ended: return nil
            }
        }
        set {
            guard let newValue else { return }
            if case .weekTaken(let existing, _) = state { state = .weekTaken(existing, newValue) } else { state = .talking(newValue) }
        }
    }

    /// The check-in already saved for the week named, while the rep chooses to replace it or name another.
    public internal(set) var weekTaken: CheckIn? {
        get { if case .weekTaken(let existing, _) = state { existing } else { nil } }
        set {
            guard let talk else { return }
            state = newValue.map { .weekTaken($0, talk) } ?? .talking(talk)
        }
    }

    /// The draft offered for resuming.
    public var offeredDraft: Entries<WeekField>? { if case .offeringResume(let e) = state { e } else { nil } }

    /// The answers so far.
    public var entries: Entries<WeekField>? {
        switch state {
        case .idle, .ended: return nil
        case .offeringResume(let e): return e
        case .talking(let d), .weekTaken(_, let d): return d.entries
        }
    }

    var dialogue: FieldDialogue<WeekListener> {
        FieldDialogue(
            listener: WeekListener(activities: setup.activities, today: setup.today, firstWeek: setup.firstWeek), entries: setup.blank,
            maxMisses: setup.maxMisses)
    }

    public mutating func start(draft: Entries<WeekField>? = nil) -> [Action] {
        if setup.planNotStarted {
            state = .ended(.declined)
            return [.say(.notStarted(firstWeek: setup.firstWeek)), .end(.declined)]
        }
        if var draft, !draft.isEmpty, draft.fields == setup.fields {
            // A week the draft named that is now out of reach (a different --as-of) is asked again.
            if case .week(let week)? = draft.values[.week], week > CheckIn.weekStart(of: setup.today) || week < setup.firstWeek {
                draft.values[.week] = nil
            }
            state = .offeringResume(draft)
            guard case .week(let week)? = draft[.week] else { return [.offerResume(draft)] }
            return [.say(.opening(week: week)), .offerResume(draft)]
        }
        let opening = Action.say(.opening(week: setup.defaultWeek))
        var d = dialogue
        return [opening] + carryOn(d.start(), in: &d)
    }

    public mutating func receive(_ line: String) -> [Action] {
        switch state {
        case .idle, .ended: return []
        case .offeringResume(let draft): return answerResume(line, draft)
        case .weekTaken(let existing, var d): return answerReplace(line, existing, &d)
        case .talking(var d): return carryOn(d.receive(line), in: &d)
        }
    }

    mutating func answerResume(_ line: String, _ draft: Entries<WeekField>) -> [Action] {
        var d = dialogue
        switch ResumeReply(line) {
        case .quit: return quit()
        case .resume:
            d.entries = draft
            return [.say(.resumed)] + carryOn(d.next(), in: &d)
        case .setAside: return [.setDraftAside(draft)] + carryOn(d.start(), in: &d)
        case .unclear(let why, let said): return [.say(.field(.refused(nil, why, said: said, attempt: 1))), .offerResume(draft)]
        }
    }

    /// "Replace it, or name another week?": yes replaces, a week names another, no asks for the week again.
    mutating func answerReplace(_ line: String, _ existing: CheckIn, _ d: inout FieldDialogue<WeekListener>) -> [Action] {
        let text = TerminalText.stripped(line).trimmingSpaces
        if let command = Command.read(text) {
            guard command == .quit else { return [.say(.field(.help(.week))), .offerReplace(existing)] }
            return carryOn(d.quit(), in: &d)
        }
        if case .success(let week) = Understand.week(text, today: setup.today), week.value != existing.week {
            return carryOn(d.fill(FieldHearing(facts: [.init(.week, .week(week.value))])), in: &d)
        }
        let lowered = text.lowercased()
        let yes = lowered.contains("replace") || lowered.contains("overwrite") || (try? Understand.yesNo(text).get().value) == true
        if yes {
            replacing = existing.week
            // Enter keeps each figure already checked in: replacing one figure does not zero the rest.
            for (field, value) in Entries(existing, fields: setup.fields).values where field != .week { d.entries.fallbacks[field] = value }
            return carryOn([d.reask()], in: &d)
        }
        if text.isEmpty || (try? Understand.yesNo(text).get().value) == false {
            // Another week, then: Enter now takes the latest one not checked in, if there is one.
            d.entries.values[.week] = nil
            d.entries.fallbacks[.week] = setup.latestOpenWeek.map(FieldValue.week)
            return carryOn([d.ask(.week)], in: &d)
        }
        return [.say(.field(.refused(.week, .notUnderstood(.week), said: text, attempt: 1))), .offerReplace(existing)]
    }

    /// The field dialogue's actions as the check-in's, stopping to ask about a week already checked in.
    mutating func carryOn(_ actions: [FieldDialogue<WeekListener>.Action], in d: inout FieldDialogue<WeekListener>) -> [Action] {
        var out: [Action] = []
        for action in actions {
            switch action {
            case .say(let m): out.append(.say(.field(m)))
            case .ask(let f, let n, let of): out.append(.ask(f, number: n, of: of))
            case .confirm(let e): out.append(.confirm(e))
            case .reconfirm: out.append(.reconfirm)
            case .summary(let e): out.append(.summary(e))
            case .keep(let e): out.append(.saveDraft(e))
            case .submit(let e):
                let week = checkIn(e)
                state = .ended(.saved)
                return out + [.save(week, replacing: setup.checkIn(on: week.week) != nil), .end(.saved)]
            case .end(let ending):
                state = .ended(ending)
                let keep: [Action] = ending == .quit && !d.entries.isEmpty ? [.saveDraft(d.entries)] : []
                return out + keep + [.end(ending)]
            }
        }
        if case .week(let week)? = d.entries.values[.week], week != replacing, let existing = setup.checkIn(on: week),
            d.ending == nil
        {
            state = .weekTaken(existing, d)
            let asked = out.filter {
                switch $0 {
                case .ask, .confirm, .reconfirm: false
                default: true
                }
            }
            return asked + [.say(.weekTaken(existing)), .offerReplace(existing)]
        }
        state = .talking(d)
        return out
    }

    public mutating func quit() -> [Action] {
        stop(.quit)
    }

    public mutating func endOfInput() -> [Action] {
        stop(.inputEnded)
    }

    /// Ends the conversation: what was said is kept (with a word about it when the rep quit).
    mutating func stop(_ ending: Ending) -> [Action] {
        switch state {
        case .idle, .ended: return []
        case .offeringResume:
            state = .ended(ending)
            return [.end(ending)]
        case .talking(var d), .weekTaken(_, var d):
            let keep: [Action] = ending == .inputEnded && !d.entries.isEmpty ? [.saveDraft(d.entries)] : []
            return keep + carryOn(ending == .quit ? d.quit() : d.endOfInput(), in: &d)
        }
    }

    /// The week as it will be saved.
    public func checkIn(_ e: Entries<WeekField>) -> CheckIn {
        CheckIn(e, activities: setup.activities, week: setup.defaultWeek)
    }
}
