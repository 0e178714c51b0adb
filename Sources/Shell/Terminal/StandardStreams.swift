import Foundation
import Glibc

/// Writes to standard output and error with plain write(2): a full disk or a closed pipe is an error code
/// to report, never a trap (FileHandle traps on both).
public enum StandardStreams {
    /// Why the last write to standard output failed, if one did.
    nonisolated(unsafe) public private(set) static var outputFailure: Int32?

    public static func out(_ text: String) {
        if !write(STDOUT_FILENO, text), outputFailure == nil { outputFailure = errno }
    }

    public static func error(_ text: String) {
        _ = write(STDERR_FILENO, text)
    }

    /// The reason standard output failed, in the system's words.
    public static var outputFailureReason: String? {
        outputFailure.map { String(cString: strerror($0)) }
    }

    static func write(_ fd: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(n)
        }
        return true
    }
}
