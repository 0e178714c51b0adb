import Foundation

/// What a rep's folder holds of plans, by revision number, so a new plan never overwrites or skips one: every
/// `plan-r<N>` counts, and a plan.json that cannot be read is kept aside, not taken for "no plan".
extension RepFiles {
    /// The highest N of any `plan-r<N>.json`, `.md`, `.ics` or `tracking-r<N>.csv` present (links and damaged
    /// files count).
    public func highestArchived() -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap(FolderLayout.revision(ofArchived:)).max() ?? 0
    }

    func exists(_ name: String) -> Bool {
        var info = stat()
        return lstat(folder.appendingPathComponent(name).path, &info) == 0
    }

    /// Keeps the plan in the folder before a new one replaces it: a readable plan as `plan-r<its revision>` (or the
    /// next free number when that is taken), a plan.json that cannot be read moved aside as
    /// `plan-damaged-<stamp>.json` with its plan.md and plan.ics archived under the next free number. Returns the
    /// revision the new plan must come after, and where the plan.md it replaced went.
    public func keepBeforeReplacing(stamp: String) throws(StoreError) -> (after: Int, archive: URL?, damaged: URL?) {
        let highest = highestArchived()
        let header = header()
        var damaged: URL?
        if header == nil, exists(FolderLayout.planJSON) {
            damaged = folder.appendingPathComponent(try setAsideDamaged(stamp: stamp))
        }
        guard FolderLayout.archived(0).contains(where: { exists($0.name) }) else {
            return (max(header?.revision ?? 0, highest), nil, damaged)
        }
        var number = header?.revision ?? highest + 1
        if FolderLayout.archived(number).contains(where: { exists($0.archived) }) { number = highest + 1 }
        try archive(revision: number)
        let kept = FolderLayout.revisionName(FolderLayout.planMarkdown, number)
        let markdown = exists(kept) ? folder.appendingPathComponent(kept) : nil
        return (max(number, highest), markdown, damaged)
    }

    /// Moves an unreadable plan.json out of the way under a name no other file has.
    func setAsideDamaged(stamp: String) throws(StoreError) -> String {
        var n = 1
        while exists(FolderLayout.damaged(stamp: stamp, n)) { n += 1 }
        let name = FolderLayout.damaged(stamp: stamp, n)
        guard rename(planURL.path, folder.appendingPathComponent(name).path) == 0 else {
            throw .cannotWrite(path: planURL.path, reason: String(cString: strerror(errno)))
        }
        return name
    }
}
