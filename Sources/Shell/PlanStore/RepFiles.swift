import Foundation
import Planner

/// One rep's folder: the plan in force, earlier revisions, and the check-ins.
public struct RepFiles: Sendable {
    public let folder: URL
    public let slug: String

    /// A plan file is small; anything larger is refused unread.
    public static let sizeLimit = 10 << 20

    public var planURL: URL { folder.appendingPathComponent(FolderLayout.planJSON) }
    public var checkInsURL: URL { folder.appendingPathComponent(FolderLayout.checkIns) }

    /// The file's bytes; missing is nil, unreadable, not a plain file or too large is an error naming the path.
    public func read(_ name: String) throws(StoreError) -> Data? {
        switch try BoundedFile.read(folder.appendingPathComponent(name).path, limit: Self.sizeLimit) {
        case .missing: return nil
        case .data(let data): return data
        }
    }

    /// The plan in force.
    public func plan() throws(StoreError) -> Plan {
        try decode(Plan.self, check: PlanCheck.implausibleKey)
    }

    /// The plans a revision replaced (`plan-r<N>.json`, N below `revision`), oldest first; those that cannot be read
    /// are left out.
    public func earlier<T: Decodable>(_ type: T.Type, before revision: Int) -> [T] {
        (1..<max(1, revision)).compactMap { n in
            guard let data = try? read(FolderLayout.revisionName(FolderLayout.planJSON, n)) else { return nil }
            return try? InertJSON.decode(T.self, from: data)
        }
    }

    /// The parts of the plan in force an overview needs.
    public func outline() throws(StoreError) -> PlanOutline {
        try decode(PlanOutline.self, check: PlanCheck.implausibleKey)
    }

    func decode<T: Decodable>(_ type: T.Type, check: (T) -> String?) throws(StoreError) -> T {
        guard let data = try read(FolderLayout.planJSON) else {
            throw .cannotRead(path: planURL.path, reason: String(cString: strerror(ENOENT)))
        }
        let value: T
        do {
            value = try InertJSON.decode(T.self, from: data)
        } catch let unsupported as Plan.UnsupportedSchema {
            throw .unsupportedSchema(path: planURL.path, found: unsupported.found)
        } catch {
            throw .damaged(path: planURL.path, damage: Self.damage(error, in: data))
        }
        if let key = check(value) { throw .damaged(path: planURL.path, damage: .implausible(key: key)) }
        return value
    }

    /// Whose plan this folder holds and its revision, read without the rest; nil when there is no readable plan.
    public func header() -> (rep: String, revision: Int)? {
        struct Header: Decodable {
            var rep: String
            var revision: Int?
        }
        guard let data = try? read(FolderLayout.planJSON), let header = try? InertJSON.decode(Header.self, from: data) else {
            return nil
        }
        return (header.rep, header.revision ?? 1)
    }

    /// Keeps the plan in force as `plan-r<N>.json`, `.md` and `.ics`, and its tracking sheet (which the rep may have
    /// filled in) as `tracking-r<N>.csv`, before a revision replaces them.
    public func archive(revision: Int) throws(StoreError) {
        for (name, archived) in FolderLayout.archived(revision) {
            guard let data = try read(name) else { continue }
            if exists(archived) { continue }
            try AtomicFile.write(data, to: folder.appendingPathComponent(archived))
        }
    }

    /// What a decoder's complaint means for the person: where the text breaks, or which key is missing or wrong.
    static func damage(_ error: Error, in data: Data) -> StoreError.Damage {
        if let fault = JSONSyntax.fault(in: data) {
            switch fault {
            case .endsEarly: return .endsEarly
            case .unexpected(let line, let column): return .notJSON(line: line, column: column)
            }
        }
        func key(_ path: [CodingKey], _ last: CodingKey? = nil) -> String {
            (path + (last.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case DecodingError.keyNotFound(let missing, let c): return .missing(key: key(c.codingPath, missing))
        case DecodingError.valueNotFound(_, let c): return .missing(key: key(c.codingPath))
        case DecodingError.typeMismatch(_, let c): return .wrongType(key: key(c.codingPath))
        case DecodingError.dataCorrupted(let c): return .implausible(key: key(c.codingPath))
        default: return .implausible(key: "")
        }
    }
}

extension PlansFolder {
    /// Every rep folder that holds a plan, by slug: a plan.json, or only plans kept (plan.md, `plan-r<N>`) when the
    /// plan in force is gone, so what is there is reported, never taken for an empty folder.
    public func slugs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            guard PlansFolder.isSafe(name) else { return false }
            let files = RepFiles(folder: root.appendingPathComponent(name), slug: name)
            // Anything named plan.json counts, so a link or a pipe in its place is reported, not skipped.
            return files.exists(FolderLayout.planJSON) || files.exists(FolderLayout.planMarkdown) || files.highestArchived() > 0
        }.sorted()
    }

    public func rep(_ slug: String) throws(StoreError) -> RepFiles {
        RepFiles(folder: try folder(for: slug), slug: slug)
    }

    /// The folder a rep's plan goes in: the slug of their name, with `-2`, `-3`… when that folder already holds
    /// the plan of someone whose name only shares the slug ("!!!" and "?" are both `rep`).
    public func folderName(for name: String) -> String {
        let base = Slug.make(name)
        for n in 1...999 {
            let slug = n == 1 ? base : "\(base)-\(n)"
            guard let files = try? rep(slug), let holder = files.header()?.rep else { return slug }
            if Slug.identity(holder) == Slug.identity(name) { return slug }
        }
        return base
    }

    /// Which rep a name means: a slug or a name, any case; left out when the folder holds one plan.
    public enum Match: Equatable, Sendable {
        case found(String)
        case none
        case noPlans
        case ambiguous([String])
    }

    public func match(_ name: String?) -> Match {
        let all = slugs()
        guard !all.isEmpty else { return .noPlans }
        guard let name, !name.isEmpty else { return all.count == 1 ? .found(all[0]) : .ambiguous(all) }
        let wanted = Slug.make(name)
        if all.contains(wanted) { return .found(wanted) }
        let partial = all.filter { $0.hasPrefix(wanted) || $0.split(separator: "-").contains(Substring(wanted)) }
        if partial.count == 1 { return .found(partial[0]) }
        return partial.isEmpty ? .none : .ambiguous(partial)
    }
}
