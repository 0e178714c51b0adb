import PlanStore
import Planner
import Prompts

extension StoreError {
    /// The message for this error, from `Prompts/en/files.yaml`.
    public func words(_ book: PromptBook) -> String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            return book.text("store.cannot_create_folder", ["path": path, "reason": reason])
        case .cannotWrite(let path, let reason): return book.text("store.cannot_write", ["path": path, "reason": reason])
        case .cannotRead(let path, let reason): return book.text("store.cannot_read", ["path": path, "reason": reason])
        case .unsafeName(let name): return book.text("store.unsafe_name", ["name": name])
        case .notAFolder(let path): return book.text("store.not_a_folder", ["path": path])
        case .notOwned(let path): return book.text("store.not_owned", ["path": path])
        case .noHome: return book.text("store.no_home")
        case .tooLarge(let path, let limit):
            return book.text("store.too_large", ["path": path, "limit": String(limit)])
        case .unsupportedSchema(let path, let found):
            return book.text("store.unsupported_schema", ["path": path, "found": String(found), "supported": String(Plan.schemaVersion)])
        case .notAFile(let path): return book.text("store.not_a_file", ["path": path])
        case .conflict(let path, let revision):
            return book.text("store.conflict", ["path": path, "revision": String(revision)])
        case .busy(let path):
            return book.text("store.busy", ["path": path, "seconds": String(RepLock.patience.components.seconds)])
        case .damaged(let path, let damage):
            return book.text("store.damaged", ["path": path, "damage": Self.words(damage, book)])
        }
    }

    static func words(_ damage: Damage, _ book: PromptBook) -> String {
        switch damage {
        case .endsEarly: return book.text("store.damage.ends_early")
        case .notJSON(let line, let column):
            return book.text("store.damage.not_json", ["line": String(line), "column": String(column)])
        case .missing(let key): return book.text("store.damage.missing", ["key": key])
        case .wrongType(let key): return book.text("store.damage.wrong_type", ["key": key])
        case .implausible(let key):
            return key.isEmpty ? book.text("store.damage.implausible_unknown") : book.text("store.damage.implausible", ["key": key])
        }
    }
}
