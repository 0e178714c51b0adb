import Foundation
import Mustache
import Yams

/// Every word salesplan shows, read from `Prompts/` (or a manager's reworded copy) and filled by Mustache.
public struct PromptBook: Sendable {
    /// Dotted keys (`refusal.rate.above_all`) to their template text; compiled when first used.
    private let texts: [String: String]
    /// Whole-file templates by file name (`plan.md`).
    private let files: [String: String]
    private let compiled = TemplateCache()
    /// The folders read, base first.
    public let folders: [URL]

    /// Why the words could not be loaded; says where it looked.
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case notFound(looked: [String])
        case unreadable(file: String, detail: String)

        public var description: String {
            switch self {
            case .notFound(let looked):
                return "salesplan: cannot find its words (the Prompts folder). Looked in:\n"
                    + looked.map { "  \($0)" }.joined(separator: "\n")
                    + "\nReinstall salesplan, or point --prompts or SALESPLAN_PROMPTS at a Prompts folder."
            case .unreadable(let file, let detail):
                return "salesplan: cannot read \(file): \(detail)"
            }
        }
    }

    /// The language folder inside a Prompts folder.
    public static let language = "en"
    static let bundleName = "salesplan_Prompts.resources"
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// Loads the shipped words, then a manager's folder over them (`--prompts`, else `$SALESPLAN_PROMPTS`).
    public static func load(override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(LoadError) -> PromptBook
    {
        let chosen = override ?? environment["SALESPLAN_PROMPTS"].flatMap { $0.isEmpty ? nil : $0 }
        var folders: [URL] = []
        let shipped = shippedCandidates()
        if let found = shipped.first(where: isFolder) { folders.append(found) }
        if let chosen {
            let url = URL(fileURLWithPath: chosen)
            let inner = url.appendingPathComponent(language)
            guard isFolder(url) else { throw .notFound(looked: [url.path]) }
            folders.append(isFolder(inner) ? inner : url)
        }
        guard !folders.isEmpty else { throw .notFound(looked: shipped.map(\.path)) }
        return try loaded.book(for: folders) { () throws(LoadError) in try PromptBook(folders: folders) }
    }

    /// Books already read in this process, so help text and the command share one read.
    private static let loaded = BookCache()

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
                dir.appendingPathComponent(bundleName).appendingPathComponent(language),
                dir.deletingLastPathComponent().appendingPathComponent("share/salesplan")
                    .appendingPathComponent(bundleName).appendingPathComponent(language),
            ]
        }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Reads every `.yaml` file (keys flattened with dots) and every `.mustache` file of each folder; later folders win.
    public init(folders: [URL]) throws(LoadError) {
        var texts: [String: String] = [:]
        var files: [String: String] = [:]
        for (position, folder) in folders.enumerated() {
            // A manager's reworded folder is checked as it is read, so a broken template names its file.
            let check = position > 0
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names {
                let url = folder.appendingPathComponent(name)
                guard name.hasSuffix(".yaml") || name.hasSuffix(".mustache") else { continue }
                let source: String
                do {
                    source = try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw .unreadable(file: url.path, detail: error.localizedDescription)
                }
                if name.hasSuffix(".mustache") {
                    if check { _ = try Self.compile(source, file: url.path) }
                    files[String(name.dropLast(".mustache".count))] = source
                    continue
                }
                let tree: Node?
                do {
                    // The basic resolver reads every value as text, without the default resolver's regular expressions.
                    tree = try Yams.compose(yaml: source, .basic)
                } catch {
                    throw .unreadable(file: url.path, detail: "\(error)")
                }
                for (key, text) in Self.flatten(tree, prefix: "") {
                    if check { _ = try Self.compile(text, file: "\(url.path) (\(key))") }
                    texts[key] = text
                }
            }
        }
        self.texts = texts
        self.files = files
        self.folders = folders
    }

    private static func compile(_ text: String, file: String) throws(LoadError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: textPragma + text)
        } catch {
            throw .unreadable(file: file, detail: "\(error)")
        }
    }

    /// Compiles every template now, so a broken one is reported by file and key rather than shown as its key.
    public func validate() throws(LoadError) {
        for (key, text) in texts { _ = try Self.compile(text, file: "\(key)") }
        for (name, text) in files { _ = try Self.compile(text, file: name) }
    }

    private func template(_ key: String, _ source: String?) -> MustacheTemplate? {
        guard let source else { return nil }
        return compiled.template(for: key) { try? Self.compile(source, file: key) }
    }

    private static func flatten(_ node: Node?, prefix: String) -> [(String, String)] {
        switch node {
        case .mapping(let map):
            return map.flatMap { pair -> [(String, String)] in
                let key = pair.key.string ?? ""
                return flatten(pair.value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)")
            }
        case .sequence(let list):
            return list.enumerated().flatMap { flatten($0.element, prefix: "\(prefix).\($0.offset)") }
        case .scalar(let scalar):
            return [(prefix, scalar.string)]
        case .alias, .none:
            return []
        }
    }

    /// Every text under `prefix.` by the rest of its key, rendered with no values (for data such as the catalogue).
    public func entries(under prefix: String) -> [String: String] {
        var found: [String: String] = [:]
        for key in texts.keys where key.hasPrefix(prefix + ".") {
            found[String(key.dropFirst(prefix.count + 1))] = text(key)
        }
        return found
    }

    /// Whether a text exists for `key`.
    public func has(_ key: String) -> Bool { texts[key] != nil }

    /// All keys, for checks that every message the code names is worded.
    public var keys: Set<String> { Set(texts.keys) }

    /// The text for `key`, filled with `values`; a missing key shows itself rather than failing.
    public func text(_ key: String, _ values: [String: Any] = [:]) -> String {
        guard let template = template(key, texts[key]) else { return "[\(key)]" }
        return template.render(values)
    }

    /// The text for `key` that agrees with `count`: `key.one` for 1, else `key.other` (else `key`).
    public func text(_ key: String, count: Int, _ values: [String: Any] = [:]) -> String {
        let form = count == 1 ? "\(key).one" : "\(key).other"
        return text(has(form) ? form : key, values)
    }

    /// A whole-file template (`plan.md`) filled with `context`.
    public func file(_ name: String, _ context: [String: Any]) -> String? {
        template("file:" + name, files[name])?.render(context)
    }
}

/// Compiled templates, made on first use and kept for the process.
final class TemplateCache: @unchecked Sendable {
    private let lock = NSLock()
    private var templates: [String: MustacheTemplate] = [:]

    func template(for key: String, make: () -> MustacheTemplate?) -> MustacheTemplate? {
        lock.lock()
        defer { lock.unlock() }
        if let found = templates[key] { return found }
        let made = make()
        templates[key] = made
        return made
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
