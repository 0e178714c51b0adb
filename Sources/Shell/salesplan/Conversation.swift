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
        let screen = StandardScreen()
        let source: LineSource
        if LineEditor.canEdit(environment: environment) {
            source = LineEditor(historyFile: LineEditor.historyFile(environment: environment), screen: screen)
        } else {
            source = PipeLines(screen: screen)
        }
        return InterviewSession(words: words, plans: plans, source: source, screen: screen, asOf: asOf).run()
    }
}
