import Planner
import Understanding

/// The answer to "Resume it?": yes (or Enter) resumes, no sets the draft aside, quit stops, anything else is asked again.
enum ResumeReply: Equatable {
    case resume, setAside, quit
    case unclear(Misunderstanding, said: String)

    static let resumeWords: Set<String> = ["resume", "continue", "keep going", "carry on", "go on", "pick up", "finish it"]
    static let freshWords: Set<String> = ["start over", "fresh", "start fresh", "new", "scrap it", "discard", "start again", "restart"]

    init(_ line: String) {
        let text = TerminalText.stripped(line).trimmingSpaces
        let plain = String(text.lowercased().filter { !".!,?".contains($0) }).trimmingSpaces
        if Command.read(text) == .quit || plain == "cancel" {
            self = .quit
            return
        }
        if Self.resumeWords.contains(plain) {
            self = .resume
            return
        }
        if Self.freshWords.contains(plain) {
            self = .setAside
            return
        }
        switch Understand.yesNo(text.isEmpty ? "yes" : text) {
        case .success(let r): self = r.value ? .resume : .setAside
        case .failure(let why): self = .unclear(why, said: text)
        }
    }
}
