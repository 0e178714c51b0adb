import Foundation
import Mustache
import SafeYAML
import Yams

/// Every word salesplan shows: texts keyed by name, filled by Mustache. A pure value built from the texts of
/// `Prompts/` (and a manager's reworded copy); `PromptFiles` in the shell reads the folders.
public struct PromptBook: Sendable {
    /// The shipped words, dotted keys (`refusal.rate.above_all`) to template text, each file parsed when a key
    /// under one of its top-level names is first asked for; templates are compiled when first used.
    private let shipped: LazyTexts
    /// A manager's reworded texts, read and checked when loaded; they win over the shipped ones.
    private let overrides: [String: String]
    /// Whole-file templates by file name (`plan.md`).
    private let files: [String: String]
    private let compiled = TemplateCache()
    /// Where the texts were read from, base first (for messages; the book itself reads nothing).
    public let folders: [String]

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
    /// The folder SwiftPM copies the shipped words into, beside the binary.
    public static let bundleName = "salesplan_Prompts.resources"
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// A file of texts as read: `.yaml` (keys flattened with dots) or `.mustache` (a whole-file template).
    public struct Source: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }

        var name: String { path.split(separator: "/").last.map(String.init) ?? path }
    }

    /// The book from the shipped files and a manager's reworded ones (which win). The shipped YAML is parsed a file
    /// at a time when first needed; the reworded files are parsed and checked now, so a broken template names its
    /// file before anything is shown.
    public init(shipped shippedSources: [Source], reworded: [Source] = [], folders: [String] = []) throws(LoadError) {
        var lazy: [Source] = []
        var overrides: [String: String] = [:]
        var files: [String: String] = [:]
        for (sources, check) in [(shippedSources, false), (reworded, true)] {
            for source in sources {
                if source.name.hasSuffix(".mustache") {
                    if check { _ = try Self.compile(source.text, file: source.path) }
                    files[String(source.name.dropLast(".mustache".count))] = source.text
                } else if check {
                    for (key, text) in try Self.parse(source.text, file: source.path) {
                        _ = try Self.compile(text, file: "\(source.path) (\(key))")
                        overrides[key] = text
                    }
                } else {
                    lazy.append(source)
                }
            }
        }
        shipped = LazyTexts(files: lazy)
        self.overrides = overrides
        self.files = files
        self.folders = folders
    }

    /// A YAML file's texts, keys flattened with dots.
    static func parse(_ source: String, file: String) throws(LoadError) -> [(String, String)] {
        do {
            // The basic resolver reads every value as text, without the default resolver's regular expressions.
            return flatten(try SafeYAML.compose(source), prefix: "")
        } catch {
            throw .unreadable(file: file, detail: "\(error)")
        }
    }

    /// Sections open inside one another past this are refused before parsing: the parser recurses once per level.
    static let deepestSections = 64

    private static func compile(_ text: String, file: String) throws(LoadError) -> MustacheTemplate {
        var depth = 0, deepest = 0
        for tag in text.components(separatedBy: "{{").dropFirst() {
            if tag.hasPrefix("#") || tag.hasPrefix("^") || tag.hasPrefix("$") || tag.hasPrefix("<") {
                depth += 1
                deepest = max(deepest, depth)
            } else if tag.hasPrefix("/") {
                depth -= 1
            }
        }
        guard deepest <= deepestSections else {
            throw .unreadable(file: file, detail: "sections nest \(deepest) deep; at most \(deepestSections) are read")
        }
        do {
            return try MustacheTemplate(string: textPragma + text)
        } catch let error as MustacheTemplate.ParserError {
            throw .unreadable(
                file: file,
                detail: "the template does not parse at line \(error.context.lineNumber), column "
                    + "\(error.context.columnNumber) (\(error.error)): \(error.context.line)")
        } catch {
            throw .unreadable(file: file, detail: "\(error)")
        }
    }

    /// Compiles every template now, so a broken one is reported by file and key rather than shown as its key.
    public func validate() throws(LoadError) {
        try shipped.parseAll()
        for (key, text) in allTexts { _ = try Self.compile(text, file: "\(key)") }
        for (name, text) in files { _ = try Self.compile(text, file: name) }
    }

    private func template(_ key: String, _ source: String?) -> MustacheTemplate? {
        guard let source else { return nil }
        return compiled.template(for: key) { try? Self.compile(source, file: key) }
    }

    static func flatten(_ node: Node?, prefix: String) -> [(String, String)] {
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
        let texts = shipped.under(prefix).merging(overrides) { _, reworded in reworded }
        for key in texts.keys where key.hasPrefix(prefix + ".") {
            found[String(key.dropFirst(prefix.count + 1))] = text(key)
        }
        return found
    }

    /// Whether a text exists for `key`.
    public func has(_ key: String) -> Bool { source(key) != nil }

    /// All keys, for checks that every message the code names is worded.
    public var keys: Set<String> { Set(allTexts.keys) }

    private var allTexts: [String: String] {
        shipped.all().merging(overrides) { _, reworded in reworded }
    }

    private func source(_ key: String) -> String? {
        overrides[key] ?? shipped.text(key)
    }

    /// The text for `key`, filled with `values`; a missing key shows itself rather than failing.
    public func text(_ key: String, _ values: [String: Any] = [:]) -> String {
        guard let source = source(key) else { return "[\(key)]" }
        if let filled = Self.plainFill(source, values) { return filled }
        guard let template = template(key, source) else { return "[\(key)]" }
        return template.render(values)
    }

    /// Text whose only tags are `{{name}}` filled with strings, filled without Mustache (most texts are); nil for
    /// sections, partials or values that are not strings, which Mustache renders. TEXT mode escapes nothing, so
    /// the result is the same.
    static func plainFill(_ source: String, _ values: [String: Any]) -> String? {
        let bytes = source.utf8
        guard bytes.contains(0x7B) else { return source }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 64)
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let next = bytes.index(after: i)
            guard bytes[i] == 0x7B, next != bytes.endIndex, bytes[next] == 0x7B else {
                out.append(bytes[i])
                i = next
                continue
            }
            // A tag: `{{name}}` with letters, digits or `_`, spaces around allowed; anything else goes to Mustache.
            var j = bytes.index(after: next)
            var name = [UInt8]()
            while j != bytes.endIndex, bytes[j] != 0x7D {
                let b = bytes[j]
                let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
                if isWordByte { name.append(b) } else if b != 0x20 { return nil }
                j = bytes.index(after: j)
            }
            guard j != bytes.endIndex, !name.isEmpty else { return nil }
            let after = bytes.index(after: j)
            guard after != bytes.endIndex, bytes[after] == 0x7D else { return nil }
            switch values[String(decoding: name, as: UTF8.self)] {
            case nil: break
            case let text as String: out.append(contentsOf: text.utf8)
            default: return nil
            }
            i = bytes.index(after: after)
        }
        return String(decoding: out, as: UTF8.self)
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

/// The shipped YAML files, each parsed when a key under one of its top-level names is first asked for.
final class LazyTexts: @unchecked Sendable {
    private let lock = NSLock()
    private let files: [PromptBook.Source]
    /// Which files declare each top-level name, in the order they were read.
    private let filesByName: [String: [Int]]
    private var parsed = Set<Int>()
    private var texts: [String: String] = [:]

    init(files: [PromptBook.Source]) {
        self.files = files
        var byName: [String: [Int]] = [:]
        for (index, file) in files.enumerated() {
            for name in Self.topLevelNames(file.text) { byName[name, default: []].append(index) }
        }
        filesByName = byName
    }

    /// The names at the start of lines (`interview:`), found in the bytes without parsing the YAML.
    static func topLevelNames(_ source: String) -> Set<String> {
        var names = Set<String>()
        let bytes = Array(source.utf8)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let first = bytes[start..<end].first ?? 0x20
            let isName = (first >= 0x61 && first <= 0x7A) || (first >= 0x41 && first <= 0x5A) || first == 0x5F
            if isName, let colon = bytes[start..<end].firstIndex(of: 0x3A) {
                names.insert(String(decoding: bytes[start..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces))
            }
            start = end + 1
        }
        return names
    }

    /// Every text under a top-level name, parsing only the files that declare it.
    func under(_ prefix: String) -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        loadFiles(declaring: prefix)
        return texts
    }

    func text(_ key: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        loadFiles(declaring: key)
        return texts[key]
    }

    /// Parses the files that declare the first part of `key` (`interview` for `interview.saved`); call holding the lock.
    private func loadFiles(declaring key: String) {
        let name = key.split(separator: ".", maxSplits: 1).first.map(String.init) ?? key
        for index in filesByName[name] ?? [] where !parsed.contains(index) { load(index) }
    }

    func all() -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        for index in files.indices where !parsed.contains(index) { load(index) }
        return texts
    }

    /// Parses every file now, reporting the first that is broken.
    func parseAll() throws(PromptBook.LoadError) {
        for file in files { _ = try PromptBook.parse(file.text, file: file.path) }
    }

    private func load(_ index: Int) {
        parsed.insert(index)
        for (key, text) in (try? PromptBook.parse(files[index].text, file: files[index].path)) ?? [] {
            texts[key] = text
        }
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
