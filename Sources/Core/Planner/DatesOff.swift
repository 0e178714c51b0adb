/// Time away from selling on known dates ("Aug 2–13"): the weeks it falls in ask for nothing.
public struct DatesOff: Equatable, Sendable, Codable {
    /// The first day away.
    public var from: Day
    /// The last day away (the same day for one day).
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }

    enum CodingKeys: String, CodingKey { case from, to }

    /// Read back as written: a range whose end comes before its start is damage, not a range to turn round.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(Day.self, forKey: .from)
        to = try c.decode(Day.self, forKey: .to)
        guard from <= to else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "\(to) is before \(from)"))
        }
    }

    /// `days` selling days away from the first selling day on or after `start` (a Monday first when the length is
    /// whole weeks): "two weeks in August" is Aug 2–13, 2027.
    public static func placed(sellingDays days: Int, from start: Day, workingDays: Int) -> DatesOff? {
        guard days > 0 else { return nil }
        var first = start
        if days % max(1, workingDays) == 0 { while first.weekday != 1 { first = first.adding(days: 1) } }
        while first.weekday > workingDays { first = first.adding(days: 1) }
        var last = first, counted = 1
        while counted < days {
            last = last.adding(days: 1)
            if last.weekday <= workingDays { counted += 1 }
        }
        return DatesOff(from: first, to: last)
    }
}

extension [DatesOff] {
    /// Selling days (the first `workingDays` weekdays) from `first` through `last` that any of these cover, each
    /// day once however many ranges hold it.
    public func sellingDays(from first: Day, through last: Day, workingDays: Int) -> Int {
        guard first <= last, !isEmpty else { return 0 }
        let lower = Swift.max(first, map(\.from).min() ?? first), upper = Swift.min(last, map(\.to).max() ?? last)
        guard lower <= upper else { return 0 }
        return (0...lower.days(to: upper)).count(where: { i in
            let day = lower.adding(days: i)
            return day.weekday <= workingDays && contains { $0.contains(day) }
        })
    }

    /// All the selling days these cover (inside `period` when given), each once.
    public func sellingDays(workingDays: Int, within period: Period? = nil) -> Int {
        guard let first = map(\.from).min(), let last = map(\.to).max() else { return 0 }
        return sellingDays(
            from: Swift.max(first, period?.start ?? first), through: Swift.min(last, period?.end ?? last),
            workingDays: workingDays)
    }

    /// The weeks off these dates make inside `period` from `start`: their selling days over the selling days a week.
    public func weeks(within period: Period, from start: Day, workingDays: Int) -> Double {
        Double(sellingDays(from: Swift.max(start, period.start), through: period.end, workingDays: workingDays))
            / Double(Swift.max(1, workingDays))
    }

    /// The ranges that still hold a day on or after `day`, cut to start there.
    public func from(_ day: Day) -> [DatesOff] {
        compactMap { $0.to < day ? nil : DatesOff(from: Swift.max($0.from, day), to: $0.to) }
    }
}
