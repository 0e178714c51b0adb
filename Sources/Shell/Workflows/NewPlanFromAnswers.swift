import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Understanding

/// `salesplan new --answers FILE`: read the answers, plan, write plan.json and plan.md, say where.
public struct NewPlanFromAnswers: Sendable {
    public var answersPath: String
    public var place: Place
    /// `--as-of`: the plan's day, over the answers file's.
    public var asOf: Day?
    public var json: Bool

    public init(answersPath: String, place: Place, asOf: Day?, json: Bool) {
        self.answersPath = answersPath
        self.place = place
        self.asOf = asOf
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let source = AnswersFile.read(answersPath, words: words, into: &out) else { return out }
        let inputs: PlanInputs
        switch AnswerSheet.inputs(from: source, today: place.today, asOf: asOf) {
        case .success(let read):
            inputs = read
        case .failure(let problems):
            AnswersFile.refuse(problems.all.map(ProblemWords(words: words).line), path: answersPath, words: words, into: &out)
            return out
        }
        let plan: Plan
        do {
            plan = try Planner.plan(inputs)
        } catch {
            out.fail(words.text("planner.refused", ["problem": PlanProblemWords.words(for: error, words)]), .badInput)
            return out
        }
        let files = PlanFiles(words: words)
        do {
            let folder = try PlansFolder.resolve(dir: place.dir, environment: place.environment)
            let saved = try files.save(plan, in: folder, expecting: .anything)
            // Saved as asked, but a plan beyond reach is said where it is seen even when stdout is kept.
            PlanWords(words: words).realism(saved.plan, .saved).forEach { out.complain($0) }
            if json {
                out.stdout += String(decoding: try files.json(saved.plan), as: UTF8.self)
            } else {
                out.say(
                    words.text(
                        "summary.saved",
                        [
                            "rep": plan.rep, "files": saved.list,
                        ]))
                saved.kept(words).forEach { out.say($0) }
                out.say(PlanWords(words: words).summary(saved.plan))
            }
        } catch {
            let reason =
                (error as? StoreError)?.words(words)
                ?? words.text("store.cannot_write", ["path": place.dir ?? "", "reason": "\(error)"])
            out.fail(reason, .files)
            // Nothing is lost: the plan goes to stdout, where it can be kept, and the answers file is unchanged.
            out.complain(words.text("summary.printed_instead", ["path": answersPath]))
            out.stdout +=
                json
                ? ((try? String(decoding: files.json(plan), as: UTF8.self)) ?? "")
                : String(decoding: files.markdown(plan), as: UTF8.self)
        }
        return out
    }
}
