import Foundation
import Glibc
import Planner

/// The folder that holds every rep's plan, one sub-folder per rep named by the contract's slug.
public struct PlansFolder: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// `--dir`, else `$SALESPLAN_DIR`, else `$XDG_DATA_HOME/salesplan`, else `~/.local/share/salesplan`.
    public static func resolve(dir: String?, environment: [String: String]) throws(StoreError) -> PlansFolder {
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        if let dir = nonEmpty(dir) ?? nonEmpty(environment["SALESPLAN_DIR"]) {
            return PlansFolder(root: URL(fileURLWithPath: dir))
        }
        if let data = nonEmpty(environment["XDG_DATA_HOME"]) {
            return PlansFolder(root: URL(fileURLWithPath: data).appendingPathComponent("salesplan"))
        }
        guard let home = nonEmpty(environment["HOME"]) else { throw .noHome }
        return PlansFolder(root: URL(fileURLWithPath: home).appendingPathComponent(".local/share/salesplan"))
    }

    /// The rep's folder, inside the plans folder whatever the slug says. When it exists it must be a plain folder
    /// (not a link) owned by this user, for every command alike: a link could send a check-in anywhere, and a folder
    /// another user made in a shared plans folder is theirs to change.
    public func folder(for slug: String) throws(StoreError) -> URL {
        guard Self.isSafe(slug) else { throw .unsafeName(slug) }
        let folder = root.appendingPathComponent(slug, isDirectory: true).standardizedFileURL
        guard folder.deletingLastPathComponent().path == root.path else { throw .unsafeName(slug) }
        var info = stat()
        if lstat(folder.path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path: folder.path) }
            guard info.st_uid == geteuid() else { throw .notOwned(path: folder.path) }
        }
        return folder
    }

    /// One path component of letters, digits and single hyphens; never `.` or `..`.
    public static func isSafe(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 120 && slug != "." && slug != ".."
            && slug.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// Creates the rep's folder (0700) and the plans folder above it when missing.
    public func prepare(slug: String) throws(StoreError) -> URL {
        let folder = try folder(for: slug)
        try Self.makeFolder(root, tightening: false)
        try Self.makeFolder(folder, tightening: true)
        AtomicFile.clearLeftovers(in: folder)
        return folder
    }

    /// Creates `url` and missing parents with mode 0700. An existing link or file in its place is refused.
    public static func makeFolder(_ url: URL, tightening: Bool) throws(StoreError) {
        var info = stat()
        if lstat(url.path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path: url.path) }
            if tightening, info.st_mode & 0o077 != 0 { chmod(url.path, AtomicFile.folderMode) }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path, lstat(parent.path, &info) != 0 {
            try makeFolder(parent, tightening: false)
        }
        if mkdir(url.path, AtomicFile.folderMode) != 0, errno != EEXIST {
            throw .cannotCreateFolder(path: url.path, reason: AtomicFile.reason(errno))
        }
        chmod(url.path, AtomicFile.folderMode)
    }

    /// Writes the plan's files whole, each atomically, syncing the folder once.
    public func save(slug: String, files: [(name: String, data: Data)]) throws(StoreError) -> [URL] {
        try Self.write(files, in: try prepare(slug: slug))
    }

    /// The same into a folder already prepared (and locked by the caller).
    public static func write(_ files: [(name: String, data: Data)], in folder: URL) throws(StoreError) -> [URL] {
        let urls = files.map { folder.appendingPathComponent($0.name) }
        try AtomicFile.write(zip(files, urls).map { ($0.data, $1) })
        return urls
    }
}
