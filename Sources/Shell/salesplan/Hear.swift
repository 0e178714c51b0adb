import ArgumentParser
import Understanding
import Workflows

/// `salesplan hear TEXT`: what one line is heard as, for support, scripting and tests.
struct Hear: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "hear", abstract: HelpWords.text("command.hear.abstract"),
            discussion: HelpWords.text("command.hear.discussion"))
    }

    /// The question open when the line is said, by its answers-file key.
    @Option(help: HelpWords.help("command.hear.question"))
    var question = Slot.period.rawValue

    /// The day to take as today, YYYY-MM-DD.
    @Option(name: .customLong("as-of"), help: HelpWords.help("command.hear.as_of"))
    var asOf: String?

    /// What was heard as JSON.
    @Flag(help: HelpWords.help("command.hear.json"))
    var json = false

    /// The line, as a person would type it.
    @Argument(help: HelpWords.help("command.hear.text"))
    var text: [String]

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        guard let slot = Slot(rawValue: question) else {
            printError(
                words.text("hear.unknown_question", ["given": question, "keys": Slot.allCases.map(\.rawValue).joined(separator: ", ")]))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        let day = try shared.day(asOf, words: words) ?? Today.day()
        try finish(HearLine(text: text.joined(separator: " "), question: slot, asOf: day, json: json).run(words: words))
    }
}
