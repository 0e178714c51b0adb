import Foundation
import Glibc

/// Where drafts go when the plans folder cannot take them (read-only, full, or no HOME):
/// `$TMPDIR/salesplan-<uid>`, a 0700 folder this user owns; a link or someone else's folder there is never used.
public enum FallbackFolder {
    public static func plans(environment: [String: String]) -> PlansFolder? {
        let temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let url = URL(fileURLWithPath: temporary).appendingPathComponent("salesplan-\(getuid())")
        guard (try? PlansFolder.makeFolder(url, tightening: true)) != nil else { return nil }
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid(),
            info.st_mode & 0o077 == 0
        else { return nil }
        return PlansFolder(root: url)
    }
}
