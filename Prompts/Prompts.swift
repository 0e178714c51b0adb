import Foundation
import Mustache
import Yams

/// Every word salesplan shows, read from `Prompts/` (or a manager's reworded copy) and filled by Mustache.
public struct PromptBook: Sendable {
    /// Dotted keys (`refusal.rate.above_all`) to their compiled templates.
    private let texts: [String: MustacheTemplate]
    /// Whole-file templates by file name (`plan.md`).
    private let files: [String: MustacheTemplate]
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
        return try PromptBook(folders: folders)
    }

    /// Where the shipped words may be: beside the binary (SwiftPM), or under `share/` of an install prefix.
    static func shippedCandidates() -> [URL] {
        var bases: [URL] = []
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if exe.path != "/proc/self/exe" { bases.append(exe.deletingLastPathComponent()) }
        if let main = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent(),
           !bases.contains(main) {
            bases.append(main)
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
        var texts: [String: MustacheTemplate] = [:]
        var files: [String: MustacheTemplate] = [:]
        for folder in folders {
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
                    files[String(name.dropLast(".mustache".count))] = try Self.compile(source, file: url.path)
                    continue
                }
                let tree: Any?
                do {
                    tree = try Yams.load(yaml: source)
                } catch {
                    throw .unreadable(file: url.path, detail: "\(error)")
                }
                for (key, text) in Self.flatten(tree, prefix: "") {
                    texts[key] = try Self.compile(text, file: "\(url.path) (\(key))")
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

    private static func flatten(_ node: Any?, prefix: String) -> [(String, String)] {
        switch node {
        case let map as [String: Any]:
            return map.flatMap { flatten($0.value, prefix: prefix.isEmpty ? $0.key : "\(prefix).\($0.key)") }
        case let list as [Any]:
            return list.enumerated().flatMap { flatten($0.element, prefix: "\(prefix).\($0.offset)") }
        case let text as String:
            return [(prefix, text)]
        case .some(let other):
            return [(prefix, "\(other)")]
        case .none:
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
        guard let template = texts[key] else { return "[\(key)]" }
        return template.render(values)
    }

    /// The text for `key` that agrees with `count`: `key.one` for 1, else `key.other` (else `key`).
    public func text(_ key: String, count: Int, _ values: [String: Any] = [:]) -> String {
        let form = count == 1 ? "\(key).one" : "\(key).other"
        return text(has(form) ? form : key, values)
    }

    /// A whole-file template (`plan.md`) filled with `context`.
    public func file(_ name: String, _ context: [String: Any]) -> String? {
        files[name]?.render(context)
    }
}
