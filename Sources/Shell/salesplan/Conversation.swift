import ArgumentParser
import Foundation
import PlanStore
import Planner
import Prompts
import Terminal
import Workflows

/// Starts the interview on the terminal (line editor) or on a pipe (buffered reader).
enum Conversation {
    static func run(words: PromptBook, dir: String?, asOf: Day, environment: [String: String]) throws -> Int32 {
        let plans: PlansFolder
        do {
            plans = try PlansFolder.resolve(dir: dir, environment: environment)
        } catch {
            printError(error.words(words))
            throw ExitCode(ExitStatus.files.rawValue)
        }
        let (source, screen) = lines(environment: environment)
        return InterviewSession(words: words, plans: plans, source: source, screen: screen, asOf: asOf).run()
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
    static func tracking(rep: String?, dir: String?, today: Day, environment: [String: String]) -> TrackingConversation {
        let (source, screen) = lines(environment: environment)
        return TrackingConversation(rep: rep, dir: dir, today: today, environment: environment, source: source, screen: screen)
    }
}
