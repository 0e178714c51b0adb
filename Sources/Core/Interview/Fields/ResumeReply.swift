import Understanding

/// The answer to "Resume it?": yes (or Enter) resumes, no sets the draft aside, quit stops, anything else is asked again.
enum ResumeReply: Equatable {
    case resume, setAside, quit
    case unclear(Misunderstanding, said: String)

    init(_ line: String) {
        let text = TerminalText.stripped(line).trimmingSpaces
        if Command.read(text) == .quit {
            self = .quit
            return
        }
        switch Understand.yesNo(text.isEmpty ? "yes" : text) {
        case .success(let r): self = r.value ? .resume : .setAside
        case .failure(let why): self = .unclear(why, said: text)
        }
    }
}
