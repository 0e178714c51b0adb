import ArgumentParser
import Workflows

/// `salesplan import FILE.csv [--rep NAME]`: each rep's history from a CRM export.
struct Import: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: HelpWords.text("command.import.abstract"), discussion: HelpWords.text("command.import.discussion"))
    }

    @Argument(help: HelpWords.help("command.import.file"))
    var file: String

    @Option(help: HelpWords.help("command.import.rep"))
    var rep: String?

    @OptionGroup var location: PlaceOptions
    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        try finish(ImportHistory(path: file, rep: rep, place: try location.place(shared, words: words)).run(words: words))
    }
}
