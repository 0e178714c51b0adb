import Foundation
import Interview
import PlanReport
import PlanStore
import Planner
import Prompts
import Terminal
import Tracking

/// `salesplan checkin` and `salesplan revisit` as conversations, on the terminal or a pipe.
public struct TrackingConversation {
    public var rep: String?
    public var place: Place
    let source: LineSource
    let screen: Screen

    public init(rep: String?, place: Place, source: LineSource, screen: Screen) {
        self.rep = rep
        self.place = place
        self.source = source
        self.screen = screen
    }

    func open(_ command: String, words: PromptBook) -> RepContext? {
        var out = Outcome()
        let context = RepContext.open(rep, command: command, place: place, words: words, into: &out)
        if !out.stderr.isEmpty { screen.warn(out.stderr.trimmingCharacters(in: .newlines)) }
        return context
    }

    // MARK: Check-in

    public func checkIn(words: PromptBook) -> Int32 {
        guard let context = open("checkin", words: words) else { return ExitStatus.badInput.rawValue }
        return CheckInSession(context: context, words: words, source: source, screen: screen).run()
    }

    // MARK: Revisit

    public func revisit(words: PromptBook) -> Int32 {
        guard let context = open("revisit", words: words) else { return ExitStatus.badInput.rawValue }
        return RevisitSession(context: context, words: words, source: source, screen: screen).run()
    }
}
