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

/// `salesplan checkin [REP] --sheet FILE.csv`: every week filled in on the tracking sheet, as check-ins.
public struct CheckInFromSheet: Sendable {
    public var rep: String?
    public var sheetPath: String
    public var place: Place
    public var replace: Bool
    public var json: Bool

    public init(rep: String?, sheetPath: String, place: Place, replace: Bool, json: Bool) {
        self.rep = rep
        self.sheetPath = sheetPath
        self.place = place
        self.replace = replace
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let text = AnswersFile.read(sheetPath, words: words, into: &out),
              let context = RepContext.open(rep, command: "checkin", place: place, words: words, into: &out)
        else { return out }
        let weeks: [CheckIn]
        switch CheckInSheet.read(text, today: place.today, filledOnly: true) {
        case .success(let read): weeks = read
        case .failure(let problem):
            out.fail(RepContext.describe(problem, path: sheetPath, words: words), .badInput)
            return out
        }
        let fresh = weeks.filter { week in replace || !context.checkIns.contains { $0.week == week.week } }
        guard let last = fresh.last else {
            let key = weeks.isEmpty ? "sheet_import.nothing" : "sheet_import.all_kept"
            out.fail(words.text(key, ["path": sheetPath, "count": String(weeks.count)]), .badInput)
            return out
        }
        let all = context.checkIns.filter { old in !fresh.contains { $0.week == old.week } } + fresh
        do {
            try context.save(all.sorted { $0.week < $1.week })
        } catch let error as StoreError {
            out.fail(error.words(words), .files)
            return out
        } catch {
            out.fail(words.text("store.cannot_write", ["path": context.files.checkInsURL.path, "reason": "\(error)"]), .files)
            return out
        }
        let pacing = Pacing.make(plan: context.plan, checkIns: all, week: last.week)
        if json {
            out.stdout += TrackingJSON.checkIn(last, pacing: pacing)
            return out
        }
        var values: [String: Any] = ["count": String(fresh.count), "path": sheetPath]
        if weeks.count > fresh.count { values["kept"] = String(weeks.count - fresh.count) }
        out.say(words.text("sheet_import.done", values))
        out.say(TrackingWords(words: words).pacing(pacing))
        return out
    }
}
