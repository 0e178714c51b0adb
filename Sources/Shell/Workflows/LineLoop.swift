import Interview
import Terminal

/// Reads lines for a conversation and feeds them to its dialogue until the dialogue's actions say it is over.
/// Ctrl-C on a line with text clears it; Ctrl-C at an empty prompt and SIGTERM or SIGHUP quit (the exit code then
/// says which signal); the end of input ends.
final class LineLoop {
    let source: LineSource
    let prompt: String
    /// What Tab completes at the next prompt.
    var choices: [String] = []
    /// The signal that stopped the conversation, for an exit code of 128 + n.
    private(set) var stoppedBy: Int32?

    init(source: LineSource, prompt: String) {
        self.source = source
        self.prompt = prompt
    }

    /// SIGINT.
    static let interrupt: Int32 = 2

    /// Runs `dialogue` from `draft` to its end; `perform` carries out each event's actions and returns an exit code
    /// once the conversation is over.
    func drive<D: Dialogue>(_ dialogue: inout D, draft: D.Draft?, perform: (D, [D.Action]) -> Int32?) -> Int32 {
        var actions = dialogue.start(draft: draft)
        while true {
            if let code = perform(dialogue, actions) { return code }
            actions = next(&dialogue)
        }
    }

    private func next<D: Dialogue>(_ dialogue: inout D) -> [D.Action] {
        while true {
            switch source.read(prompt: prompt, choices: choices) {
            case .line(let line): return dialogue.receive(line)
            case .interrupted(hadText: true): continue
            case .interrupted(hadText: false):
                stoppedBy = Self.interrupt
                return dialogue.quit()
            case .terminated(let signal):
                stoppedBy = signal
                return dialogue.quit()
            case .ended: return source.isTerminal ? dialogue.quit() : dialogue.endOfInput()
            }
        }
    }

    /// The exit code for a conversation that stopped: 128 + the signal, else `otherwise`.
    func exitCode(otherwise: ExitStatus) -> Int32 {
        stoppedBy.map { 128 + $0 } ?? otherwise.rawValue
    }
}
