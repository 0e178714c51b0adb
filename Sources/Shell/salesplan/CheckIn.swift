import ArgumentParser
import Workflows

/// `salesplan checkin [REP] --answers FILE`: one week of actuals and the pacing.
struct CheckIn: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "checkin", abstract: HelpWords.text("command.checkin.abstract"),
            discussion: HelpWords.text("command.checkin.discussion"))
    }

    @Argument(help: HelpWords.help("command.rep"))
    var rep: String?

    @Option(help: HelpWords.help("command.checkin.answers"))
    var answers: String?

    @Flag(help: HelpWords.help("command.checkin.replace"))
    var replace = false

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
        guard let answers else {
            let code = Conversation.tracking(rep: rep, dir: dir, today: today, environment: shared.environment).checkIn(words: words)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let job = CheckInFromAnswers(
            rep: rep, answersPath: answers, dir: dir, replace: replace, json: json, today: today, environment: shared.environment)
        try finish(job.run(words: words))
    }
}
