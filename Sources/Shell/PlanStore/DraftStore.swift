import Foundation
import Planner

/// Unfinished interviews, kept after every accepted answer so nothing said is lost.
/// A draft lives at `<plans>/<slug>/draft.json`, or `<plans>/.drafts/unnamed.json` before the rep's name is known.
public final class DraftStore<Draft: Codable>: @unchecked Sendable {
    public let plans: PlansFolder
    /// Where the last draft of this session went, so a renamed rep does not leave a stale copy.
    private var lastPath: URL?

    public init(plans: PlansFolder) {
        self.plans = plans
    }

    public static var fileName: String { "draft.json" }

    func location(rep: String?) throws(StoreError) -> (folder: URL, file: URL) {
        guard let rep, !rep.isEmpty else {
            let folder = plans.root.appendingPathComponent(".drafts")
            return (folder, folder.appendingPathComponent("unnamed.json"))
        }
        let folder = try plans.folder(for: Slug.make(rep))
        return (folder, folder.appendingPathComponent(Self.fileName))
    }

    /// Writes the draft atomically; returns where it went.
    @discardableResult
    public func save(_ draft: Draft, rep: String?) throws(StoreError) -> URL {
        let (folder, file) = try location(rep: rep)
        try PlansFolder.makeFolder(plans.root, tightening: false)
        try PlansFolder.makeFolder(folder, tightening: true)
        let data: Data
        do {
            data = try JSONEncoder().encode(draft)
        } catch {
            throw .cannotWrite(path: file.path, reason: "\(error)")
        }
        try AtomicFile.write(data, to: file)
        if let lastPath, lastPath != file { unlink(lastPath.path) }
        lastPath = file
        return file
    }

    /// Removes the draft for this rep (and this session's last one).
    public func discard(rep: String?) {
        if let file = try? location(rep: rep).file { unlink(file.path) }
        if let lastPath { unlink(lastPath.path) }
        lastPath = nil
    }

    /// The most recently saved draft in the plans folder, with its path; unreadable ones are skipped.
    public func latest() -> (draft: Draft, path: URL)? {
        var candidates = [plans.root.appendingPathComponent(".drafts/unnamed.json")]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plans.root.path)) ?? []
        for name in names where PlansFolder.isSafe(name) {
            candidates.append(plans.root.appendingPathComponent(name).appendingPathComponent(Self.fileName))
        }
        let dated = candidates.compactMap { url -> (URL, Date)? in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  (attributes[.type] as? FileAttributeType) == .typeRegular,
                  let date = attributes[.modificationDate] as? Date
            else { return nil }
            return (url, date)
        }
        for (url, _) in dated.sorted(by: { $0.1 > $1.1 }) {
            guard let data = try? Data(contentsOf: url), data.count < 1 << 20,
                  let draft = try? JSONDecoder().decode(Draft.self, from: data)
            else { continue }
            lastPath = url
            return (draft, url)
        }
        return nil
    }
}
