import PlanStore
import Planner
import Prompts

/// Where a command works and when: the plans folder asked for (`--dir`), today, and the environment.
public struct Place: Sendable {
    public var dir: String?
    public var today: Day
    public var environment: [String: String]

    public init(dir: String?, today: Day, environment: [String: String] = [:]) {
        self.dir = dir
        self.today = today
        self.environment = environment
    }
}

extension Place {
    /// The plans folder to work in, or nil with the reason said in `out`.
    func plansFolder(words: PromptBook, into out: inout Outcome) -> PlansFolder? {
        do {
            return try PlansFolder.resolve(dir: dir, environment: environment)
        } catch {
            out.fail(error.words(words), .files)
            return nil
        }
    }
}
