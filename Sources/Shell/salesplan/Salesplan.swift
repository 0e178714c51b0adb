import ArgumentParser
import Foundation
import Workflows

/// The `salesplan` command: a goal in, a weekly action plan out.
@main
struct Salesplan: ParsableCommand {
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "salesplan",
            abstract: HelpWords.text("command.root.abstract"),
            usage: HelpWords.text("command.root.usage"),
            discussion: HelpWords.text("command.root.discussion"),
            version: version,
            subcommands: [New.self, CheckIn.self, Revisit.self, Show.self, List.self, Team.self, Import.self, Hear.self],
            defaultSubcommand: New.self)
    }

    static func main() {
        // Past a file-size limit a write fails with EFBIG, said in words, instead of killing the process unsaved.
        signal(SIGXFSZ, SIG_IGN)
        // `salesplan` alone is the main job: the interview starts without building the whole command tree (and
        // reading every command's help) first.
        if CommandLine.arguments.count == 1 { interviewAtOnce() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // A command line that cannot be read (an unknown option, options that exclude each other) ends with the
            // usage status this program gives every wrong command line, not swift-argument-parser's 64.
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            printError(fullMessage(for: error))
            exit(withError: ExitCode(ExitStatus.usage.rawValue))
        }
    }

    /// `salesplan new` with no options: the shipped words (or `$SALESPLAN_PROMPTS`), the usual plans folder, today.
    static func interviewAtOnce() -> Never {
        let environment = ProcessInfo.processInfo.environment
        do {
            let words = try loadWords(override: nil, environment: environment)
            try New.interview(words: words, place: Place(dir: nil, today: Today.day(), environment: environment))
        } catch {
            exit(withError: error)
        }
        exit()
    }
}
