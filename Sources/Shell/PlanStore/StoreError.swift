/// Why the plans folder could not be used; names the path. Words live in Prompts/ under `store.`.
public enum StoreError: Error, Equatable, Sendable {
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    /// A rep folder name that would leave the plans folder.
    case unsafeName(String)
    /// The rep's folder is a link, or not a folder: never followed.
    case notAFolder(path: String)
    /// No `--dir`, `SALESPLAN_DIR`, `XDG_DATA_HOME` or `HOME` to put plans under.
    case noHome
    /// A file larger than anything salesplan writes; refused unread.
    case tooLarge(path: String, limit: Int)
    /// plan.json from a schema this build does not read.
    case unsupportedSchema(path: String, found: Int)
}
