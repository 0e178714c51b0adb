import Planner

/// Time spans: a sales cycle in calendar weeks, time off in working weeks, minutes per attempt.
extension Understand {
    static let daysPerMonth = 365.25 / 12

    /// Weeks of calendar time: "6-8 weeks", "90 days", "about two months". A bare figure is weeks.
    public static func calendarWeeks(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        alone(text, as: .salesCycleWeeks, kind: .calendarWeeks) { if case .weeks(let w) = $0 { w } else { nil } }
    }

    /// One answer read alone, as the conversation reads it with the slot's question open: the first mention of a kind
    /// the slot takes (one with a unit before a bare figure), or why none can be.
    static func alone<V>(
        _ text: String, as slot: Slot, kind: AnswerKind, asOf: Day = Day(ordinal: 0), period: Period? = nil,
        workingDays: Int = 5, _ pick: (SlotValue) -> V?
    ) -> Result<Reading<V>, Misunderstanding> {
        let line = Line(text)
        if isEmpty(line.tokens) { return .failure(.empty(kind)) }
        let mentions = MentionReader(line: line, asOf: asOf, question: slot, period: period, workingDays: workingDays).read().mentions
        let fitting = mentions.filter { SlotReading.accepts(slot, $0.kind) }
        let unitless: (Mention) -> Bool = { if case .number = $0.kind { true } else { false } }
        guard let m = fitting.first(where: { !unitless($0) }) ?? fitting.first else {
            let negative = mentions.lazy.compactMap { m -> Double? in
                switch m.kind {
                case .duration(let v, _, _), .number(let v, _, _): return v < 0 ? v : nil
                default: return nil
                }
            }.first
            return .failure(negative.map { .negative(kind, $0) } ?? .notUnderstood(kind))
        }
        switch SlotReading.value(m.kind, for: slot, period: nil) {
        case .success(let (value, range, _))?:
            guard let v = pick(value) else { return .failure(.notUnderstood(kind)) }
            return .success(Reading(v, range: range))
        case .failure(let why)?: return .failure(why)
        case nil: return .failure(.notUnderstood(kind))
        }
    }

    /// Time away from selling, in weeks and working days, so days can be counted at the rep's working week; with the
    /// dates of whatever part of it was said with them.
    public struct TimeOff: Equatable, Sendable, Codable {
        public var weeks: Double
        public var workingDays: Double
        /// When the part said with dates falls ("Aug 2–13", "two weeks in August"); it is counted in the whole too.
        public var dates: [DatesOff]

        public init(weeks: Double, workingDays: Double = 0, dates: [DatesOff] = []) {
            self.weeks = weeks
            self.workingDays = workingDays
            self.dates = dates
        }

        /// The whole in weeks, at `daysPerWeek` working days a week.
        public func weeks(workingDaysPerWeek daysPerWeek: Int) -> Double {
            weeks + workingDays / Double(max(1, daysPerWeek))
        }

        /// Two parts of time off together: "two weeks in August and Dec 20-31".
        public static func + (a: TimeOff, b: TimeOff) -> TimeOff {
            TimeOff(weeks: a.weeks + b.weeks, workingDays: a.workingDays + b.workingDays, dates: a.dates + b.dates)
        }

        /// This time off for a share of its period (a year's four weeks are one in a quarter); dates stay as said.
        public func scaled(by share: Double) -> TimeOff {
            TimeOff(weeks: weeks * share, workingDays: workingDays * share, dates: dates)
        }

        enum CodingKeys: String, CodingKey { case weeks, workingDays, dates }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            weeks = try c.decode(Double.self, forKey: .weeks)
            workingDays = try c.decode(Double.self, forKey: .workingDays)
            // Drafts kept before dates were heard have none.
            dates = try c.decodeIfPresent([DatesOff].self, forKey: .dates) ?? []
        }
    }

    /// Weeks off: "six weeks", "10 days", "2 weeks vacation and 1 week of training", "out Dec 20th–31st". Parts add up.
    /// `asOf` and `period` place months and dates said with it ("two weeks in August").
    public static func weeksOff(_ text: String, asOf: Day = Day(ordinal: 0), period: Period? = nil, workingDays: Int = 5)
        -> Result<Reading<TimeOff>, Misunderstanding>
    {
        alone(text, as: .weeksOff, kind: .weeksOff, asOf: asOf, period: period, workingDays: workingDays) {
            if case .timeOff(let off) = $0 { off } else { nil }
        }
    }

    /// Minutes in each word for a time of day's length: "minutes", "hrs", "seconds".
    static let minuteUnits: [String: Double] = FigureSpans.timeUnits.compactMapValues { unit in
        [.second, .minute, .hour].contains(unit) ? unit.minutes : nil
    }

    /// Minutes one attempt takes: "3 minutes", "2 hours each", "half an hour", "90 seconds". A bare figure is minutes.
    public static func minutes(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        timeSum(text, kind: .minutes, bare: 1, limit: 24 * 60)
    }

    /// A span of time in minutes, as `kind` counts it: a bare figure is `bare` minutes; parts add up.
    static func timeSum(_ text: String, kind: AnswerKind, bare: Double, limit: Double) -> Result<Reading<Double>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(kind)) }
        let found = QuantityScanner.scan(tokens, units: Set(minuteUnits.keys))
        guard !found.isEmpty else { return .failure(.notUnderstood(kind)) }
        var total = 0.0
        var previous = bare
        for q in found {
            if q.negative { return .failure(.negative(kind, -q.value)) }
            // "an hour and a half": a bare fraction after a unit is a fraction of that unit.
            let perUnit = q.unit.flatMap { minuteUnits[$0] } ?? (q.value < 1 ? previous : bare)
            total += q.value * perUnit
            previous = perUnit
        }
        if total <= 0 { return .failure(.zero(kind)) }
        if total > limit { return .failure(.tooLarge(kind, total / bare)) }
        return .success(
            Reading(
                total, range: found.count == 1 ? found[0].bounds.flatMap { .spanning($0.lowerBound * bare, $0.upperBound * bare) } : nil))
    }
}
