import ArgumentParser
import Workflows

/// `salesplan show [REP]`: the plan in force and its pacing.
struct Show: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: HelpWords.text("command.show.abstract"))
    }

    @Argument(help: HelpWords.help("command.rep"))
    var rep: String?

    @Option(help: HelpWords.help("command.new.dir"))
    var dir: String?

    @Flag(help: HelpWords.help("command.json"))
    var json = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let job = ShowPlan(
            rep: rep, dir: dir, json: json, width: StandardScreen().width, today: Today.day(), environment: shared.environment)
        try finish(job.run(words: words))
    }
}
