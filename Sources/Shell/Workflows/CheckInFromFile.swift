import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking
import Understanding

/// `salesplan checkin [REP] --answers FILE` (one week) or `--sheet FILE.csv` (every week filled in on a tracking sheet).
public struct CheckInFromFile: Sendable {
    public enum Kind: Sendable { case answers, sheet }

    public var rep: String?
    public var path: String
    public var kind: Kind
    public var place: Place
    public var replace: Bool
    public var json: Bool

    public init(rep: String?, path: String, kind: Kind, place: Place, replace: Bool, json: Bool) {
        self.rep = rep
        self.path = path
        self.kind = kind
        self.place = place
        self.replace = replace
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let source = AnswersFile.read(path, words: words, into: &out),
            let context = RepContext.open(rep, command: "checkin", place: place, words: words, into: &out)
        else { return out }
        let record = CheckInRecord(context: context, words: words)
        switch kind {
        case .answers:
            let problems: [String]
            do {
                switch TrackingAnswers.checkIn(try AnswerTree.parse(source), today: place.today) {
                case .success(let checkIn): return record.save([checkIn], replace: replace, json: json, into: &out)
                case .failure(let found): problems = found.all.map(ProblemWords(words: words).line)
                }
            } catch {
                problems = [ProblemWords(words: words).line(error)]
            }
            AnswersFile.refuse(problems, path: path, words: words, into: &out)
            return out
        case .sheet:
            switch CheckInSheet.readWeeks(source, today: place.today, filledOnly: true, rep: context.plan.rep) {
            case .success(let weeks):
                let figures = Figures(words: words)
                for (week, rows) in weeks.addedUp.sorted(by: { $0.key < $1.key }) {
                    out.say(words.text("tracking.sheet_rows_added", ["rows": String(rows), "week": figures.date(week)]))
                }
                return record.save(weeks.checkIns, replace: replace, json: json, from: path, into: &out)
            case .failure(let problem):
                out.fail(RepContext.describe(problem, path: path, words: words), .badInput)
                return out
            }
        }
    }
}

/// Stores a week's check-in beside the plan and shows the pacing; shared by the answers file and the conversation.
struct CheckInRecord {
    let context: RepContext
    let words: PromptBook

    func exists(_ week: Day) -> Bool {
        context.exists(week)
    }

    /// Saves `weeks` (one check-in, or a sheet's weeks when `from` names the sheet) and shows the latest week's pacing.
    /// Weeks already checked in are replaced only with `replace`. The rep's lock is held from reading the
    /// check-ins on disk to writing them, so two check-ins at once both land.
    func save(_ weeks: [CheckIn], replace: Bool, json: Bool, from sheet: String? = nil, into out: inout Outcome) -> Outcome {
        let figures = Figures(words: words)
        // Only weeks of the plan that have begun: a sheet of weeks from 1900 to 3027 is refused, not stored.
        let period = context.plan.inputs.period
        let first = CheckIn.weekStart(of: period.start), last = CheckIn.weekStart(of: min(period.end, context.today))
        let outside = weeks.filter { $0.week < first || $0.week > last }
        if let example = outside.first {
            guard first <= last else {
                out.fail(words.text("tracking.plan_not_begun", ["rep": context.plan.rep, "week": figures.date(first)]), .badInput)
                return out
            }
            out.fail(
                words.text(
                    "tracking.weeks_outside_plan",
                    [
                        "count": String(outside.count), "path": sheet ?? "", "week": figures.date(example.week),
                        "span": figures.span(first, last),
                    ]), .badInput)
            return out
        }
        let lock: RepLock
        var onDisk = context
        do {
            lock = try RepLock.acquire(context.files.folder)
            guard let current = try RepContext.readCheckIns(context.files, today: context.today, words: words, into: &out) else {
                return out
            }
            onDisk.checkIns = current
        } catch {
            out.fail(error.words(words), .files)
            return out
        }
        defer { lock.release() }
        let fresh = weeks.filter { replace || !onDisk.exists($0.week) }
        guard let last = fresh.last else {
            if let sheet {
                let key = weeks.isEmpty ? "sheet_import.nothing" : "sheet_import.all_kept"
                out.fail(words.text(key, ["path": sheet, "count": String(weeks.count)]), .badInput)
            } else if let week = weeks.first {
                out.fail(words.text("tracking.already_checked_in", ["rep": context.plan.rep, "week": figures.date(week.week)]), .badInput)
            }
            return out
        }
        let all = (onDisk.checkIns.filter { old in !fresh.contains { $0.week == old.week } } + fresh).sorted { $0.week < $1.week }
        do {
            try context.save(all)
        } catch let error as StoreError {
            out.fail(error.words(words), .files)
            return out
        } catch {
            out.fail(words.text("store.cannot_write", ["path": context.files.checkInsURL.path, "reason": "\(error)"]), .files)
            return out
        }
        let earlier = context.files.earlier(Plan.self, before: context.plan.revision)
        let pacing = Pacing.make(plan: context.plan, checkIns: all, week: last.week, earlier: earlier)
        if json {
            out.stdout += TrackingJSON.checkIn(last, pacing: pacing)
            return out
        }
        if let sheet {
            var values: [String: Any] = ["count": String(fresh.count), "path": sheet]
            if weeks.count > fresh.count { values["kept"] = String(weeks.count - fresh.count) }
            out.say(words.text("sheet_import.done", values))
        } else {
            out.say(
                words.text(
                    onDisk.exists(last.week) ? "tracking.replaced" : "tracking.checked_in",
                    [
                        "rep": context.plan.rep, "week": figures.date(last.week), "path": context.files.checkInsURL.path,
                    ]))
        }
        out.say(TrackingWords(words: words).pacing(pacing))
        return out
    }
}
