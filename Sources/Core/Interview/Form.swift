import Planner
import Understanding

/// A short conversation that fills named fields in order (a check-in, a revisit's choices), with the interview's
/// commands and readers: the same rules, a simpler route. No I/O: the shell carries out the effects.
public struct Form: Equatable, Sendable {
    /// One question: its key (for words and answers), how its answer is read, and what Enter takes.
    public struct Field: Equatable, Sendable {
        public var key: String
        /// Filled into the question's words: an activity's name.
        public var subject: String?
        public var kind: Kind
        /// What Enter (or skip) takes; nil when an answer is needed.
        public var fallback: Value?

        public init(key: String, subject: String? = nil, kind: Kind, fallback: Value?) {
            self.key = key
            self.subject = subject
            self.kind = kind
            self.fallback = fallback
        }

        /// The field's place in a record: the key, or the key and its subject.
        public var id: String { subject.map { "\(key):\($0)" } ?? key }
    }

    public enum Kind: Equatable, Sendable {
        case count, money, week, text, hours, yesNo, timeBlocks
        /// One of the given words.
        case choice([String])

        var answerKind: AnswerKind {
            switch self {
            case .count: return .count
            case .money: return .money
            case .week: return .week
            case .text: return .name
            case .hours: return .hours
            case .yesNo: return .yesNo
            case .timeBlocks: return .timeBlocks
            case .choice: return .ratios
            }
        }
    }

    public enum Value: Equatable, Sendable {
        case count(Int), money(Double), week(Day), text(String), hours(Double), yes(Bool), choice(String)
        case timeBlocks([TimeBlock])
    }

    public let fields: [Field]
    public let today: Day
    public let maxMisses: Int?
    /// Shows every answer and asks to confirm before submitting.
    public let confirms: Bool
    public internal(set) var values: [String: Value] = [:]
    /// The field being asked; nil when confirming or after the end.
    public internal(set) var current: Int?
    public internal(set) var confirming = false
    public internal(set) var misses = 0
    public internal(set) var ending: Ending?

    public init(fields: [Field], today: Day, maxMisses: Int? = nil, confirms: Bool = true) {
        self.fields = fields
        self.today = today
        self.maxMisses = maxMisses
        self.confirms = confirms
    }

    public enum Effect: Equatable, Sendable {
        case say(Message)
        /// Ask field `index`; `number` of `of` for the progress.
        case ask(index: Int, number: Int, of: Int)
        /// Every field has a value: show them and ask to confirm.
        case confirm([String: Value])
        /// The values so far, on `summary`.
        case summary([String: Value])
        /// Confirmed: the values, by field id.
        case submit([String: Value])
        case end(Ending)
    }

    public enum Message: Equatable, Sendable {
        case readBack(Field, Value)
        case refused(Field, Misunderstanding, said: String, attempt: Int)
        case needsAnswer(Field)
        case help(Field)
        case why(Field)
        case skipped(Field, Value)
        case cannotSkip(Field)
        case finishing
        case nothingToGoBackTo
        case quitting
        case gaveUp
    }

    public mutating func start() -> [Effect] {
        next()
    }

    public mutating func receive(_ line: String) -> [Effect] {
        guard ending == nil else { return [] }
        if line.utf8.count > Misunderstanding.longestAnswer, let index = current {
            return miss(fields[index], .tooLong(line.utf8.count), said: String(TerminalText.stripped(String(line.prefix(40)))), index: index)
        }
        let text = TerminalText.stripped(line).trimmingSpaces
        if let command = Command.read(text) { return run(command) }
        if confirming {
            switch Understand.yesNo(text.isEmpty ? "yes" : text) {
            case .success(let r) where r.value:
                ending = .saved
                confirming = false
                return [.submit(values), .end(.saved)]
            case .success:
                confirming = false
                current = 0
                return [ask(0)]
            case .failure(let why):
                return [.say(.refused(Field(key: "confirm", kind: .yesNo, fallback: .yes(true)), why, said: text, attempt: 1)),
                        .confirm(values)]
            }
        }
        guard let index = current else { return [] }
        let field = fields[index]
        if text.isEmpty {
            guard let fallback = field.fallback else { return [.say(.needsAnswer(field)), ask(index)] }
            values[field.id] = fallback
            return [.say(.skipped(field, fallback))] + next()
        }
        switch read(text, as: field.kind) {
        case .success(let value):
            values[field.id] = value
            misses = 0
            return [.say(.readBack(field, value))] + next()
        case .failure(let why):
            return miss(field, why, said: text, index: index)
        }
    }

    /// A refused answer: say why and ask again, or give up after too many in a row.
    mutating func miss(_ field: Field, _ why: Misunderstanding, said: String, index: Int) -> [Effect] {
        misses += 1
        if let max = maxMisses, misses >= max {
            ending = .gaveUp
            current = nil
            return [.say(.refused(field, why, said: said, attempt: misses)), .say(.gaveUp), .end(.gaveUp)]
        }
        return [.say(.refused(field, why, said: said, attempt: misses)), ask(index)]
    }

    public mutating func quit() -> [Effect] {
        guard ending == nil else { return [] }
        ending = .quit
        current = nil
        return [.say(.quitting), .end(.quit)]
    }

    public mutating func endOfInput() -> [Effect] {
        guard ending == nil else { return [] }
        ending = .inputEnded
        current = nil
        return [.say(.quitting), .end(.inputEnded)]
    }

    func read(_ text: String, as kind: Kind) -> Result<Value, Misunderstanding> {
        switch kind {
        case .count: return Understand.count(text).map { .count($0.value) }
        case .money: return Understand.money(text, allowZero: true).map { .money($0.value) }
        case .week: return Understand.week(text, today: today).map { .week($0.value) }
        case .text: return .success(.text(text))
        case .hours: return Understand.hours(text).map { .hours($0.value) }
        case .yesNo: return Understand.yesNo(text).map { .yes($0.value) }
        case .timeBlocks: return Understand.timeBlocks(text).map { .timeBlocks($0.value) }
        case .choice(let options):
            let lowered = text.lowercased()
            guard let option = options.first(where: { lowered.contains($0) }) else { return .failure(.notUnderstood(.ratios)) }
            return .success(.choice(option))
        }
    }

    mutating func run(_ command: Command) -> [Effect] {
        guard let index = current else {
            if command == .quit { return quit() }
            return confirming ? [.confirm(values)] : []
        }
        let field = fields[index]
        switch command {
        case .help: return [.say(.help(field)), ask(index)]
        case .why: return [.say(.why(field)), ask(index)]
        case .summary: return [.summary(values), ask(index)]
        case .quit: return quit()
        case .back:
            guard index > 0 else { return [.say(.nothingToGoBackTo), ask(index)] }
            current = index - 1
            return [ask(index - 1)]
        case .skip, .dontKnow:
            guard let fallback = field.fallback else { return [.say(.cannotSkip(field)), ask(index)] }
            values[field.id] = fallback
            return [.say(.skipped(field, fallback))] + next()
        case .finish:
            for f in fields where values[f.id] == nil {
                guard let fallback = f.fallback else {
                    current = fields.firstIndex(of: f)
                    return [.say(.needsAnswer(f)), ask(current ?? 0)]
                }
                values[f.id] = fallback
            }
            return [.say(.finishing)] + next()
        case .restart:
            values = [:]
            current = 0
            return [ask(0)]
        case .change(_, let rest):
            let wanted = rest.lowercased()
            guard let target = fields.firstIndex(where: { wanted.contains($0.key.replacingUnderscores) || ($0.subject.map { wanted.contains($0.lowercased()) } ?? false) })
            else { return [.say(.help(field)), ask(index)] }
            current = target
            return [ask(target)]
        case .remove:
            return [.say(.help(field)), ask(index)]
        }
    }

    /// The next field without a value, or the confirmation.
    mutating func next() -> [Effect] {
        if let open = fields.firstIndex(where: { values[$0.id] == nil }) {
            current = open
            return [ask(open)]
        }
        current = nil
        guard confirms else {
            ending = .saved
            return [.submit(values), .end(.saved)]
        }
        confirming = true
        return [.confirm(values)]
    }

    func ask(_ index: Int) -> Effect {
        .ask(index: index, number: index + 1, of: fields.count)
    }
}

extension String {
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
