import ArgumentParser
import Workflows

/// `salesplan list`: every rep in the plans folder.
struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: HelpWords.text("command.list.abstract"))
    }

    @Option(help: HelpWords.help("command.new.dir"))
    var dir: String?

    @Flag(help: HelpWords.help("command.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        try finish(ListPlans(dir: dir, json: json, today: Today.day(), environment: shared.environment).run(words: words))
    }
}
