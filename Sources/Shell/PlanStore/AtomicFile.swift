import Foundation
import Glibc

/// Writes a file whole or not at all: a temporary file in the same folder, fsync, rename, fsync the folder.
public enum AtomicFile {
    /// Owner read and write only: plans carry pay data.
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700
    /// Temporary files start with this, so a later run can recognise and clear leftovers.
    public static let temporaryPrefix = ".salesplan-tmp-"

    /// `durable: false` skips the fsyncs: the file is still replaced whole (a killed process never leaves half of
    /// it), but a power cut may bring back the previous version. Drafts use it; plans and check-ins do not.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws(StoreError) {
        try write([(data, url)], durable: durable)
    }

    /// Several files in one folder, each whole: every temporary file written and synced first, then each renamed
    /// into place, then the folder synced once.
    public static func write(_ files: [(data: Data, url: URL)], durable: Bool = true) throws(StoreError) {
        var staged: [(temporary: URL, url: URL)] = []
        func abandon() { for file in staged { unlink(file.temporary.path) } }
        for file in files {
            do {
                staged.append((try stage(file.data, for: file.url, durable: durable), file.url))
            } catch {
                abandon()
                throw error
            }
        }
        for (n, file) in staged.enumerated() where rename(file.temporary.path, file.url.path) != 0 {
            let code = errno
            for rest in staged[n...] { unlink(rest.temporary.path) }
            throw .cannotWrite(path: file.url.path, reason: Self.reason(code))
        }
        if durable, let folder = files.first?.url.deletingLastPathComponent() { syncFolder(folder) }
    }

    /// The data in a new temporary file beside `url`, synced when `durable`.
    static func stage(_ data: Data, for url: URL, durable: Bool) throws(StoreError) -> URL {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
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
        if durable, failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: Self.reason(failure))
        }
        return temporary
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
