/// Why the plans folder could not be used; names the path. Words live in Prompts/ under `store.`.
public enum StoreError: Error, Equatable, Sendable {
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    /// A rep folder name that would leave the plans folder.
    case unsafeName(String)
    /// The rep's folder is a link, or not a folder: never followed.
    case notAFolder(path: String)
    /// The rep's folder belongs to another user (a shared plans folder): never read or written.
    case notOwned(path: String)
    /// No `--dir`, `SALESPLAN_DIR`, `XDG_DATA_HOME` or `HOME` to put plans under.
    case noHome
    /// A file larger than anything salesplan writes; refused unread.
    case tooLarge(path: String, limit: Int)
    /// plan.json from a schema this build does not read.
    case unsupportedSchema(path: String, found: Int)
    /// A link, folder, pipe or device where a file should be.
    case notAFile(path: String)
    /// A file salesplan wrote that no longer reads as one: cut short, not JSON, or holding figures no plan has.
    case damaged(path: String, damage: Damage)
    /// Someone else saved this rep's plan while this session was working on it.
    case conflict(path: String, revision: Int)
    /// Another session kept the rep's folder locked longer than `RepLock.patience`.
    case busy(path: String)

    /// What is wrong inside a damaged file.
    public enum Damage: Equatable, Sendable {
        case endsEarly
        case notJSON(line: Int, column: Int)
        case missing(key: String)
        case wrongType(key: String)
        /// A figure outside anything a plan holds (negative, too large, not a number).
        case implausible(key: String)
    }
}
