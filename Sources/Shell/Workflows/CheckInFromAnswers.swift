import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking
import Understanding

/// `salesplan checkin [REP] --answers FILE`: one week of actuals, stored in checkins.csv, then the pacing.
public struct CheckInFromAnswers: Sendable {
    public var rep: String?
    public var answersPath: String
    public var place: Place
    public var replace: Bool
    public var json: Bool

    public init(rep: String?, answersPath: String, place: Place, replace: Bool, json: Bool) {
        self.rep = rep
        self.answersPath = answersPath
        self.place = place
        self.replace = replace
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let source = AnswersFile.read(answersPath, words: words, into: &out) else { return out }
        guard let context = RepContext.open(rep, command: "checkin", place: place, words: words, into: &out) else { return out }
        let checkIn: CheckIn
        do {
            let tree = try AnswerTree.parse(source)
            switch TrackingAnswers.checkIn(tree, today: place.today) {
            case .success(let c): checkIn = c
            case .failure(let problems):
                AnswersFile.refuse(problems.all.map(ProblemWords(words: words).line), path: answersPath, words: words, into: &out)
                return out
            }
        } catch {
            AnswersFile.refuse([ProblemWords(words: words).line(error)], path: answersPath, words: words, into: &out)
            return out
        }
        return CheckInRecord(context: context, words: words).save(checkIn, replace: replace, json: json, into: &out)
    }
}

/// Stores a week's check-in beside the plan and shows the pacing; shared by the answers file and the conversation.
struct CheckInRecord {
    let context: RepContext
    let words: PromptBook

    func exists(_ week: Day) -> Bool {
        context.checkIns.contains { $0.week == week }
    }

    func save(_ checkIn: CheckIn, replace: Bool, json: Bool, into out: inout Outcome) -> Outcome {
        let figures = Figures(words: words)
        let existed = exists(checkIn.week)
        if existed, !replace {
            out.fail(words.text("tracking.already_checked_in", ["rep": context.plan.rep, "week": figures.date(checkIn.week)]), .badInput)
            return out
        }
        let all = context.checkIns.filter { $0.week != checkIn.week } + [checkIn]
        do {
            try context.save(all)
        } catch let error as StoreError {
            out.fail(error.words(words), .files)
            return out
        } catch {
            out.fail(words.text("store.cannot_write", ["path": context.files.checkInsURL.path, "reason": "\(error)"]), .files)
            return out
        }
        let pacing = Pacing.make(plan: context.plan, checkIns: all, week: checkIn.week)
        if json {
            out.stdout += TrackingJSON.checkIn(checkIn, pacing: pacing)
            return out
        }
        out.say(words.text(existed ? "tracking.replaced" : "tracking.checked_in", [
            "rep": context.plan.rep, "week": figures.date(checkIn.week), "path": context.files.checkInsURL.path,
        ]))
        out.say(TrackingWords(words: words).pacing(pacing))
        return out
    }
}
