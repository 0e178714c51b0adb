import Planner
import Understanding

/// The rules of a short conversation that fills named fields (a week's check-in, a revisit's totals and choices):
/// several fields in one line, corrections, questions asked back, "I don't know", the interview's commands and a
/// confirmation that takes changes. No I/O: each event returns the actions for the shell.
public struct FieldDialogue<Listener: FieldListener>: Equatable, Sendable {
    public typealias Field = Listener.Field

    public enum Action: Equatable, Sendable {
        case say(FieldMessage<Field>)
        case ask(Field, number: Int, of: Int)
        /// Every field has a value: show them and ask to confirm.
        case confirm(Entries<Field>)
        /// Ask to confirm again, without showing every value again.
        case reconfirm
        case summary(Entries<Field>)
        /// An answer was accepted: what is kept if the session ends now.
        case keep(Entries<Field>)
        /// Confirmed.
        case submit(Entries<Field>)
        case end(Ending)
    }

    private enum State: Equatable, Sendable {
        case idle
        case asking(Field, misses: Int)
        case confirming(misses: Int)
        case ended(Ending)
    }

    public let listener: Listener
    /// Refused answers in a row before giving up; nil with a person at a terminal.
    public let maxMisses: Int?
    /// Shows every answer and asks to confirm before submitting.
    public let confirms: Bool
    public internal(set) var entries: Entries<Field>
    private var state = State.idle

    public init(listener: Listener, entries: Entries<Field>, maxMisses: Int? = nil, confirms: Bool = true) {
        self.listener = listener
        self.entries = entries
        self.maxMisses = maxMisses
        self.confirms = confirms
    }

    // What the state says, each readable alone (and settable by tests, to say how the state changes).

    /// The field waiting for an answer.
    public internal(set) var asking: Field? {
        get { if case .asking(let f, _) = state { f } else { nil } }
        set { state = newValue.map { .asking($0, misses: 0) } ?? .confirming(misses: 0) }
    }

    public internal(set) var isConfirming: Bool {
        get { if case .confirming = state { true } else { false } }
        set { if newValue { state = .confirming(misses: 0) } }
    }

    public internal(set) var ending: Ending? {
        get { if case .ended(let e) = state { e } else { nil } }
        set { if let newValue { state = .ended(newValue) } }
    }

    /// Refused lines in a row.
    public internal(set) var misses: Int {
        get {
            switch state {
            case .asking(_, let m), .confirming(let m): return m
            case .idle, .ended: return 0
            }
        }
        set {
            switch state {
            case .asking(let f, _): state = .asking(f, misses: newValue)
            case .confirming: state = .confirming(misses: newValue)
            case .idle, .ended: break
            }
        }
    }

    public mutating func start() -> [Action] {
        next()
    }

    public mutating func receive(_ line: String) -> [Action] {
        switch state {
        case .idle, .ended: return []
        case .asking, .confirming: break
        }
        if line.utf8.count > Misunderstanding.longestAnswer {
            return miss(.tooLong(line.utf8.count), said: String(TerminalText.stripped(String(line.prefix(40)))))
        }
        let text = TerminalText.stripped(line).trimmingSpaces
        if let command = Command.read(text) { return run(command) }
        guard case .asking(let field, _) = state else { return confirm(text) }
        if text.isEmpty {
            // Enter takes what the brackets show: the answer given (asked again by back or change), else the default.
            guard let kept = entries[field] else { return [.say(.needsAnswer(field)), ask(field)] }
            return take(field, kept, saying: .skipped(field, kept))
        }
        // A question at a free-text field is a question, not the answer.
        if listener.kind(of: field) == .name, Understand.asksSomething(text) { return [.say(.explain(field)), ask(field)] }
        // "keep them", "as is": what the brackets show, as Enter takes it.
        if keepWords.contains(String(text.lowercased().filter { !".!,?".contains($0) }).trimmingSpaces), let kept = entries[field] {
            return take(field, kept, saying: .skipped(field, kept))
        }
        let heard = listener.hear(text, asking: field)
        if !heard.facts.isEmpty { return fill(heard) }
        if Understand.asksSomething(text) {
            // "what counts as a meeting?": the field the question names, else the one asked.
            let named = listener.field(named: text).flatMap { entries.fields.contains($0) ? $0 : nil } ?? field
            return [.say(.explain(named)), ask(field)]
        }
        if !heard.unplaced.isEmpty { return [.say(.unplaced(heard.unplaced))] + miss(nil, said: text) }
        return miss(heard.refusal ?? .notUnderstood(listener.kind(of: field)), said: text)
    }

    /// The confirmation: yes saves; figures said are changes; no asks which.
    mutating func confirm(_ text: String) -> [Action] {
        let heard = listener.hear(text, asking: nil)
        if !heard.facts.isEmpty { return fill(heard) }
        if Understand.asksSomething(text) {
            let named = listener.field(named: text).flatMap { entries.fields.contains($0) ? $0 : nil }
            return [.say(named.map(FieldMessage.explain) ?? .help(nil)), .reconfirm]
        }
        switch Understand.yesNo(text.isEmpty ? "yes" : text) {
        case .success(let r) where r.value:
            state = .ended(.saved)
            return [.submit(entries), .end(.saved)]
        case .success:
            state = .confirming(misses: 0)
            return [.say(.whatToChange), .reconfirm]
        case .failure(let why):
            if !heard.unplaced.isEmpty { return [.say(.unplaced(heard.unplaced))] + miss(nil, said: text) }
            return miss(why, said: text)
        }
    }

    /// Takes every fact heard, says them back with what they replaced, and goes on.
    mutating func fill(_ heard: FieldHearing<Field>) -> [Action] {
        var said: [FieldMessage<Field>.Heard] = []
        for fact in heard.facts where entries.fields.contains(fact.field) {
            said.removeAll { $0.field == fact.field }
            said.append(.init(field: fact.field, value: fact.value, was: entries.values[fact.field]))
            entries.values[fact.field] = fact.value
        }
        var actions: [Action] = [.say(.heard(said))]
        if !heard.unplaced.isEmpty { actions.append(.say(.unplaced(heard.unplaced))) }
        return actions + [.keep(entries)] + next(after: asking)
    }

    mutating func take(_ field: Field, _ value: FieldValue, saying message: FieldMessage<Field>) -> [Action] {
        entries.values[field] = value
        return [.say(message), .keep(entries)] + next(after: field)
    }

    /// A refused line: say why and ask again, or give up after too many in a row.
    mutating func miss(_ why: Misunderstanding?, said: String) -> [Action] {
        let misses = self.misses + 1
        let field = asking
        var actions: [Action] = why.map { [.say(.refused(field, $0, said: said, attempt: misses))] } ?? []
        if let max = maxMisses, misses >= max {
            state = .ended(.gaveUp)
            return actions + [.say(.gaveUp(misses: misses)), .end(.gaveUp)]
        }
        if let field {
            state = .asking(field, misses: misses)
            actions.append(ask(field))
        } else {
            state = .confirming(misses: misses)
            actions.append(.confirm(entries))
        }
        return actions
    }

    public mutating func quit() -> [Action] {
        guard ending == nil else { return [] }
        state = .ended(.quit)
        return [.end(.quit)]
    }

    public mutating func endOfInput() -> [Action] {
        guard ending == nil else { return [] }
        state = .ended(.inputEnded)
        return [.end(.inputEnded)]
    }

    mutating func run(_ command: Command) -> [Action] {
        let field = asking
        switch command {
        case .quit: return quit()
        case .help: return [.say(.help(field)), reask()]
        case .why: return field.map { [.say(.why($0)), ask($0)] } ?? [.say(.help(nil)), reask()]
        case .summary: return [.summary(entries), reask()]
        case .back:
            let index = field.flatMap { entries.fields.firstIndex(of: $0) } ?? entries.fields.count
            guard index > 0 else { return [.say(.nothingToGoBackTo), reask()] }
            return [ask(entries.fields[index - 1])]
        case .skip, .dontKnow:
            guard let field else { return [.say(.help(nil)), reask()] }
            guard let fallback = entries[field] else { return [.say(.cannotSkip(field)), ask(field)] }
            return take(field, fallback, saying: command == .dontKnow ? .dontKnow(field, fallback) : .skipped(field, fallback))
        case .finish:
            for f in entries.fields where entries.values[f] == nil {
                guard let fallback = entries.fallbacks[f] else { return [.say(.needsAnswer(f)), ask(f)] }
                entries.values[f] = fallback
            }
            return [.say(.finishing), .keep(entries)] + next()
        case .restart:
            entries.values = [:]
            return next()
        case .change(_, let rest):
            return change(rest)
        case .remove:
            return [.say(.help(field)), reask()]
        }
    }

    /// "change emails to 130", "change the note to sick monday", "change hours": the value when one is said, else the
    /// field's question.
    mutating func change(_ rest: String) -> [Action] {
        let heard = listener.hear(rest, asking: nil)
        if !heard.facts.isEmpty { return fill(heard) }
        guard let target = listener.field(named: rest), entries.fields.contains(target) else {
            return [.say(.whatToChange), reask()]
        }
        for joint in [" to ", " should be ", " = ", " is ", ": "] {
            guard let range = rest.range(of: joint, options: .caseInsensitive) else { continue }
            let value = String(rest[range.upperBound...]).trimmingSpaces
            let said = listener.hear(value, asking: target)
            if !value.isEmpty, !said.facts.isEmpty { return fill(said) }
        }
        return [ask(target)]
    }

    /// The question open again, or the confirmation.
    mutating func reask() -> Action {
        if let field = asking { return ask(field) }
        return .confirm(entries)
    }

    /// The next field without a value (from `field` on, then from the top), or the confirmation.
    mutating func next(after field: Field? = nil) -> [Action] {
        let start = field.flatMap { entries.fields.firstIndex(of: $0) } ?? 0
        let order = entries.fields[start...] + entries.fields[..<start]
        if let open = order.first(where: { entries.values[$0] == nil }) { return [ask(open)] }
        guard confirms else {
            state = .ended(.saved)
            return [.submit(entries), .end(.saved)]
        }
        state = .confirming(misses: 0)
        return [.confirm(entries)]
    }

    mutating func ask(_ field: Field) -> Action {
        if asking != field { state = .asking(field, misses: 0) }
        return .ask(field, number: entries.number(of: field), of: entries.fields.count)
    }
}

/// Words that keep what Enter would take: "keep them", "as is", "the same".
private let keepWords: Set<String> = [
    "keep", "keep them", "keep it", "keep that", "keep those", "as is", "as it is", "same", "the same", "no change", "unchanged",
    "leave it", "same as before", "keep the blocks i have", "keep what i have", "keep as is",
]
