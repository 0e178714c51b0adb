import ArgumentParser
import Foundation
import Planner
import PromptFiles
import Prompts
import Terminal
import Workflows

/// Options every command takes.
struct SharedOptions: ParsableArguments {
    /// A folder of reworded prompts over the shipped ones.
    @Option(help: HelpWords.help("command.prompts"))
    var prompts: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The words to speak with: shipped, with `--prompts` or `$SALESPLAN_PROMPTS` over them.
    func words() throws -> PromptBook {
        try loadWords(override: prompts, environment: environment)
    }

    /// `--as-of`, read strictly as YYYY-MM-DD.
    func day(_ text: String?, words: PromptBook) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            printError(words.text("date.bad_as_of", ["given": text]))
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        return day
    }
}

/// Where plans live and what day it is: `--dir` and `--as-of`.
struct PlaceOptions: ParsableArguments {
    /// The plans folder.
    @Option(help: HelpWords.help("command.new.dir"))
    var dir: String?

    /// The day to take as today, YYYY-MM-DD.
    @Option(name: .customLong("as-of"), help: HelpWords.help("command.new.as_of"))
    var asOf: String?

    /// The day given with `--as-of`, if any.
    func asOfDay(_ shared: SharedOptions, words: PromptBook) throws -> Day? {
        try shared.day(asOf, words: words)
    }

    func place(_ shared: SharedOptions, words: PromptBook) throws -> Place {
        Place(dir: dir, today: try asOfDay(shared, words: words) ?? Today.day(), environment: shared.environment)
    }
}

/// Help text from `Prompts/en/commands.yaml`; the key itself if the words cannot be found.
enum HelpWords {
    static let book: PromptBook? = try? PromptBook.load()

    static func text(_ key: String, _ values: [String: Any] = [:]) -> String {
        book?.text(key, values) ?? key
    }

    static func help(_ key: String) -> ArgumentHelp {
        ArgumentHelp(text(key))
    }
}

/// The words, or where they were looked for on stderr and the files status.
func loadWords(override: String?, environment: [String: String]) throws -> PromptBook {
    do {
        return try PromptBook.load(override: override, environment: environment)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.files.rawValue)
    }
}

/// Prints what a job said and ends with its status.
func finish(_ outcome: Outcome) throws {
    if !outcome.stdout.isEmpty { StandardStreams.out(outcome.stdout) }
    if !outcome.stderr.isEmpty { StandardStreams.error(outcome.stderr) }
    if outcome.status != .success { throw ExitCode(outcome.status.rawValue) }
    try checkOutput()
}

/// Ends a conversation with its exit code.
func end(_ code: Int32) throws {
    if code != 0 { throw ExitCode(code) }
    try checkOutput()
}

/// Output that could not be written (a full disk, a closed pipe) is a file error, said on standard error.
func checkOutput() throws {
    guard let reason = StandardStreams.outputFailureReason else { return }
    printError(HelpWords.text("store.cannot_write_output", ["reason": reason]))
    throw ExitCode(ExitStatus.files.rawValue)
}

func printError(_ text: String) {
    StandardStreams.error(text.hasSuffix("\n") ? text : text + "\n")
}

/// What the per-rep commands share: the rep, where and when, and `--json`.
struct RepOptions: ParsableArguments {
    /// The rep, by name or folder name; left out when the folder holds one plan.
    @Argument(help: HelpWords.help("command.rep"))
    var rep: String?

    @OptionGroup var location: PlaceOptions

    /// The result as JSON on standard output.
    @Flag(help: HelpWords.help("command.json"))
    var json = false
}
