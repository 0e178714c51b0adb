import Foundation
import Planner

/// Unfinished conversations, kept after every accepted answer so nothing said is lost. An interview's draft
/// lives at `<plans>/<slug>/draft.json` (or `<plans>/.drafts/unnamed.json` before the rep's name is known); a
/// check-in's at `checkin-draft.json`, a revisit's at `revisit-draft.json`. A draft declined is kept aside as
/// `<name>-<date>.json`, never deleted.
public final class DraftStore<Draft: Codable>: @unchecked Sendable {
    public let plans: PlansFolder
    /// Where drafts go when the plans folder cannot take them.
    public let fallback: PlansFolder?
    /// Where the last draft of this session went, so a renamed rep does not leave a stale copy.
    private var lastPath: URL?

    /// The draft's file name without `.json`.
    public let name: String

    public init(plans: PlansFolder, fallback: PlansFolder? = nil, name: String = DraftStore.interview) {
        self.plans = plans
        self.fallback = fallback
        self.name = name
    }

    public static var interview: String { "draft" }
    public static var checkIn: String { "checkin-draft" }
    public static var revisit: String { "revisit-draft" }

    /// Where drafts may be: the plans folder, then the fallback.
    var folders: [PlansFolder] { [plans] + (fallback.map { [$0] } ?? []) }

    var fileName: String { FolderLayout.draft(name) }

    func location(rep: String?, in plans: PlansFolder) throws(StoreError) -> (folder: URL, file: URL) {
        guard let rep, !rep.isEmpty else {
            let folder = plans.root.appendingPathComponent(FolderLayout.unnamedDrafts)
            return (folder, folder.appendingPathComponent(FolderLayout.unnamedDraft))
        }
        let folder = try plans.folder(for: Slug.make(rep))
        return (folder, folder.appendingPathComponent(fileName))
    }

    /// Writes the draft atomically, in the fallback folder when the plans folder fails; returns where it went.
    @discardableResult
    public func save(_ draft: Draft, rep: String?) throws(StoreError) -> URL {
        let data: Data
        do {
            data = try JSONEncoder().encode(draft)
        } catch {
            throw .cannotWrite(path: plans.root.path, reason: "\(error)")
        }
        let file: URL
        do {
            file = try write(data, rep: rep, in: plans)
        } catch {
            guard let fallback, let saved = try? write(data, rep: rep, in: fallback) else { throw error }
            file = saved
        }
        if let lastPath, lastPath != file { remove(lastPath) }
        lastPath = file
        return file
    }

    /// Removes a draft, and its rep's folder when that is left empty: a name tried and changed leaves nothing behind.
    private func remove(_ draft: URL) {
        unlink(draft.path)
        let folder = draft.deletingLastPathComponent()
        guard !folders.contains(where: { $0.root.standardizedFileURL.path == folder.standardizedFileURL.path }) else { return }
        rmdir(folder.path)
    }

    private func write(_ data: Data, rep: String?, in plans: PlansFolder) throws(StoreError) -> URL {
        let (folder, file) = try location(rep: rep, in: plans)
        try PlansFolder.makeFolder(plans.root, tightening: false)
        try PlansFolder.makeFolder(folder, tightening: true)
        // After every answer: whole on disk at once, durable against a power cut only when the plan is saved.
        try AtomicFile.write(data, to: file, durable: false)
        return file
    }

    /// Removes the draft for this rep (and this session's last one).
    public func discard(rep: String?) {
        for folder in folders {
            if let file = try? location(rep: rep, in: folder).file { remove(file) }
        }
        if let lastPath { remove(lastPath) }
        lastPath = nil
    }

    /// Moves the draft for this rep aside as `<name>-<date>.json` (`-2`, `-3`… when taken); returns where it went.
    @discardableResult
    public func setAside(rep: String?, date: String) -> URL? {
        for folder in folders {
            guard let (dir, file) = try? location(rep: rep, in: folder), FileManager.default.fileExists(atPath: file.path) else { continue }
            for n in 1...99 {
                let aside = dir.appendingPathComponent(n == 1 ? "\(name)-\(date).json" : "\(name)-\(date)-\(n).json")
                // link then unlink: never replaces a draft already set aside.
                guard link(file.path, aside.path) == 0 else { continue }
                unlink(file.path)
                if lastPath == file { lastPath = nil }
                return aside
            }
        }
        return nil
    }

    /// This rep's draft, when one can be read.
    public func load(rep: String) -> (draft: Draft, path: URL)? {
        firstReadable(folders.compactMap { try? location(rep: rep, in: $0).file })
    }

    /// The first of `files` that reads as a draft (noted as this session's), with its path.
    private func firstReadable(_ files: [URL]) -> (draft: Draft, path: URL)? {
        for url in files {
            guard case .data(let data)? = try? BoundedFile.read(url.path, limit: 1 << 20),
                let draft = try? InertJSON.decode(Draft.self, from: data)
            else { continue }
            lastPath = url
            return (draft, url)
        }
        return nil
    }

    /// The most recently saved draft in the plans folder, with its path; unreadable ones are skipped.
    public func latest() -> (draft: Draft, path: URL)? {
        var candidates: [URL] = []
        for folder in folders {
            candidates.append(
                folder.root.appendingPathComponent(FolderLayout.unnamedDrafts).appendingPathComponent(FolderLayout.unnamedDraft))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.root.path)) ?? []
            for name in names where PlansFolder.isSafe(name) {
                candidates.append(folder.root.appendingPathComponent(name).appendingPathComponent(fileName))
            }
        }
        let dated = candidates.compactMap { url -> (URL, Date)? in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                (attributes[.type] as? FileAttributeType) == .typeRegular,
                let date = attributes[.modificationDate] as? Date
            else { return nil }
            return (url, date)
        }
        return firstReadable(dated.sorted { $0.1 > $1.1 }.map(\.0))
    }
}
