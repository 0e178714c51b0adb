import Foundation
import Glibc

/// Reads a regular file whole, never more than a limit: links, folders, pipes and devices are refused unread.
public enum BoundedFile {
    /// What was found at the path.
    public enum Found: Equatable, Sendable {
        case missing
        case data(Data)
    }

    /// The file's bytes, `.missing` when nothing is there; `followLinks` for paths a person typed.
    public static func read(_ path: String, limit: Int, followLinks: Bool = false) throws(StoreError) -> Found {
        var flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
        if !followLinks { flags |= O_NOFOLLOW }
        let fd = open(path, flags)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return .missing }
            if code == ELOOP { throw .notAFile(path: path) }
            throw .cannotRead(path: path, reason: AtomicFile.reason(code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: AtomicFile.reason(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFile(path: path) }
        guard Int(info.st_size) <= limit else { throw .tooLarge(path: path, limit: limit) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .cannotRead(path: path, reason: AtomicFile.reason(errno))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
            // The file may have grown since fstat.
            guard data.count <= limit else { throw .tooLarge(path: path, limit: limit) }
        }
        return .data(data)
    }
}
