import Foundation
import Planner

/// One rep's folder: the plan in force, earlier revisions, and the check-ins.
public struct RepFiles: Sendable {
    public let folder: URL
    public let slug: String

    public static let planJSON = "plan.json"
    public static let planMarkdown = "plan.md"
    public static let checkIns = "checkins.csv"
    /// A plan file is small; anything larger is refused unread.
    public static let sizeLimit = 10 << 20

    public var planURL: URL { folder.appendingPathComponent(Self.planJSON) }
    public var checkInsURL: URL { folder.appendingPathComponent(Self.checkIns) }

    /// The file's bytes; missing is nil, unreadable or too large is an error naming the path.
    public func read(_ name: String) throws(StoreError) -> Data? {
        let url = folder.appendingPathComponent(name)
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFolder(path: url.path) }
        guard Int(info.st_size) <= Self.sizeLimit else {
            throw .tooLarge(path: url.path, limit: Self.sizeLimit)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .cannotRead(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The plan in force.
    public func plan() throws(StoreError) -> Plan {
        try decode(Plan.self)
    }

    /// The parts of the plan in force an overview needs.
    public func outline() throws(StoreError) -> PlanOutline {
        try decode(PlanOutline.self)
    }

    func decode<T: Decodable>(_ type: T.Type) throws(StoreError) -> T {
        guard let data = try read(Self.planJSON) else {
            throw .cannotRead(path: planURL.path, reason: String(cString: strerror(ENOENT)))
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let unsupported as Plan.UnsupportedSchema {
            throw .unsupportedSchema(path: planURL.path, found: unsupported.found)
        } catch {
            throw .cannotRead(path: planURL.path, reason: Self.describe(error))
        }
    }

    /// Keeps the plan in force as `plan-r<N>.json` and `plan-r<N>.md` before a revision replaces it.
    public func archive(revision: Int) throws(StoreError) {
        for (name, archived) in [(Self.planJSON, "plan-r\(revision).json"), (Self.planMarkdown, "plan-r\(revision).md")] {
            guard let data = try read(name) else { continue }
            let target = folder.appendingPathComponent(archived)
            if FileManager.default.fileExists(atPath: target.path) { continue }
            try AtomicFile.write(data, to: target)
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.debugDescription
        case DecodingError.keyNotFound(let key, _): return "\(key.stringValue) is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return (c.codingPath.map(\.stringValue).joined(separator: ".")) + ": " + c.debugDescription
        default: return "\(error)"
        }
    }
}

extension PlansFolder {
    /// Every rep folder that holds a plan, by slug.
    public func slugs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            guard PlansFolder.isSafe(name) else { return false }
            var info = stat()
            let path = root.appendingPathComponent(name).appendingPathComponent(RepFiles.planJSON).path
            return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }.sorted()
    }

    public func rep(_ slug: String) throws(StoreError) -> RepFiles {
        RepFiles(folder: try folder(for: slug), slug: slug)
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
