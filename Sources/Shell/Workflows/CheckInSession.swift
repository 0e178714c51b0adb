import Foundation
import Interview
import PlanReport
import PlanStore
import Planner
import Prompts
import Terminal
import Tracking
import Understanding

/// `salesplan checkin` as a conversation, on the terminal or a pipe: the check-in dialogue's actions carried out,
/// with a draft kept after every accepted answer.
final class CheckInSession {
    let context: RepContext
    let words: PromptBook
    let talk: FieldWords
    let screen: Screen
    let drafts: DraftKeeper<Entries<WeekField>>
    let loop: LineLoop
    let setup: CheckInDialogue.Setup

    init(context: RepContext, words: PromptBook, source: LineSource, screen: Screen) {
        self.context = context
        self.words = words
        talk = FieldWords(words: words)
        self.screen = screen
        drafts = DraftKeeper(
            plans: context.plans, name: DraftStore<Entries<WeekField>>.checkIn, rep: context.plan.rep, section: "checkin",
            words: words, screen: screen)
        loop = LineLoop(source: source, prompt: InterviewWords(words: words).inputPrompt)
        setup = CheckInDialogue.Setup(
            today: context.today, activities: context.plan.inputs.channels.map(\.name),
            firstWeek: context.plan.firstCheckInWeek,
            checkedIn: context.checkIns, maxMisses: source.isTerminal ? nil : InterviewSession.pipeMissLimit)
    }

    func run() -> Int32 {
        var dialogue = CheckInDialogue(setup: setup)
        return loop.drive(&dialogue, draft: drafts.load(), perform: perform)
    }

    private func perform(_ dialogue: CheckInDialogue, _ actions: [CheckInDialogue.Action]) -> Int32? {
        let fields = setup.fields
        for action in actions {
            switch action {
            case .say(let message): say(message)
            case .ask(let field, let number, let of):
                screen.show(talk.question(field, number: number, of: of, entries: dialogue.entries ?? setup.blank))
                loop.choices = ["skip", "back", "why", "help", "summary", "that's everything"]
            case .offerResume(let draft):
                screen.show(
                    words.text(
                        "interview.question_line_plain",
                        [
                            "question": words.text("checkin.resume", ["summary": talk.inline(draft)]), "fallback": words.text("form.yes"),
                        ]))
                loop.choices = ["yes", "no"]
            case .offerReplace:
                screen.show(
                    words.text(
                        "interview.question_line_plain",
                        [
                            "question": words.text("checkin.replace_question"), "fallback": words.text("form.no"),
                        ]))
                loop.choices = ["replace", "no", "last week", "this week"]
            case .confirm(let entries):
                screen.show(talk.summary(entries))
                let doubts = CheckIn(entries, activities: setup.activities, week: setup.defaultWeek).doubts
                if !doubts.isEmpty { screen.show(talk.doubts(doubts)) }
                fallthrough
            case .reconfirm:
                screen.show(talk.confirm(example: fields.dropFirst().first))
                loop.choices = ["yes"] + fields.map { talk.text($0, "label") }
            case .summary(let entries): screen.show(talk.summary(entries))
            case .saveDraft(let entries): drafts.keep(entries)
            case .setDraftAside: drafts.setAside(date: context.today.description)
            case .save(let week, _):
                var out = Outcome()
                let saved = CheckInRecord(context: context, words: words).save([week], replace: true, json: false, into: &out)
                if saved.status == .success { drafts.discard() }
                if !saved.stdout.isEmpty { screen.show(saved.stdout.trimmingCharacters(in: .newlines)) }
                if !saved.stderr.isEmpty { screen.warn(saved.stderr.trimmingCharacters(in: .newlines)) }
                if saved.status != .success { return saved.status.rawValue }
            case .end(let ending): return drafts.finish(ending, loop: loop)
            }
        }
        return nil
    }

    private func say(_ message: CheckInDialogue.Message) {
        let figures = Figures(words: words)
        switch message {
        case .opening(let week): screen.show(words.text("checkin.opening", ["rep": context.plan.rep, "week": figures.date(week)]))
        case .notStarted(let first):
            screen.show(words.text("checkin.not_started", ["rep": context.plan.rep, "week": figures.date(first)]))
        case .field(let m): screen.show(talk.say(m))
        case .weekTaken(let existing):
            var shown = Entries(existing, fields: Array(setup.fields.dropFirst()))
            shown.values = shown.values.filter { ![.count(0), .money(0), .text("")].contains($0.value) }
            screen.show(words.text("checkin.week_taken", ["week": figures.date(existing.week), "figures": talk.inline(shown)]))
        case .resumed: screen.show(words.text("checkin.resumed"))
        }
    }
}
