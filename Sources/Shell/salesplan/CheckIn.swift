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

    @Option(help: HelpWords.help("command.checkin.answers"))
    var answers: String?

    @Option(help: HelpWords.help("command.checkin.sheet"))
    var sheet: String?

    @Flag(help: HelpWords.help("command.checkin.replace"))
    var replace = false

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let place = try options.location.place(shared, words: words)
        if let sheet {
            try finish(CheckInFromFile(rep: options.rep, path: sheet, kind: .sheet, place: place, replace: replace, json: options.json).run(words: words))
            return
        }
        guard let answers else {
            let code = Conversation.tracking(rep: options.rep, place: place).checkIn(words: words)
            try end(code)
            return
        }
        try finish(CheckInFromFile(rep: options.rep, path: answers, kind: .answers, place: place, replace: replace, json: options.json).run(words: words))
    }
}
