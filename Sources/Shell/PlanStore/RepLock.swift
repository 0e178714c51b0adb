import Foundation
import Glibc

/// An advisory lock on one rep's folder, held while a session reads what is there, decides and writes.
/// Two sessions saving the same rep take turns; the lock goes when the process does, even on SIGKILL.
public final class RepLock {
    /// How long a session waits for another to finish saving before it gives up.
    public static let patience: Duration = .seconds(10)

    private var fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        release()
    }

    /// Lets the next session in.
    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    /// Waits for the folder's lock (the folder must exist), then clears what killed sessions left half-written.
    public static func acquire(_ folder: URL, patience: Duration = RepLock.patience) throws(StoreError) -> RepLock {
        let path = folder.appendingPathComponent(FolderLayout.lock).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, AtomicFile.fileMode)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: AtomicFile.reason(errno)) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, clock.now < deadline else {
                close(fd)
                throw .busy(path: folder.path)
            }
            usleep(20_000)
        }
        AtomicFile.clearLeftovers(in: folder)
        return RepLock(fd: fd)
    }
}
