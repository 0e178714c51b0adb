import Foundation
import Interview
import PlanReport
import PlanStore
import Planner
import Prompts
import Terminal
import Tracking
import Understanding

/// `salesplan revisit` as a conversation: the revisit dialogue's actions carried out, with a draft kept after every
/// accepted answer and the new revision saved only on the rep's word.
final class RevisitSession {
    let context: RepContext
    let words: PromptBook
    let talk: FieldWords
    let tracking: TrackingWords
    let screen: Screen
    let drafts: DraftKeeper<RevisitDialogue.Draft>
    let loop: LineLoop
    let setup: RevisitDialogue.Setup

    init(context: RepContext, words: PromptBook, source: LineSource, screen: Screen) {
        self.context = context
        self.words = words
        talk = FieldWords(words: words)
        tracking = TrackingWords(words: words)
        self.screen = screen
        drafts = DraftKeeper(
            plans: context.plans, name: DraftStore<RevisitDialogue.Draft>.revisit, rep: context.plan.rep,
            section: "revisit_talk", words: words, screen: screen)
        loop = LineLoop(source: source, prompt: InterviewWords(words: words).inputPrompt)
        setup = .init(
            previous: context.plan, checkIns: context.checkIns, today: context.today,
            maxMisses: source.isTerminal ? nil : InterviewSession.pipeMissLimit)
    }

    static let commands = ["skip", "back", "why", "help", "summary", "that's everything"]
    static let noEntries = Entries<WeekField>(fields: [], fallbacks: [:])

    func run() -> Int32 {
        var dialogue = RevisitDialogue(setup: setup)
        return loop.drive(&dialogue, draft: drafts.load(), perform: perform)
    }

    private func perform(_ dialogue: RevisitDialogue, _ actions: [RevisitDialogue.Action]) -> Int32? {
        for action in actions {
            switch action {
            case .say(let message): say(message)
            case .offerResume(let draft):
                let summary = [draft.totals.map { talk.inline($0, variant: "total") }, draft.choices.map { talk.inline($0) }]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
                screen.show(
                    words.text(
                        "interview.question_line_plain",
                        [
                            "question": words.text("revisit_talk.resume", ["summary": summary]), "fallback": words.text("form.yes"),
                        ]))
                loop.choices = ["yes", "no"]
            case .askTotal(let field, let number, let of):
                screen.show(
                    talk.question(field, number: number, of: of, entries: dialogue.draft.totals ?? Self.noEntries, variant: "total"))
                loop.choices = Self.commands
            case .confirmTotals(let entries):
                screen.show(talk.summary(entries, variant: "total"))
                fallthrough
            case .reconfirmTotals:
                screen.show(talk.confirm(example: setup.activities.first.map(WeekField.attempts), totals: true))
                loop.choices = ["yes"]
            case .summaryTotals(let entries): screen.show(talk.summary(entries, variant: "total"))
            case .findings(let revisit, let fromTotals):
                screen.show(tracking.findings(revisit, fromTotals: fromTotals))
                screen.show("")
            case .askChoice(let field, let number, let of):
                screen.show(
                    talk.question(
                        field, number: number, of: of,
                        entries: dialogue.draft.choices ?? Entries(fields: [], fallbacks: [:])))
                loop.choices = field == .ratios ? Recalibration.Choice.allCases.map(\.rawValue) + Self.commands : Self.commands
            case .summaryChoices(let entries): screen.show(talk.summary(entries))
            case .outlook(let revisit):
                screen.show(tracking.outlook(revisit))
                screen.show(
                    words.text(
                        "interview.question_line_plain",
                        [
                            "question": words.text("revisit_talk.confirm"), "fallback": words.text("form.yes"),
                        ]))
                loop.choices = ["yes", "no", "change"]
            case .saveDraft(let draft): drafts.keep(draft)
            case .setDraftAside: drafts.setAside(date: context.today.description)
            case .saveRevision(let revisit):
                switch context.save(revision: revisit.plan, words: words) {
                case .success(let saved):
                    drafts.discard()
                    screen.show(tracking.savedRevision(revisit, json: saved.json.path, archive: saved.archive?.path ?? ""))
                case .failure(let failure):
                    failure.lines.forEach(screen.warn)
                    return ExitStatus.files.rawValue
                }
            case .end(let ending): return drafts.finish(ending, loop: loop)
            }
        }
        return nil
    }

    private func say(_ message: RevisitDialogue.Message) {
        switch message {
        case .opening(let weeks):
            screen.show(
                weeks == 0
                    ? words.text("revisit_talk.opening_none")
                    : words.text("revisit_talk.opening", ["weeks": String(weeks), "one": weeks == 1]))
        case .totals(let m): screen.show(talk.say(m, variant: "total"))
        case .choice(let m): screen.show(talk.say(m))
        case .resumed: screen.show(words.text("revisit_talk.resumed"))
        case .notSaved:
            drafts.discard()
            screen.show(words.text("revisit.not_saved"))
        case .cannotPlan(let refusal):
            screen.warn(words.text("planner.refused", ["problem": PlanProblemWords.words(for: refusal, words)]))
        }
    }
}
