import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking
import Understanding

/// `salesplan revisit [REP] [--answers FILE]`: actuals, the leak, recalibrated ratios and the catch-up plan,
/// saved as the next revision with the previous plan kept.
public struct RevisitFromAnswers: Sendable {
    public var rep: String?
    public var answersPath: String?
    public var place: Place
    public var json: Bool

    public init(rep: String?, answersPath: String?, place: Place, json: Bool) {
        self.rep = rep
        self.answersPath = answersPath
        self.place = place
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        var answers = TrackingAnswers.RevisitAnswers()
        if let answersPath {
            guard let source = AnswersFile.read(answersPath, words: words, into: &out) else { return out }
            do {
                switch TrackingAnswers.revisit(try AnswerTree.parse(source), today: place.today) {
                case .success(let a): answers = a
                case .failure(let problems):
                    AnswersFile.refuse(problems.all.map(ProblemWords(words: words).line), path: answersPath, words: words, into: &out)
                    return out
                }
            } catch {
                AnswersFile.refuse([ProblemWords(words: words).line(error)], path: answersPath, words: words, into: &out)
                return out
            }
        }
        guard let context = RepContext.open(rep, command: "revisit", place: place, words: words, into: &out) else { return out }
        let checkIns = context.checkIns.isEmpty ? answers.totals : context.checkIns
        guard !checkIns.isEmpty else {
            out.fail(words.text("tracking.no_checkins", ["rep": context.plan.rep]), .badInput)
            return out
        }
        let revisit: Revisit
        do {
            revisit = try Revisit(
                previous: context.plan, checkIns: checkIns,
                choices: .init(
                    today: place.today, ratios: answers.ratios, openOpportunities: answers.openOpportunities,
                    prospectingHours: answers.prospectingHours, timeBlocks: answers.timeBlocks, reason: answers.reason))
        } catch {
            out.fail(words.text("planner.refused", ["problem": PlanProblemWords.words(for: error, words)]), .badInput)
            return out
        }
        let saved: PlanFiles.Saved
        switch context.save(revision: revisit.plan, words: words) {
        case .success(let done): saved = done
        case .failure(let failure):
            failure.lines.forEach { out.complain($0) }
            out.status = .files
            return out
        }
        if json {
            out.stdout += TrackingJSON.revisit(revisit, words: words)
            return out
        }
        out.say(
            TrackingWords(words: words).revisit(
                revisit, archive: saved.archive?.path ?? "", saved: saved.json.path,
                fromTotals: context.checkIns.isEmpty))
        return out
    }
}
