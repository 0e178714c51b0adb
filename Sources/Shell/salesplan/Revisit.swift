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

    @OptionGroup var location: PlaceOptions

    @Flag(help: HelpWords.help("command.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let place = try location.place(shared, words: words)
        guard answers != nil || json else {
            let code = Conversation.tracking(rep: rep, place: place).revisit(words: words)
            if code != 0 { throw ExitCode(code) }
            return
        }
        try finish(RevisitFromAnswers(rep: rep, answersPath: answers, place: place, json: json).run(words: words))
    }
}
