import Foundation

/// The plans folder's own files and each rep's history, read and written here as plans are.
extension PlansFolder {
    /// Where the team's defaults are kept.
    public var teamDefaultsURL: URL { root.appendingPathComponent(FolderLayout.teamDefaults) }

    /// team.yaml's bytes; nil when there is none.
    public func teamDefaults(limit: Int) throws(StoreError) -> Data? {
        guard case .data(let data) = try BoundedFile.read(teamDefaultsURL.path, limit: limit) else { return nil }
        return data
    }

    /// Writes team.yaml whole, making the plans folder when it is missing; never over one that is there.
    public func writeTeamDefaults(_ data: Data) throws(StoreError) -> Bool {
        guard !FileManager.default.fileExists(atPath: teamDefaultsURL.path) else { return false }
        try PlansFolder.makeFolder(root, tightening: false)
        try AtomicFile.write(data, to: teamDefaultsURL)
        return true
    }

    /// Each rep's history.json that can be read, by slug.
    public func histories() -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        var found: [String: Data] = [:]
        for slug in names where PlansFolder.isSafe(slug) {
            let url = root.appendingPathComponent(slug).appendingPathComponent(FolderLayout.history)
            if case .data(let data)? = try? BoundedFile.read(url.path, limit: RepFiles.sizeLimit) { found[slug] = data }
        }
        return found
    }
}
