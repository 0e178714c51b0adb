import ArgumentParser

/// The `salesplan` command: a goal in, a weekly action plan out.
@main
struct Salesplan: ParsableCommand {
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "salesplan",
            abstract: HelpWords.text("command.root.abstract"),
            discussion: HelpWords.text("command.root.discussion"),
            version: version,
            subcommands: [New.self, CheckIn.self, Revisit.self, Show.self, List.self, Team.self, Import.self],
            defaultSubcommand: New.self)
    }
}
