import Dispatch
import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking

/// `salesplan team`: one row per rep, the rep who needs attention first, as a table, JSON or CSV.
public struct TeamView: Sendable {
    public enum Format: Sendable { case table, json, csv }

    public var place: Place
    public var format: Format
    /// Plans whose period has ended too (they are left out otherwise).
    public var all: Bool
    /// Every column, the week's activities too, however wide.
    public var wide: Bool

    public init(place: Place, format: Format, all: Bool = false, wide: Bool = false) {
        self.place = place
        self.format = format
        self.all = all
        self.wide = wide
    }

    /// Every rep's row, read in parallel; reps whose files cannot be read are reported, not dropped silently.
    func rows(_ plans: PlansFolder, today: Day, words: PromptBook) -> (rows: [TeamRow], problems: [String], ended: Int) {
        let slugs = plans.slugs()
        let results = Results(count: slugs.count)
        DispatchQueue.concurrentPerform(iterations: slugs.count) { i in
            do {
                let files = try plans.rep(slugs[i])
                let plan = try files.outline()
                guard all || plan.inputs.period.end >= today else {
                    results.set(i, .ended)
                    return
                }
                var ignored = Outcome()
                let checkIns = try RepContext.readCheckIns(files, today: today, words: words, into: &ignored)
                guard let checkIns else {
                    results.set(i, .failure(ignored.stderr.trimmingCharacters(in: .newlines)))
                    return
                }
                let earlier = files.earlier(PlanOutline.self, before: plan.revision)
                results.set(i, .success(TeamRow(outline: plan, checkIns: checkIns, today: today, earlier: earlier)))
            } catch let error as StoreError {
                results.set(i, .failure(error.words(words)))
            } catch {
                results.set(i, .failure("\(error)"))
            }
        }
        var rows: [TeamRow] = [], problems: [String] = [], ended = 0
        for result in results.all {
            switch result {
            case .success(let row): rows.append(row)
            case .failure(let problem): problems.append(problem)
            case .ended: ended += 1
            case nil: break
            }
        }
        return (rows.sorted(by: TeamRow.attentionFirst), problems, ended)
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let plans = place.plansFolder(words: words, into: &out) else { return out }
        let (rows, problems, ended) = rows(plans, today: place.today, words: words)
        // The readable reps are shown; an unreadable one still ends the command as a file problem, as `show` does.
        for problem in problems { out.fail(problem, .files) }
        switch format {
        case .table:
            out.say(
                rows.isEmpty
                    ? words.text("tracking.list_empty", ["dir": plans.root.path]) : TrackingWords(words: words).team(rows, wide: wide))
            if ended > 0 { out.say(words.text("team.ended_left_out", count: ended, ["count": String(ended)])) }
        case .json:
            out.stdout += Self.json(rows)
        case .csv:
            out.stdout += CSV.line(Self.columns)
            for row in rows { out.stdout += CSV.line(Self.fields(row)) }
        }
        return out
    }

    static let columns = [
        "rep", "slug", "weekly_meetings", "weekly_activities", "last_checkin", "last_week_share", "so_far_share",
        "chance_now", "flags",
    ]

    /// The CSV cells of a row, in `columns` order.
    static func fields(_ row: TeamRow) -> [String] {
        func share(_ x: Double?) -> String { x.map { String(($0 * 10_000).rounded() / 10_000) } ?? "" }
        return [
            row.rep, row.slug, String(row.weeklyMeetings),
            row.weeklyActivities.map { "\($0.name): \($0.count)" }.joined(separator: "; "),
            row.lastWeek?.description ?? "", share(row.lastWeekShare), share(row.soFarShare), share(row.chanceNow),
            row.flags.map(\.rawValue).joined(separator: " "),
        ]
    }

    /// One row of `team --json`: the CSV's columns, with the activities as a list and absent figures as null.
    struct RowJSON: Encodable {
        struct Activity: Encodable {
            let name: String
            let count: Int
        }

        let rep: String, slug: String
        let weeklyMeetings: Int
        let weeklyActivities: [Activity]
        let lastCheckIn: OrNull<Day>
        let lastWeekShare: OrNull<Double>, soFarShare: OrNull<Double>, chanceNow: OrNull<Double>
        let flags: [String]

        enum CodingKeys: String, CodingKey {
            case rep, slug, flags
            case weeklyMeetings = "weekly_meetings", weeklyActivities = "weekly_activities", lastCheckIn = "last_checkin"
            case lastWeekShare = "last_week_share", soFarShare = "so_far_share", chanceNow = "chance_now"
        }

        init(_ row: TeamRow) {
            func finite(_ x: Double?) -> OrNull<Double> { OrNull(x.flatMap { $0.isFinite ? $0 : nil }) }
            rep = row.rep
            slug = row.slug
            weeklyMeetings = row.weeklyMeetings
            weeklyActivities = row.weeklyActivities.map { Activity(name: $0.name, count: $0.count) }
            lastCheckIn = OrNull(row.lastWeek)
            lastWeekShare = finite(row.lastWeekShare)
            soFarShare = finite(row.soFarShare)
            chanceNow = finite(row.chanceNow)
            flags = row.flags.map(\.rawValue)
        }
    }

    /// The rows as a JSON array, one object a line.
    static func json(_ rows: [TeamRow]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = rows.map { row in
            "  " + String(decoding: (try? encoder.encode(RowJSON(row))) ?? Data("{}".utf8), as: UTF8.self)
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }
}

/// Per-rep results written from parallel workers.
private final class Results: @unchecked Sendable {
    enum Entry {
        case success(TeamRow)
        case failure(String)
        /// A plan whose period has ended, left out.
        case ended
    }

    private let lock = NSLock()
    private var values: [Entry?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ i: Int, _ entry: Entry) {
        lock.lock()
        defer { lock.unlock() }
        values[i] = entry
    }

    var all: [Entry?] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
