import Foundation
import Interview
import PlanReport
import PlanStore
import Planner
import Prompts
import Terminal
import Tracking
import Understanding

/// `salesplan new` without an answers file: the interview, run against a line source and a screen.
public final class InterviewSession {
    let words: PromptBook
    let talk: InterviewWords
    /// The plans folder, or why there is none (no HOME): the interview still runs, drafts go to the fallback
    /// folder, and the plan is printed at the end.
    let plans: Result<PlansFolder, StoreError>
    let drafts: DraftStore<Answers>
    let source: LineSource
    let screen: Screen
    let asOf: Day
    /// Refused answers in a row before a session with no one at a terminal gives up.
    public static let pipeMissLimit = 5

    private var interview: Interview
    private var lastPrompt: Prompt?
    private var draftPath: URL?
    private var draftWarned = false
    /// The rep's folder and the revision of their plan when this session learned the name: saving expects it still.
    private var base: (rep: String, slug: String, revision: Int?)?

    public init(
        words: PromptBook, plans: Result<PlansFolder, StoreError>, fallback: PlansFolder?,
        source: LineSource, screen: Screen, asOf: Day
    ) {
        self.words = words
        talk = InterviewWords(words: words)
        self.plans = plans
        self.source = source
        self.screen = screen
        self.asOf = asOf
        let catalogue = words.entries(under: "catalogue").compactMapValues(Double.init)
        let starting = StartingFigures.read(words.entries(under: "starting"))
        var team: TeamDefaults?
        var histories: [String: Interview.History] = [:]
        switch plans {
        case .success(let folder):
            drafts = DraftStore(plans: folder, fallback: fallback)
            team = TeamFile.read(folder, asOf: asOf, words: words, warn: screen.warn)
            histories = ImportHistory.all(folder).mapValues(Self.defaults)
        case .failure(let error):
            // With no plans folder the fallback holds the drafts; with no fallback either, drafts fail and say so.
            drafts = DraftStore(plans: fallback ?? PlansFolder(root: URL(fileURLWithPath: "/nonexistent/salesplan")))
            screen.warn(error.words(words))
            screen.warn(words.text("interview.no_folder_plan_printed"))
        }
        interview = Interview(
            setup: .init(
                asOf: asOf, maxMisses: source.isTerminal ? nil : Self.pipeMissLimit, catalogue: catalogue, team: team,
                histories: histories, starting: starting.figures, startingRecalibration: starting.weeks))
    }

    /// Notes the revision of `rep`'s plan on disk the first time the name is known.
    private func noteBase(_ rep: String?) {
        guard let rep, !rep.isEmpty, base?.rep != rep, case .success(let folder) = plans else { return }
        let slug = folder.folderName(for: rep)
        base = (rep, slug, (try? folder.rep(slug))?.header()?.revision)
    }

    /// A rep's CRM history as the interview's defaults, each with the deals it rests on.
    static func defaults(_ h: RepHistory) -> Interview.History {
        var values: [Slot: (value: SlotValue, sample: Int)] = [:]
        if let deal = h.averageDeal { values[.dealSize] = (.money(deal.rounded()), h.won) }
        if let rate = h.closeRate, rate > 0 { values[.closeRate] = (.rate(rate), h.won + h.lost) }
        if let cycle = h.medianCycleWeeks { values[.salesCycleWeeks] = (.weeks((cycle * 10).rounded() / 10), h.cycleSample) }
        values[.openOpportunities] = (.count(h.open), h.open)
        return Interview.History(
            values: values, dealSizeCV: h.dealSizeCV, openPipeline: h.openPipeline,
            seasonality: h.wonByMonth.flatMap { Seasonality(wonByMonth: $0, deals: h.won) })
    }

    /// Runs the conversation to its end; returns the exit code.
    public func run() -> Int32 {
        let found = drafts.latest()
        draftPath = found?.path
        noteBase(found?.draft.rep)
        var effects = interview.start(draft: found?.draft)
        while true {
            if let code = perform(effects) { return code }
            guard interview.question != nil else { return ExitStatus.success.rawValue }
            effects = nextEffects()
        }
    }

    /// Reads until something the interview must hear.
    private func nextEffects() -> [Effect] {
        while true {
            switch source.read(prompt: talk.inputPrompt, choices: lastPrompt?.choices ?? []) {
            case .line(let line):
                return interview.receive(line)
            case .interrupted(hadText: true):
                continue
            case .interrupted(hadText: false):
                if offerToQuit() { return interview.quit() }
                if let prompt = lastPrompt { screen.show(talk.question(prompt, answers: interview.answers)) }
            case .ended:
                return source.isTerminal ? interview.quit() : interview.endOfInput()
            case .terminated(let signal):
                terminatedBy = signal
                return interview.quit()
            }
        }
    }

    private var terminatedBy: Int32?

    /// Ctrl-C at an empty prompt: "Stop now? Your answers are kept." Enter, yes, Ctrl-C or Ctrl-D stop.
    private func offerToQuit() -> Bool {
        screen.show(
            words.text(
                "interview.question_line_plain",
                [
                    "question": words.text("interview.quit_offer"), "fallback": words.text("fallback.yes"),
                ]))
        switch source.read(prompt: talk.inputPrompt, choices: ["yes", "no"]) {
        case .line(let answer):
            let text = answer.trimmingCharacters(in: .whitespaces)
            return text.isEmpty || (try? Understand.yesNo(text).get().value) == true
        case .interrupted, .ended, .terminated:
            return true
        }
    }

    /// Carries out effects; returns an exit code when the session is over.
    private func perform(_ effects: [Effect]) -> Int32? {
        for effect in effects {
            switch effect {
            case .say(let message):
                screen.show(talk.say(message))
            case .ask(let prompt):
                lastPrompt = prompt
                screen.show(talk.question(prompt, answers: interview.draft ?? interview.answers))
            case .saveDraft(let answers):
                saveDraft(answers)
            case .setDraftAside(let answers):
                if let aside = drafts.setAside(rep: answers.rep, date: asOf.description) {
                    screen.show(words.text("interview.set_aside", ["path": aside.path]))
                }
                draftPath = nil
            case .savePlan(let inputs):
                if let code = savePlan(inputs) { return code }
            case .end(let ending):
                return finish(ending)
            }
        }
        return nil
    }

    private func saveDraft(_ answers: Answers) {
        noteBase(answers.rep)
        do {
            draftPath = try drafts.save(answers, rep: answers.rep)
        } catch {
            if !draftWarned {
                screen.warn(words.text("interview.draft_not_kept", ["reason": error.words(words)]))
                draftWarned = true
            }
        }
    }

    private func savePlan(_ inputs: PlanInputs) -> Int32? {
        let plan: Plan
        do {
            plan = try Planner.plan(inputs)
        } catch {
            screen.warn(words.text("planner.refused", ["problem": PlanProblemWords.words(for: error, words)]))
            return ExitStatus.badInput.rawValue
        }
        do {
            let folder = try plans.get()
            noteBase(plan.rep)
            let saved = try PlanFiles(words: words).save(plan, in: folder, expecting: .revision(base?.revision))
            drafts.discard(rep: interview.answers.rep)
            draftPath = nil
            screen.show(
                words.text(
                    "interview.saved",
                    [
                        "rep": plan.rep, "files": saved.list,
                    ]))
            saved.kept(words).forEach(screen.show)
            show(saved.plan)
            screen.show(words.text("advice.\(plan.profile?.rawValue ?? "none")"))
            return nil
        } catch let error as StoreError {
            screen.warn(error.words(words))
        } catch {
            screen.warn(words.text("store.cannot_write", ["path": (try? plans.get().root.path) ?? "", "reason": "\(error)"]))
        }
        // Nothing is lost: the plan on the screen, the answers in a draft to resume from.
        show(plan)
        saveDraft(interview.answers)
        if let draftPath { screen.warn(words.text("interview.draft_kept", ["path": draftPath.path])) }
        screen.warn(words.text("interview.resume_hint"))
        return ExitStatus.files.rawValue
    }

    private func show(_ plan: Plan) {
        screen.show("")
        screen.show(PlanScreen(words: words).render(plan, width: screen.width))
        screen.show("")
    }

    private func finish(_ ending: Ending) -> Int32 {
        switch ending {
        case .saved, .declined:
            return ExitStatus.success.rawValue
        case .quit:
            if let draftPath {
                screen.show(words.text("interview.draft_kept", ["path": draftPath.path]))
                screen.show(words.text("interview.resume_hint"))
            }
            return terminatedBy.map { 128 + $0 } ?? ExitStatus.success.rawValue
        case .gaveUp, .inputEnded:
            if ending == .inputEnded { screen.warn(words.text("interview.input_ended")) }
            if let draftPath {
                screen.warn(words.text("interview.draft_kept", ["path": draftPath.path]))
                screen.warn(words.text("interview.resume_hint"))
            }
            return ExitStatus.badInput.rawValue
        }
    }
}
