import ArgumentParser
import Workflows

/// `salesplan list`: every rep in the plans folder.
struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: HelpWords.text("command.list.abstract"))
    }

    @OptionGroup var location: PlaceOptions

    /// The reps as JSON.
    @Flag(help: HelpWords.help("command.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        try finish(ListPlans(place: try location.place(shared, words: words), json: json).run(words: words))
    }
}
