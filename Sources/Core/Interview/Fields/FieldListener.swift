import Planner
import Understanding

/// How a short conversation hears a line: the fields it fills, said in any order, several at once.
public protocol FieldListener: Equatable, Sendable {
    associatedtype Field: Hashable, Sendable, Codable
    /// The fields a line fills while `asking` is open (nil at the confirmation); a bare answer fills `asking`.
    func hear(_ text: String, asking: Field?) -> FieldHearing<Field>
    /// The field a phrase names ("emails", "deals lost"), for "change X".
    func field(named text: String) -> Field?
    func kind(of field: Field) -> AnswerKind
}

/// What a line gave: the values in the order said, figures that fit no field, or why nothing could be read.
public struct FieldHearing<Field: Hashable & Sendable>: Equatable, Sendable {
    public struct Fact: Equatable, Sendable {
        public var field: Field
        public var value: FieldValue

        public init(_ field: Field, _ value: FieldValue) {
            self.field = field
            self.value = value
        }
    }

    public var facts: [Fact] = []
    public var unplaced: [WeekHearing.Unplaced] = []
    public var refusal: Misunderstanding?

    public init(facts: [Fact] = [], unplaced: [WeekHearing.Unplaced] = [], refusal: Misunderstanding? = nil) {
        self.facts = facts
        self.unplaced = unplaced
        self.refusal = refusal
    }
}

/// The answers of a short conversation: its fields in the order asked, what Enter takes for each, what was given.
public struct Entries<Field: Hashable & Sendable & Codable>: Equatable, Sendable, Codable {
    public var fields: [Field]
    /// What Enter, skip or "that's everything" take; a field with none needs an answer.
    public var fallbacks: [Field: FieldValue]
    public var values: [Field: FieldValue] = [:]

    public init(fields: [Field], fallbacks: [Field: FieldValue], values: [Field: FieldValue] = [:]) {
        self.fields = fields
        self.fallbacks = fallbacks
        self.values = values
    }

    public var isEmpty: Bool { values.isEmpty }

    /// The value given, else what Enter would take.
    public subscript(field: Field) -> FieldValue? { values[field] ?? fallbacks[field] }

    func number(of field: Field) -> Int { (fields.firstIndex(of: field) ?? 0) + 1 }
}

extension FieldValue {
    /// A count, or nought.
    public var count: Int { if case .count(let n) = self { n } else { 0 } }
}
