import Understanding

/// Something a short conversation says; the words live in Prompts/ and are chosen by the shell.
public enum FieldMessage<Field: Hashable & Sendable & Codable>: Equatable, Sendable {
    /// Values taken from a line, each with what it replaced.
    case heard([Heard])
    /// Figures a line gave that fit no field: said back, never dropped.
    case unplaced([WeekHearing.Unplaced])
    case refused(Field?, Misunderstanding, said: String, attempt: Int)
    case needsAnswer(Field)
    case help(Field?)
    case why(Field)
    /// A question asked back ("what does blended mean?").
    case explain(Field)
    case skipped(Field, FieldValue)
    /// "I don't know": what Enter takes is used, and said.
    case dontKnow(Field, FieldValue)
    case cannotSkip(Field)
    case finishing
    case nothingToGoBackTo
    /// "No" at the confirmation: which figure to change, and how.
    case whatToChange
    /// The form ends after `misses` refused lines in a row.
    case gaveUp(misses: Int)

    public struct Heard: Equatable, Sendable {
        public var field: Field
        public var value: FieldValue
        public var was: FieldValue?
    }
}
