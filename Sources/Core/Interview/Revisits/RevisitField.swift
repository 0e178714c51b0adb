import Planner
import Tracking
import Understanding

/// One choice a revisit asks, with how its answer is read.
public enum RevisitField: String, Hashable, Sendable, Codable, CaseIterable {
    case ratios, openOpportunities, prospectingHours, timeBlocks, reason

    public var kind: AnswerKind {
        switch self {
        case .ratios: return .ratios
        case .openOpportunities: return .count
        case .prospectingHours: return .hours
        case .timeBlocks: return .timeBlocks
        case .reason: return .name
        }
    }
}

/// Hears a revisit's choices: "blended", "my own numbers", "12 open", "10 hours", "Tue and Thu 9-11".
public struct RevisitListener: FieldListener {
    /// Selling days a week, for hours said a day.
    public let workingDays: Int

    public init(workingDays: Int = 5) {
        self.workingDays = workingDays
    }

    static let negations: Set<String> = ["not", "no", "don't", "dont", "never", "without", "instead", "rather"]

    static let ratioWords: [(Recalibration.Choice, Set<String>)] = [
        (.blended, ["blended", "blend", "mix", "mixed", "both", "middle", "combined", "weighted"]),
        (.actual, ["actual", "actuals", "real", "mine", "own", "reality", "happened", "measured", "my"]),
        (.planned, ["planned", "plan", "plan's", "original", "same", "unchanged", "keep"]),
    ]

    public func hear(_ text: String, asking: RevisitField?) -> FieldHearing<RevisitField> {
        guard let asking, !Understand.asksSomething(text) else { return FieldHearing() }
        switch read(text, as: asking) {
        case .success(let value): return FieldHearing(facts: [.init(asking, value)])
        case .failure(let why): return FieldHearing(refusal: why)
        }
    }

    func read(_ text: String, as field: RevisitField) -> Result<FieldValue, Misunderstanding> {
        switch field {
        case .ratios: return ratios(text)
        case .openOpportunities: return Understand.count(text).map { .count($0.value) }
        case .prospectingHours: return Understand.hoursAWeek(text, workingDays: workingDays).map { .hours($0.value) }
        case .timeBlocks: return Understand.timeBlocks(text).map { .timeBlocks($0.value) }
        case .reason: return .success(.text(text))
        }
    }

    /// "planned, the actuals are a fluke", "not blended, my own": the choice said and not taken back; two is asked again.
    func ratios(_ text: String) -> Result<FieldValue, Misunderstanding> {
        let words = Lexer.tokens(text).compactMap { if case .word(let w) = $0 { w } else { nil } }
        var chosen: [Recalibration.Choice] = []
        for (i, word) in words.enumerated() {
            guard let choice = Self.ratioWords.first(where: { $0.1.contains(word) })?.0 else { continue }
            let before = words[max(0, i - 2)..<i], after = words[(i + 1)..<min(words.count, i + 4)]
            if !Self.negations.isDisjoint(with: before) || after.contains("fluke") || after.contains("flukes") { continue }
            if !chosen.contains(choice) { chosen.append(choice) }
        }
        guard chosen.count == 1, let choice = chosen.first else { return .failure(.notUnderstood(.ratios)) }
        return .success(.choice(choice.rawValue))
    }

    public func field(named text: String) -> RevisitField? {
        let lowered = text.lowercased()
        let names: [(RevisitField, [String])] = [
            (.ratios, ["ratio", "blend", "planned", "actual"]), (.openOpportunities, ["open", "opportunit", "pipeline", "opps"]),
            (.prospectingHours, ["hour"]), (.timeBlocks, ["block", "calendar", "when"]), (.reason, ["reason"]),
        ]
        return names.first { $0.1.contains(where: lowered.contains) }?.0
    }

    public func kind(of field: RevisitField) -> AnswerKind { field.kind }
}
