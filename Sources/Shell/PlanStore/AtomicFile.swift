import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: a temporary file in the same folder, fsync, rename, fsync the folder.
public enum AtomicFile {
    /// Owner read and write only: plans carry pay data.
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700
    /// Temporary files start with this, so a later run can recognise and clear leftovers.
    public static let temporaryPrefix = ".salesplan-tmp-"

    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            "\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(url.lastPathComponent)")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode)
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: Self.reason(errno)) }
        var failure: Int32?
        // The umask may have narrowed the mode; never widen past 0600 either.
        if fchmod(fd, fileMode) != 0 { failure = errno }
        if failure == nil {
            failure = data.withUnsafeBytes { buffer -> Int32? in
                var offset = 0
                while offset < buffer.count {
                    let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += n
                }
                return nil
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = errno }
        if let failure {
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: Self.reason(failure))
        }
        syncFolder(folder)
    }

    /// Makes the rename itself durable.
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Removes temporary files a killed run left in `folder`; a running session's files (its process id is in
    /// the name) are left alone.
    public static func clearLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) {
            let pid = name.dropFirst(temporaryPrefix.count).prefix { $0.isNumber }
            if let pid = pid_t(pid), pid > 0, kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
