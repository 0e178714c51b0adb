import Foundation
import PlanReport
import Planner
import Prompts
import Tracking
import Understanding

/// The `--json` documents of `show`, `list`, `checkin` and `revisit`: Codable values, encoded as plan.json is
/// (sorted keys, indented). A figure that is not known is written as null, not left out.
enum TrackingJSON {
    static func text<Document: Encodable>(_ document: Document) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }

    static func checkIn(_ c: CheckIn, pacing p: Pacing) -> String {
        text(CheckInDocument(checkin: WeekJSON(c), pacing: PacingJSON(p)))
    }

    static func show(_ plan: Plan, pacing: Pacing?, words: PromptBook) -> String {
        text(ShowDocument(plan: PlanWords(words: words).document(plan), pacing: OrNull(pacing.map(PacingJSON.init))))
    }

    static func list(_ rows: [(plan: Plan, lastCheckIn: Day?)]) -> String {
        text(rows.map { ListRow(plan: $0.plan, lastCheckIn: $0.lastCheckIn) })
    }

    static func revisit(_ r: Revisit, words: PromptBook) -> String {
        text(RevisitDocument(r, plan: PlanWords(words: words).document(r.plan)))
    }
}

/// A value written as JSON null when absent (Codable leaves absent optionals out).
struct OrNull<Value: Encodable>: Encodable {
    let value: Value?

    init(_ value: Value?) {
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}

/// A key spelled at run time (a week's fields are named by `WeekField.key`).
struct NamedKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

struct CheckInDocument: Encodable {
    let checkin: WeekJSON
    let pacing: PacingJSON
}

struct ShowDocument: Encodable {
    let plan: PlanDocument
    let pacing: OrNull<PacingJSON>
}

/// One week checked in, under the names its answers file uses.
struct WeekJSON: Encodable {
    let checkIn: CheckIn

    init(_ checkIn: CheckIn) {
        self.checkIn = checkIn
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: NamedKey.self)
        try c.encode(checkIn.week, forKey: NamedKey(WeekField.week.key))
        var list = c.nestedUnkeyedContainer(forKey: NamedKey("activities"))
        for activity in checkIn.activities {
            var item = list.nestedContainer(keyedBy: NamedKey.self)
            try item.encode(activity.name, forKey: NamedKey("name"))
            try item.encode(activity.attempts, forKey: NamedKey(WeekField.attempts("").key))
            try item.encode(activity.meetings, forKey: NamedKey(WeekField.booked("").key))
        }
        for field in WeekField.results { try c.encode(checkIn[count: field], forKey: NamedKey(field.key)) }
        try c.encode(checkIn.revenueClosed, forKey: NamedKey(WeekField.revenueClosed.key))
        try c.encode(checkIn.note, forKey: NamedKey(WeekField.note.key))
    }
}

/// The pacing of a week and of the weeks so far.
struct PacingJSON: Encodable {
    let pacing: Pacing

    init(_ pacing: Pacing) {
        self.pacing = pacing
    }

    struct PaceJSON: Encodable {
        let pace: Pace

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: NamedKey.self)
            switch pace.measure {
            case .activity(let name):
                try c.encode("activity", forKey: NamedKey("kind"))
                try c.encode(name, forKey: NamedKey("name"))
            case .meetings: try c.encode("meetings", forKey: NamedKey("kind"))
            case .opportunities: try c.encode("opportunities", forKey: NamedKey("kind"))
            case .deals: try c.encode("deals", forKey: NamedKey("kind"))
            }
            try c.encode(pace.target, forKey: NamedKey("target"))
            try c.encode(pace.actual, forKey: NamedKey("actual"))
            try c.encode(pace.share, forKey: NamedKey("share"))
        }
    }

    struct Revenue: Encodable {
        let closed: Double, goal: Double
        let proRated: Double

        enum CodingKeys: String, CodingKey {
            case closed, goal
            case proRated = "pro_rated"
        }
    }

    enum CodingKeys: String, CodingKey {
        case week, weeks, verdict, revenue
        case thisWeek = "this_week", soFar = "so_far"
    }

    static func verdict(_ v: Pacing.Verdict) -> String {
        switch v {
        case .noTargets: return "no_targets"
        case .onPlan: return "on_plan"
        case .convertingBetter: return "converting_better"
        case .convertingWorse: return "converting_worse"
        case .behind: return "behind"
        case .behindMeetingsMost: return "behind_meetings_most"
        case .meetingsOnly: return "meetings_only"
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pacing.week, forKey: .week)
        try c.encode(pacing.weeks, forKey: .weeks)
        try c.encode(pacing.thisWeek.map(PaceJSON.init), forKey: .thisWeek)
        try c.encode(pacing.soFar.map(PaceJSON.init), forKey: .soFar)
        try c.encode(Self.verdict(pacing.verdict), forKey: .verdict)
        let r = pacing.revenue
        try c.encode(Revenue(closed: r.closed, goal: r.goal, proRated: r.proRated.rounded()), forKey: .revenue)
    }
}

/// One rep in `list --json`.
struct ListRow: Encodable {
    let rep: String, slug: String
    let period: Period
    let weeklyMeetings: Int, revision: Int
    let lastCheckIn: OrNull<Day>

    enum CodingKeys: String, CodingKey {
        case rep, slug, period, revision
        case weeklyMeetings = "weekly_meetings", lastCheckIn = "last_checkin"
    }

    init(plan: Plan, lastCheckIn: Day?) {
        rep = plan.rep
        slug = plan.slug
        period = plan.period
        weeklyMeetings = plan.weekly.meetings
        revision = plan.revision
        self.lastCheckIn = OrNull(lastCheckIn)
    }
}
