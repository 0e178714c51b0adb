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

/// The week's activities placed in the prospecting blocks, and what does not fit in them.
public struct BlockPlan: Equatable, Sendable {
    public var blocks: [(block: TimeBlock, activities: [Plan.WeeklyActivity])]
    /// Timed attempts no block has room for.
    public var unplaced: [Plan.WeeklyActivity]

    public static func == (a: BlockPlan, b: BlockPlan) -> Bool {
        a.blocks.map(\.block) == b.blocks.map(\.block) && a.blocks.map(\.activities) == b.blocks.map(\.activities)
            && a.unplaced == b.unplaced
    }

    /// Minutes of the attempts left out.
    public var minutesMissing: Double { unplaced.compactMap(\.minutes).reduce(0, +) }
}

extension Plan {
    /// Each block, in week order, with what to do in it, never more than it holds. Long attempts (an event) go
    /// whole into the block with the most room; the others are split over the room left, in proportion; what fits
    /// nowhere is kept aside to be said. Untimed activities are split by the blocks' length. Counts add up to the
    /// week's exactly, placed and unplaced together.
    public var blockPlan: BlockPlan {
        let blocks = timeBlocks.blocks.sorted { ($0.weekday, $0.start) < ($1.weekday, $1.start) }
        var out = blocks.map { (block: $0, activities: [WeeklyActivity]()) }
        var unplaced: [WeeklyActivity] = []
        guard !blocks.isEmpty else { return BlockPlan(blocks: out, unplaced: activityTargets.filter { $0.count > 0 }) }
        var room = blocks.map { Double($0.minutes) }
        func add(_ name: String, _ count: Int, per: Double?, to n: Int) {
            guard count > 0 else { return }
            out[n].activities.append(WeeklyActivity(name: name, count: count, minutes: per.map { $0 * Double(count) }))
        }
        let perAttempt = Dictionary(inputs.channels.compactMap { c in c.minutesPerAttempt.map { (c.name, $0) } }) { a, _ in a }
        let timed = activityTargets.filter { $0.count > 0 && perAttempt[$0.name] != nil }
            .sorted { (perAttempt[$0.name] ?? 0) > (perAttempt[$1.name] ?? 0) }
        for activity in timed {
            let per = perAttempt[activity.name] ?? 0
            var counts = Array(repeating: 0, count: blocks.count)
            var left = activity.count
            if per >= 30 {
                // Whole attempts, each where there is most room.
                while left > 0, let n = room.indices.max(by: { room[$0] < room[$1] || (room[$0] == room[$1] && $0 > $1) }),
                    room[n] + 1e-9 >= per
                {
                    counts[n] += 1
                    room[n] -= per
                    left -= 1
                }
            } else {
                let fits = room.map { Int(($0 + 1e-9) / per) }
                let share = Self.proportional(min(left, fits.reduce(0, +)), over: fits)
                for n in blocks.indices {
                    counts[n] = share[n]
                    room[n] -= Double(share[n]) * per
                }
                left -= share.reduce(0, +)
            }
            for n in blocks.indices { add(activity.name, counts[n], per: per, to: n) }
            if left > 0 { unplaced.append(WeeklyActivity(name: activity.name, count: left, minutes: per * Double(left))) }
        }
        let lengths = blocks.map(\.minutes)
        for activity in activityTargets where activity.count > 0 && perAttempt[activity.name] == nil {
            let share = Self.proportional(activity.count, over: lengths)
            for n in blocks.indices { add(activity.name, share[n], per: nil, to: n) }
        }
        // Each block lists its activities in the week's order.
        let order = activityTargets.map(\.name)
        let inOrder = { (a: WeeklyActivity, b: WeeklyActivity) in (order.firstIndex(of: a.name) ?? 0) < (order.firstIndex(of: b.name) ?? 0)
        }
        for n in out.indices { out[n].activities.sort(by: inOrder) }
        return BlockPlan(blocks: out, unplaced: unplaced.sorted(by: inOrder))
    }

    /// Each block with its activities (`blockPlan` without what did not fit).
    public var activitiesByBlock: [(block: TimeBlock, activities: [WeeklyActivity])] { blockPlan.blocks }

    /// `count` split over the weights in proportion, whole numbers adding up to it; with `count` no more than the
    /// weights' sum, none gets more than its weight.
    static func proportional(_ count: Int, over weights: [Int]) -> [Int] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return weights.map { _ in 0 } }
        return spread(weights.map { Double(count) * Double($0) / Double(total) })
    }
}
