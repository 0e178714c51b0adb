import ArgumentParser
import Workflows

/// `salesplan revisit [REP]`: actuals, the leak, recalibrated ratios and the catch-up plan, saved as a revision.
struct Revisit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "revisit", abstract: HelpWords.text("command.revisit.abstract"),
            discussion: HelpWords.text("command.revisit.discussion"))
    }

    @OptionGroup var options: RepOptions

    /// The revisit's answers (YAML or JSON); without it and without `--json`, the revisit asks.
    @Option(help: HelpWords.help("command.revisit.answers"))
    var answers: String?

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let place = try options.location.place(shared, words: words)
        guard answers != nil || options.json else {
            let code = Conversation.tracking(rep: options.rep, place: place).revisit(words: words)
            try end(code)
            return
        }
        try finish(RevisitFromAnswers(rep: options.rep, answersPath: answers, place: place, json: options.json).run(words: words))
    }
}
