import ArgumentParser
import Workflows

/// `salesplan revisit [REP]`: actuals, the leak, recalibrated ratios and the catch-up plan, saved as a revision.
struct Revisit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpWords.text("command.revisit.abstract"), discussion: HelpWords.text("command.revisit.discussion"))
    }

    @Argument(help: HelpWords.help("command.rep"))
    var rep: String?

    @Option(help: HelpWords.help("command.revisit.answers"))
    var answers: String?

    @Option(help: HelpWords.help("command.new.dir"))
    var dir: String?

    @Option(name: .customLong("as-of"), help: HelpWords.help("command.new.as_of"))
    var asOf: String?

    @Flag(help: HelpWords.help("command.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let today = try shared.day(asOf, words: words) ?? Today.day()
        guard answers != nil || json else {
            let code = Conversation.tracking(rep: rep, dir: dir, today: today, environment: shared.environment).revisit(words: words)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let job = RevisitFromAnswers(rep: rep, answersPath: answers, dir: dir, json: json, today: today, environment: shared.environment)
        try finish(job.run(words: words))
    }
}
