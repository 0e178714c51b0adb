import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Words to standard output, problems to standard error; the width from the terminal, else $COLUMNS, else 80.
public final class StandardScreen: Screen {
    public init() {}

    public func show(_ text: String) {
        StandardStreams.out(text + "\n")
    }

    public func warn(_ text: String) {
        StandardStreams.error(text + "\n")
    }

    public var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
