import ArgumentParser
import Planner
import Workflows

/// `salesplan new`: the interview, or a plan from an answers file with `--answers`.
struct New: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpWords.text("command.new.abstract"), discussion: HelpWords.text("command.new.discussion"))
    }

    @Option(help: HelpWords.help("command.new.answers"))
    var answers: String?

    @Option(help: HelpWords.help("command.new.dir"))
    var dir: String?

    @Option(name: .customLong("as-of"), help: HelpWords.help("command.new.as_of"))
    var asOf: String?

    @Flag(help: HelpWords.help("command.new.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let day = try shared.day(asOf, words: words)
        guard let answers else {
            let code = try Conversation.run(words: words, dir: dir, asOf: day ?? Today.day(), environment: shared.environment)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let job = NewPlanFromAnswers(
            answersPath: answers, dir: dir, asOf: day, json: json, today: Today.day(), environment: shared.environment)
        try finish(job.run(words: words))
    }
}
