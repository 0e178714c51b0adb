import Foundation
import Interview
import PlanStore
import Prompts
import Terminal

/// One conversation's draft for one rep: kept after every accepted answer, set aside when declined, removed once
/// saved, and where it is said when the conversation stops.
final class DraftKeeper<Draft: Codable & Sendable> {
    let store: DraftStore<Draft>
    let rep: String
    let words: PromptBook
    let screen: Screen
    /// The words' section for this conversation (`checkin`, `revisit_talk`).
    let section: String
    private(set) var path: URL?

    init(plans: PlansFolder, name: String, rep: String, section: String, words: PromptBook, screen: Screen) {
        store = DraftStore(plans: plans, name: name)
        self.rep = rep
        self.section = section
        self.words = words
        self.screen = screen
    }

    /// The draft left by an earlier session, if there is one to offer.
    func load() -> Draft? {
        let found = store.load(rep: rep)
        path = found?.path
        return found?.draft
    }

    func keep(_ draft: Draft) {
        do {
            path = try store.save(draft, rep: rep)
        } catch {
            if path == nil { screen.warn(words.text("interview.draft_not_kept", ["reason": error.words(words)])) }
        }
    }

    func setAside(date: String) {
        if let aside = store.setAside(rep: rep, date: date) { screen.show(words.text("\(section).set_aside", ["path": aside.path])) }
        path = nil
    }

    func discard() {
        store.discard(rep: rep)
        path = nil
    }

    /// The exit code for how the conversation ended, saying where the draft is when one is kept.
    func finish(_ ending: Ending, loop: LineLoop) -> Int32 {
        switch ending {
        case .saved, .declined: return ExitStatus.success.rawValue
        case .quit, .gaveUp, .inputEnded:
            if ending == .inputEnded { screen.warn(words.text("\(section).input_ended")) }
            if let path { screen.show(words.text("\(section).draft_kept", ["path": path.path])) }
            return loop.exitCode(otherwise: ending == .quit ? .success : .badInput)
        }
    }
}
