/// What came from the person: a line, Ctrl-C, the end of input, or a signal to stop.
public enum LineEvent: Equatable, Sendable {
    case line(String)
    /// Ctrl-C; `hadText` when something was typed on the line it cleared.
    case interrupted(hadText: Bool)
    /// Ctrl-D at an empty prompt, or the end of a pipe.
    case ended
    /// SIGTERM or SIGHUP.
    case terminated(signal: Int32)
}

/// Where lines come from: the line editor on a terminal, a buffered reader on a pipe.
public protocol LineSource: AnyObject {
    /// A person is at a terminal (history, completion, Ctrl-C).
    var isTerminal: Bool { get }
    /// Reads one line after showing `prompt`; `choices` are what Tab completes.
    func read(prompt: String, choices: [String]) -> LineEvent
}

/// Where words go.
public protocol Screen: AnyObject {
    func show(_ text: String)
    func warn(_ text: String)
    /// Columns available for the plan.
    var width: Int { get }
}
