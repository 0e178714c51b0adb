import Interview
import PlanReport
import Prompts

/// Runs a `Form` against a line source and a screen: the check-in and revisit conversations.
final class FormSession {
    let words: FormWords
    let inputPrompt: String
    let source: LineSource
    let screen: Screen

    init(words: PromptBook, source: LineSource, screen: Screen) {
        self.words = FormWords(words: words)
        inputPrompt = InterviewWords(words: words).inputPrompt
        self.source = source
        self.screen = screen
    }

    enum Result {
        case submitted([String: Form.Value])
        /// Quit, gave up, or the input ended: nothing is saved.
        case stopped(Ending)
    }

    func run(_ form: Form) -> Result {
        var form = form
        var effects = form.start()
        var choices: [String] = []
        while true {
            for effect in effects {
                switch effect {
                case .say(let message): screen.show(words.say(message))
                case .ask(let index, let number, let of):
                    let field = form.fields[index]
                    screen.show(words.question(field, number: number, of: of))
                    if case .choice(let options) = field.kind { choices = options } else { choices = ["skip", "back", "why", "help"] }
                case .summary(let values): screen.show(words.summary(values, fields: form.fields))
                case .confirm(let values):
                    screen.show(words.summary(values, fields: form.fields))
                    screen.show(words.confirm)
                    choices = ["yes", "no"]
                case .submit(let values): return .submitted(values)
                case .end(let ending): return .stopped(ending)
                }
            }
            switch source.read(prompt: inputPrompt, choices: choices) {
            case .line(let line): effects = form.receive(line)
            case .interrupted(hadText: true): effects = []
            case .interrupted(hadText: false), .terminated: effects = form.quit()
            case .ended: effects = source.isTerminal ? form.quit() : form.endOfInput()
            }
        }
    }
}
