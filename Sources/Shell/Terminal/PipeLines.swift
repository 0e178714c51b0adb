import Foundation
import Glibc
import Planner
import Understanding

/// Lines from a pipe or a file: one buffered reader for the whole session, so no line is lost.
/// The prompt is still shown, with the line read echoed after it, so the screen reads as a conversation.
public final class PipeLines: LineSource {
    private let handle: FileHandle
    private let screen: Screen
    private var buffer = Data()
    private var atEnd = false
    /// A line longer than this is cut: nobody types 64 KB in answer to a question.
    public static let longestLine = 64 * 1024

    public init(handle: FileHandle = .standardInput, screen: Screen) {
        self.handle = handle
        self.screen = screen
    }

    public var isTerminal: Bool { false }

    public func read(prompt: String, choices: [String]) -> LineEvent {
        guard let line = nextLine() else { return .ended }
        screen.show(prompt + TerminalText.stripped(String(line.prefix(Misunderstanding.longestAnswer))))
        return .line(line)
    }

    /// What the input has now, as soon as it has any (a line typed into a pipe is answered before the next one
    /// comes). `availableData` traps on a read error (standard input a folder, or closed): here any error ends the
    /// input, as end of input does, drafts kept.
    static func available(_ fd: Int32) -> Data {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            return n > 0 ? Data(buffer[0..<n]) : Data()
        }
    }

    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var lineData = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if lineData.last == 0x0D { lineData = lineData.dropLast() }
                return String(decoding: lineData.prefix(Self.longestLine), as: UTF8.self)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let rest = buffer
                buffer.removeAll()
                return String(decoding: rest.prefix(Self.longestLine), as: UTF8.self)
            }
            let chunk = Self.available(handle.fileDescriptor)
            if chunk.isEmpty {
                atEnd = true
            } else {
                buffer.append(chunk)
                if buffer.count > 4 * Self.longestLine, buffer.firstIndex(of: 0x0A) == nil {
                    // A line that never ends: keep its start, drop the rest until the newline.
                    buffer = buffer.prefix(Self.longestLine)
                }
            }
        }
    }
}
