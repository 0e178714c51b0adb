import ArgumentParser
import Workflows

/// `salesplan team`: the team at a glance (the default), and `team init` for the team defaults.
struct Team: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "team", abstract: HelpWords.text("command.team.abstract"), subcommands: [TeamOverview.self, TeamInit.self],
            defaultSubcommand: TeamOverview.self)
    }
}

/// `salesplan team [view]`: one row per rep, the rep who needs attention first.
struct TeamOverview: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "view", abstract: HelpWords.text("command.team.abstract"))
    }

    @OptionGroup var location: PlaceOptions

    /// The rows as JSON.
    @Flag(help: HelpWords.help("command.team.json"))
    var json = false

    /// The rows as CSV.
    @Flag(help: HelpWords.help("command.team.csv"))
    var csv = false

    /// Plans whose period has ended too.
    @Flag(help: HelpWords.help("command.team.all"))
    var all = false

    /// Every column on one line, however wide.
    @Flag(help: HelpWords.help("command.team.wide"))
    var wide = false

    @OptionGroup var shared: SharedOptions

    func validate() throws {
        if json, csv { throw ValidationError(HelpWords.text("command.team.json_or_csv")) }
    }

    func run() throws {
        let words = try shared.words()
        let format: TeamView.Format = json ? .json : (csv ? .csv : .table)
        try finish(TeamView(place: try location.place(shared, words: words), format: format, all: all, wide: wide).run(words: words))
    }
}

/// `salesplan team init`: writes a commented team.yaml into the plans folder.
struct TeamInit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: HelpWords.text("command.team.init"))
    }

    @OptionGroup var location: PlaceOptions
    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        try finish(TeamFile.initialise(place: try location.place(shared, words: words), words: words))
    }
}
