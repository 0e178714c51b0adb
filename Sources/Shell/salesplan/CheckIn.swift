import ArgumentParser
import Workflows

/// `salesplan checkin [REP] --answers FILE`: one week of actuals and the pacing.
struct CheckIn: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "checkin", abstract: HelpWords.text("command.checkin.abstract"),
            discussion: HelpWords.text("command.checkin.discussion"))
    }

    @OptionGroup var options: RepOptions

    /// The week's figures as an answers file (YAML or JSON); without it or `--sheet`, the check-in asks.
    @Option(help: HelpWords.help("command.checkin.answers"))
    var answers: String?

    /// A filled-in tracking sheet (tracking.csv or the same columns), read as check-ins.
    @Option(help: HelpWords.help("command.checkin.sheet"))
    var sheet: String?

    /// Replace an earlier check-in for the same week instead of refusing it.
    @Flag(help: HelpWords.help("command.checkin.replace"))
    var replace = false

    @OptionGroup var shared: SharedOptions

    func validate() throws {
        if answers != nil, sheet != nil { throw ValidationError(HelpWords.text("command.checkin.answers_or_sheet")) }
    }

    func run() throws {
        let words = try shared.words()
        let place = try options.location.place(shared, words: words)
        if let sheet {
            try finish(
                CheckInFromFile(rep: options.rep, path: sheet, kind: .sheet, place: place, replace: replace, json: options.json).run(
                    words: words))
            return
        }
        guard let answers else {
            let code = Conversation.tracking(rep: options.rep, place: place).checkIn(words: words)
            try end(code)
            return
        }
        try finish(
            CheckInFromFile(rep: options.rep, path: answers, kind: .answers, place: place, replace: replace, json: options.json).run(
                words: words))
    }
}
