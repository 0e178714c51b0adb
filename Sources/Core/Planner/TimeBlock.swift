/// A weekly block of prospecting time: a weekday (1 Monday … 7 Sunday) and a start and end in local time,
/// as minutes after midnight.
public struct TimeBlock: Equatable, Hashable, Sendable, Codable {
    public var weekday: Int
    public var start: Int
    public var end: Int

    public init(weekday: Int, start: Int, end: Int) {
        self.weekday = weekday
        self.start = start
        self.end = end
    }

    public var minutes: Int { end - start }

    /// Lower-case English day names as plan.json spells them, Monday first.
    public static let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    enum CodingKeys: String, CodingKey { case day, start, end }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let day = try c.decode(String.self, forKey: .day)
        guard let index = Self.dayNames.firstIndex(of: day) else {
            throw DecodingError.dataCorruptedError(forKey: .day, in: c, debugDescription: "not a day of the week")
        }
        weekday = index + 1
        start = try Self.minutes(c.decode(String.self, forKey: .start), key: .start, in: c)
        end = try Self.minutes(c.decode(String.self, forKey: .end), key: .end, in: c)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.dayNames[(weekday - 1) % 7], forKey: .day)
        try c.encode(Self.clock(start), forKey: .start)
        try c.encode(Self.clock(end), forKey: .end)
    }

    /// "09:30" for 570.
    public static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    static func minutes(_ text: String, key: CodingKeys, in c: KeyedDecodingContainer<CodingKeys>) throws -> Int {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not a time of day")
        }
        return h * 60 + m
    }

    /// Blocks the plan suggests when the rep names none: the same morning block on every selling day,
    /// from 9:00, long enough (in half hours) for the week's activities, at most eight hours a day;
    /// none when no activity has a time per attempt.
    public static func suggested(weeklyMinutes: Double, workingDays: Int) -> [TimeBlock] {
        guard weeklyMinutes > 0 else { return [] }
        let days = min(max(workingDays, 1), 7)
        let perDay = Rounding.upCount(weeklyMinutes / Double(days) / 30) * 30
        let length = min(max(perDay, 30), 8 * 60)
        return (1...days).map { TimeBlock(weekday: $0, start: 9 * 60, end: 9 * 60 + length) }
    }
}

/// The weekly time blocks of a plan, and whether they cover the minutes its activities take.
public struct TimeBlocks: Equatable, Sendable, Codable {
    public var blocks: [TimeBlock]
    /// The rep named none, so these are the plan's suggestion.
    public var suggested: Bool
    /// Minutes a week the activities with a time per attempt take.
    public var activityMinutes: Double

    public init(blocks: [TimeBlock], suggested: Bool, activityMinutes: Double) {
        self.blocks = blocks
        self.suggested = suggested
        self.activityMinutes = activityMinutes
    }

    public var minutes: Int { blocks.reduce(0) { $0 + $1.minutes } }
    /// The blocks are shorter than the activities need.
    public var short: Bool { Double(minutes) + 1e-9 < activityMinutes }

    enum CodingKeys: String, CodingKey {
        case blocks, suggested
        case activityMinutes = "activity_minutes_a_week"
        case minutes = "minutes_a_week"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        blocks = try c.decode([TimeBlock].self, forKey: .blocks)
        suggested = try c.decode(Bool.self, forKey: .suggested)
        activityMinutes = try c.decode(Double.self, forKey: .activityMinutes)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(suggested, forKey: .suggested)
        try c.encode(minutes, forKey: .minutes)
        try c.encode(activityMinutes, forKey: .activityMinutes)
    }
}

extension Plan {
    /// Each block, in week order, with its share of the week's activities: every activity split over the blocks
    /// in proportion to their minutes, the counts adding up to the week's exactly.
    public var activitiesByBlock: [(block: TimeBlock, activities: [WeeklyActivity])] {
        let blocks = timeBlocks.blocks.sorted { ($0.weekday, $0.start) < ($1.weekday, $1.start) }
        var out = blocks.map { (block: $0, activities: [WeeklyActivity]()) }
        let total = blocks.reduce(0) { $0 + $1.minutes }
        guard total > 0 else { return out }
        for activity in activityTargets where activity.count > 0 {
            var given = 0
            var before = 0
            for (n, block) in blocks.enumerated() {
                before += block.minutes
                let upTo = Int((Double(activity.count) * Double(before) / Double(total)).rounded())
                let count = upTo - given
                given = upTo
                guard count > 0 else { continue }
                let minutes = activity.minutes.map { $0 * Double(count) / Double(activity.count) }
                out[n].activities.append(WeeklyActivity(name: activity.name, count: count, minutes: minutes))
            }
        }
        return out
    }
}
