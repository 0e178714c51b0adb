import ArgumentParser
import Terminal
import Workflows

/// `salesplan show [REP]`: the plan in force and its pacing.
struct Show: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: HelpWords.text("command.show.abstract"))
    }

    @OptionGroup var options: RepOptions

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let place = try options.location.place(shared, words: words)
        try finish(ShowPlan(rep: options.rep, place: place, json: options.json, width: StandardScreen().width).run(words: words))
    }
}
