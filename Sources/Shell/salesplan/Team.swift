import ArgumentParser
import Workflows

/// `salesplan team`: one row per rep, the rep who needs attention first.
struct Team: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: HelpWords.text("command.team.abstract"))
    }

    @OptionGroup var location: PlaceOptions

    @Flag(help: HelpWords.help("command.team.json"))
    var json = false

    @Flag(help: HelpWords.help("command.team.csv"))
    var csv = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let format: TeamView.Format = json ? .json : (csv ? .csv : .table)
        try finish(TeamView(place: try location.place(shared, words: words), format: format).run(words: words))
    }
}
