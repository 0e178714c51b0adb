import ArgumentParser
import Planner
import Prompts
import Workflows

/// `salesplan new`: the interview, or a plan from an answers file with `--answers`.
struct New: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new", abstract: HelpWords.text("command.new.abstract"), discussion: HelpWords.text("command.new.discussion"))
    }

    /// An answers file (YAML or JSON) to plan from instead of the interview.
    @Option(help: HelpWords.help("command.new.answers"))
    var answers: String?

    @OptionGroup var location: PlaceOptions

    /// plan.json on standard output (with `--answers`).
    @Flag(help: HelpWords.help("command.new.json"))
    var json = false

    func validate() throws {
        if json, answers == nil { throw ValidationError(HelpWords.text("command.new.json_needs_answers")) }
    }

    @OptionGroup var shared: SharedOptions

    func run() throws {
        let words = try shared.words()
        let day = try location.asOfDay(shared, words: words)
        guard let answers else {
            try Self.interview(words: words, place: Place(dir: location.dir, today: day ?? Today.day(), environment: shared.environment))
            return
        }
        let place = Place(dir: location.dir, today: Today.day(), environment: shared.environment)
        try finish(NewPlanFromAnswers(answersPath: answers, place: place, asOf: day, json: json).run(words: words))
    }

    /// The interview, to its end.
    static func interview(words: PromptBook, place: Place) throws {
        try end(try Conversation.run(words: words, place: place))
    }
}
