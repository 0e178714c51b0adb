import ArgumentParser
import Foundation
import PlanStore
import Planner
import Prompts
import Terminal
import Workflows

/// Starts the interview on the terminal (line editor) or on a pipe (buffered reader).
enum Conversation {
    static func run(words: PromptBook, place: Place) throws -> Int32 {
        let plans = Result { () throws(StoreError) in try PlansFolder.resolve(dir: place.dir, environment: place.environment) }
        let (source, screen) = lines(environment: place.environment)
        return InterviewSession(
            words: words, plans: plans, fallback: FallbackFolder.plans(environment: place.environment),
            source: source, screen: screen, asOf: place.today
        ).run()
    }

    /// The line editor on a terminal, else the buffered pipe reader.
    static func lines(environment: [String: String]) -> (LineSource, Screen) {
        let screen = StandardScreen()
        if LineEditor.canEdit(environment: environment) {
            return (LineEditor(historyFile: LineEditor.historyFile(environment: environment), screen: screen), screen)
        }
        return (PipeLines(screen: screen), screen)
    }

    /// The check-in and revisit conversations.
    static func tracking(rep: String?, place: Place) -> TrackingConversation {
        let (source, screen) = lines(environment: place.environment)
        return TrackingConversation(rep: rep, place: place, source: source, screen: screen)
    }
}
