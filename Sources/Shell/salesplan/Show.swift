import ArgumentParser
import Workflows

/// `salesplan show [REP]`: the plan in force and its pacing.
struct Show: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: HelpWords.text("command.show.abstract"))
    }

    @Argument(help: HelpWords.help("command.rep"))
    var rep: String?

    @OptionGroup var location: PlaceOptions

    @Flag(help: HelpWords.help("command.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let place = try location.place(shared, words: words)
        try finish(ShowPlan(rep: rep, place: place, json: json, width: StandardScreen().width).run(words: words))
    }
}
