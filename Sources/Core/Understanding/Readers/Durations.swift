/// Time spans: a sales cycle in calendar weeks, time off in working weeks, minutes per attempt.
extension Understand {
    static let daysPerMonth = 365.25 / 12

    /// Calendar weeks per unit word; days are calendar days.
    static let calendarUnits: [String: Double] = {
        var units: [String: Double] = [:]
        for w in ["week", "weeks", "wk", "wks", "w"] { units[w] = 1 }
        for w in ["day", "days", "d"] { units[w] = 1.0 / 7 }
        for w in ["month", "months", "mo", "mos", "mth", "mths"] { units[w] = daysPerMonth / 7 }
        for w in ["quarter", "quarters"] { units[w] = 3 * daysPerMonth / 7 }
        for w in ["year", "years", "yr", "yrs"] { units[w] = 365.25 / 7 }
        return units
    }()

    /// Weeks of calendar time: "6-8 weeks", "90 days", "about two months". A bare figure is weeks.
    public static func calendarWeeks(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.calendarWeeks)) }
        let found = QuantityScanner.scan(tokens, units: Set(calendarUnits.keys))
        guard let q = found.first(where: { $0.unit != nil }) ?? found.first else {
            return saysNothing(tokens) ? .success(Reading(0)) : .failure(.notUnderstood(.calendarWeeks))
        }
        if q.negative { return .failure(.negative(.calendarWeeks, -q.value)) }
        let perUnit = q.unit.flatMap { calendarUnits[$0] } ?? 1
        if q.value * perUnit > 520 { return .failure(.tooLarge(.calendarWeeks, q.value)) }
        return .success(Reading(q.value * perUnit, range: q.bounds.flatMap { .spanning($0.lowerBound * perUnit, $0.upperBound * perUnit) }))
    }

    /// Time away from selling, in weeks and working days, so days can be counted at the rep's working week.
    public struct TimeOff: Equatable, Sendable, Codable {
        public var weeks: Double
        public var workingDays: Double

        public init(weeks: Double, workingDays: Double = 0) {
            self.weeks = weeks
            self.workingDays = workingDays
        }

        /// The whole in weeks, at `daysPerWeek` working days a week.
        public func weeks(workingDaysPerWeek daysPerWeek: Int) -> Double {
            weeks + workingDays / Double(max(1, daysPerWeek))
        }
    }

    static let offUnits: Set<String> = [
        "week", "weeks", "wk", "wks", "w", "day", "days", "d", "month", "months", "mo", "year", "years",
    ]

    /// Weeks off: "six weeks", "10 days", "2 weeks vacation and 1 week of training". Parts add up.
    public static func weeksOff(_ text: String) -> Result<Reading<TimeOff>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.weeksOff)) }
        let found = QuantityScanner.scan(tokens, units: offUnits)
        if found.isEmpty {
            return saysNothing(tokens) ? .success(Reading(TimeOff(weeks: 0))) : .failure(.notUnderstood(.weeksOff))
        }
        var off = TimeOff(weeks: 0)
        for q in found {
            if q.negative { return .failure(.negative(.weeksOff, -q.value)) }
            switch q.unit ?? "weeks" {
            case "day", "days", "d": off.workingDays += q.value
            case "month", "months", "mo": off.weeks += q.value * daysPerMonth / 7
            case "year", "years": off.weeks += q.value * 52
            default: off.weeks += q.value
            }
        }
        if off.weeks + off.workingDays / 7 > 52 { return .failure(.tooLarge(.weeksOff, off.weeks)) }
        return .success(Reading(off, range: found.count == 1 ? found[0].bounds : nil))
    }

    static let minuteUnits: [String: Double] = [
        "minute": 1, "minutes": 1, "min": 1, "mins": 1, "m": 1,
        "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "h": 60,
        "second": 1.0 / 60, "seconds": 1.0 / 60, "sec": 1.0 / 60, "secs": 1.0 / 60, "s": 1.0 / 60,
    ]

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
        return .success(Reading(total, range: found.count == 1 ? found[0].bounds.flatMap { .spanning($0.lowerBound * bare, $0.upperBound * bare) } : nil))
    }
}
