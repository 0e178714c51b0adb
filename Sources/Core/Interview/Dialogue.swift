/// The one kind every conversation is: the interview, the check-in and the revisit. A value whose private state
/// changes only through these events, each returning the actions the shell carries out.
public protocol Dialogue: Sendable {
    associatedtype Action: Equatable & Sendable
    /// What is kept after every accepted answer, and offered for resuming.
    associatedtype Draft: Codable & Sendable

    /// Opens the conversation, offering to resume `draft` when there is one.
    mutating func start(draft: Draft?) -> [Action]
    /// One line the person typed (without its newline).
    mutating func receive(_ line: String) -> [Action]
    /// Quit on the person's word or a signal, keeping the draft.
    mutating func quit() -> [Action]
    /// The input ended before the conversation did.
    mutating func endOfInput() -> [Action]
}

extension Interview: Dialogue {}
extension CheckInDialogue: Dialogue {}
extension RevisitDialogue: Dialogue {}
