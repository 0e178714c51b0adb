import ArgumentParser
import Workflows

/// `salesplan import FILE.csv [--rep NAME]`: each rep's history from a CRM export.
struct Import: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: HelpWords.text("command.import.abstract"),
            discussion: HelpWords.text("command.import.discussion"))
    }

    /// The exported CSV file.
    @Argument(help: HelpWords.help("command.import.file"))
    var file: String

    /// Only this rep (the owner's name).
    @Option(help: HelpWords.help("command.import.rep"))
    var rep: String?

    /// Keep renewals and expansion in (a Type column's other kinds of business are left out by default).
    @Flag(help: HelpWords.help("command.import.all_types"))
    var allTypes = false

    /// Leave out opportunities created before this day (YYYY-MM-DD).
    @Option(help: HelpWords.help("command.import.since"))
    var since: String?

    @OptionGroup var location: PlaceOptions
    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let place = try location.place(shared, words: words)
        try finish(
            ImportHistory(path: file, rep: rep, place: place, allTypes: allTypes, since: try shared.day(since, words: words))
                .run(words: words))
    }
}
