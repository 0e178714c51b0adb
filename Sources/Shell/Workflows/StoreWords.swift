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
        case .noHome: return book.text("store.no_home")
        case .tooLarge(let path, let limit):
            return book.text("store.too_large", ["path": path, "limit": String(limit)])
        case .unsupportedSchema(let path, let found):
            return book.text("store.unsupported_schema", ["path": path, "found": String(found), "supported": String(Plan.schemaVersion)])
        }
    }
}
