/// What a command printed and how it ended, so tests can run commands without a process.
public struct Outcome: Equatable, Sendable {
    public var stdout = ""
    public var stderr = ""
    public var status: ExitStatus = .success

    public init() {}

    mutating func say(_ line: String) {
        stdout += line.hasSuffix("\n") ? line : line + "\n"
    }

    mutating func complain(_ line: String) {
        stderr += line.hasSuffix("\n") ? line : line + "\n"
    }

    mutating func fail(_ line: String, _ status: ExitStatus) {
        complain(line)
        self.status = status
    }
}

/// salesplan's exit codes.
public enum ExitStatus: Int32, Equatable, Sendable {
    case success = 0
    /// The answers were refused: bad input from the person.
    case badInput = 1
    /// The command line itself was wrong (swift-argument-parser's own code).
    case usage = 2
    /// A file or folder could not be read or written.
    case files = 3
}
