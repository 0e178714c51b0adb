import Foundation
import Prompts

/// Finds and reads the folders of words: the shipped `Prompts/` beside the binary or under an install prefix, and a
/// manager's reworded copy from `--prompts` or `$SALESPLAN_PROMPTS`.
extension PromptBook {
    /// Loads the shipped words, then a manager's folder over them (`--prompts`, else `$SALESPLAN_PROMPTS`).
    public static func load(override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(LoadError) -> PromptBook
    {
        let chosen = override ?? environment["SALESPLAN_PROMPTS"].flatMap { $0.isEmpty ? nil : $0 }
        var folders: [URL] = []
        let shipped = PromptFolders.shippedCandidates()
        if let found = shipped.first(where: PromptFolders.isFolder) { folders.append(found) }
        if let chosen {
            let url = URL(fileURLWithPath: chosen)
            let inner = url.appendingPathComponent(language)
            guard PromptFolders.isFolder(url) else { throw .notFound(looked: [url.path]) }
            folders.append(PromptFolders.isFolder(inner) ? inner : url)
        }
        guard !folders.isEmpty else { throw .notFound(looked: shipped.map(\.path)) }
        return try PromptFolders.loaded.book(for: folders) { () throws(LoadError) in try PromptBook(folders: folders) }
    }

    /// Reads every `.yaml` and `.mustache` file of each folder: the first is the shipped words, later ones reword them.
    public init(folders: [URL]) throws(LoadError) {
        let read = try folders.map { folder throws(LoadError) in try PromptFolders.sources(in: folder) }
        try self.init(shipped: read.first ?? [], reworded: Array(read.dropFirst().joined()), folders: folders.map(\.path))
    }
}

/// Where the words are looked for, and the books already read in this process.
enum PromptFolders {
    /// Books already read in this process, so help text and the command share one read.
    static let loaded = BookCache()

    /// Where the shipped words may be: beside the binary (SwiftPM), or under `share/` of an install prefix.
    static func shippedCandidates() -> [URL] {
        var bases: [URL] = []
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if exe.path != "/proc/self/exe" { bases.append(exe.deletingLastPathComponent()) }
        if let first = CommandLine.arguments.first, first.contains("/") {
            let invoked = URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent()
            if !bases.contains(invoked) { bases.append(invoked) }
        }
        return bases.flatMap { dir in
            [
                dir.appendingPathComponent(PromptBook.bundleName).appendingPathComponent(PromptBook.language),
                dir.deletingLastPathComponent().appendingPathComponent("share/salesplan")
                    .appendingPathComponent(PromptBook.bundleName).appendingPathComponent(PromptBook.language),
            ]
        }
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The folder's `.yaml` and `.mustache` files, by name.
    static func sources(in folder: URL) throws(PromptBook.LoadError) -> [PromptBook.Source] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return try names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".mustache") }.map { name throws(PromptBook.LoadError) in
            let url = folder.appendingPathComponent(name)
            do {
                return PromptBook.Source(path: url.path, text: try String(contentsOf: url, encoding: .utf8))
            } catch {
                throw .unreadable(file: url.path, detail: error.localizedDescription)
            }
        }
    }
}

/// Prompt books by the folders they were read from.
final class BookCache: @unchecked Sendable {
    private let lock = NSLock()
    private var books: [[URL]: PromptBook] = [:]

    func book(for folders: [URL], make: () throws(PromptBook.LoadError) -> PromptBook) throws(PromptBook.LoadError) -> PromptBook {
        lock.lock()
        defer { lock.unlock() }
        if let found = books[folders] { return found }
        let made = try make()
        books[folders] = made
        return made
    }
}
