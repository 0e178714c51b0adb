import Planner

/// What a mention is worth as the answer to one slot, checked as the answers file checks it: "25" to a rate is
/// 25%, "$300,000" is never a rate, "60k a month" for 2027 is a goal of $720,000.
public enum SlotReading {
    /// Below this, a figure said with no $ or k/M is not taken as dollars without asking.
    static let smallestBareAmount = 1000.0
    /// Ten years: past this, no sales cycle is meant.
    static let longestCycleWeeks = 520.0
    /// A week's hours: past this, no hours for prospecting are meant.
    static let prospectingHoursAtMost = 80.0

    /// Whether a mention of this kind can answer `slot` at all.
    public static func accepts(_ slot: Slot, _ kind: Mention.Kind) -> Bool {
        switch (slot, kind) {
        case (.goal, .money), (.goal, .moneyPer), (.goal, .dealsAt), (.goal, .number(_, _, nil)): return true
        case (.incomeGoal, .money), (.incomeGoal, .moneyPer), (.incomeGoal, .number(_, _, nil)): return true
        case (.dealSize, .money), (.dealSize, .number(_, _, nil)): return true
        // "30k a year": a deal's yearly contract value.
        case (.dealSize, .moneyPer(_, .year, _)), (.dealSize, .dealsAt): return true
        case (.baseSalary, .money), (.baseSalary, .moneyPer), (.baseSalary, .number(_, _, nil)), (.baseSalary, .zero): return true
        case (.closedToDate, .money), (.closedToDate, .number(_, _, nil)), (.closedToDate, .zero), (.closedToDate, .dealsAt(_, _, nil)):
            return true
        case (.closeRate, .percent), (.closeRate, .ratio), (.closeRate, .fraction),
            (.meetingToOpportunity, .percent), (.meetingToOpportunity, .ratio), (.meetingToOpportunity, .fraction),
            (.commissionRate, .percent), (.commissionRate, .fraction):
            return true
        // A bare figure is a rate only where a rate can be: "25" is 25%, "450,000" is no rate at all.
        case (.closeRate, .number(let v, _, nil)), (.meetingToOpportunity, .number(let v, _, nil)),
            (.commissionRate, .number(let v, _, nil)):
            return v > 0 && v <= 100
        case (.openOpportunities, .number(_, _, let noun)): return noun == nil || noun == .opportunities || noun == .deals
        case (.openOpportunities, .zero): return true
        case (.salesCycleWeeks, .duration(_, let unit, _)): return [.day, .week, .month, .quarter, .year].contains(unit)
        case (.salesCycleWeeks, .number(let v, _, nil)): return v <= longestCycleWeeks
        case (.salesCycleWeeks, .zero), (.timeBlocks, .zero): return true
        // "a quarter", said of a length of time, is three months.
        case (.salesCycleWeeks, .fraction(let v)): return v == 0.25
        case (.weeksOff, .timeOff), (.weeksOff, .zero): return true
        case (.weeksOff, .number(let v, _, nil)): return v <= 52
        case (.weeksOff, .duration(_, let unit, _)): return [.day, .week, .month].contains(unit)
        case (.workingDays, .weekdays), (.workingDays, .daysAWeek), (.workingDays, .daysOff): return true
        case (.workingDays, .number(let v, _, nil)): return v >= 1 && v <= 7
        case (.workingDays, .duration(let v, .day, _)): return v >= 1 && v <= 7
        case (.period, .period), (.profile, .profile), (.timeBlocks, .timeBlocks): return true
        case (.rep, .person), (.manager, .person): return true
        // Hours a week: "10 hours", "90 minutes", or a bare figure a working week can hold.
        case (.prospectingHours, .duration(let v, let unit, _)): return (unit == .hour || unit == .minute) && v > 0
        case (.prospectingHours, .number(let v, _, nil)): return v > 0 && v <= prospectingHoursAtMost
        case (.prospectingHours, .hoursPer(let v, _, _)): return v > 0
        default: return false
        }
    }

    /// The value `kind` gives `slot`; nil when it cannot answer it, a misunderstanding when it can but not as said.
    static func value(_ kind: Mention.Kind, for slot: Slot, period: Period?) -> Result<
        (SlotValue, ClosedRange<Double>?, Worked?), Misunderstanding
    >? {
        guard accepts(slot, kind) else { return nil }
        func plain(_ r: Result<Double, Misunderstanding>, _ wrap: (Double) -> SlotValue) -> Result<
            (SlotValue, ClosedRange<Double>?, Worked?), Misunderstanding
        > {
            r.map { (wrap($0), kind.range, nil) }
        }
        switch slot {
        case .goal, .incomeGoal, .dealSize, .baseSalary, .closedToDate:
            let zeroAllowed = slot == .baseSalary || slot == .closedToDate
            switch kind {
            case .moneyPer(let v, .year, _) where slot == .dealSize:
                return plain(Understand.checkedMoney(v, allowZero: false), SlotValue.money)
            case .moneyPer(let v, let per, _):
                guard let period else { return .failure(.needsPeriod(per)) }
                let times = spans(per, in: period)
                return Understand.checkedMoney(v * times, allowZero: zeroAllowed).map {
                    (.money($0), nil, .perSpan(each: v, per: per, times: times))
                }
            case .dealsAt(let n, let each, let per):
                if slot == .dealSize { return plain(Understand.checkedMoney(each, allowZero: false), SlotValue.money) }
                guard let per else {
                    return Understand.checkedMoney(n * each, allowZero: false).map {
                        (.money($0), nil, .deals(count: n, each: each, per: nil, times: 1))
                    }
                }
                guard let period else { return .failure(.needsPeriod(per)) }
                let times = spans(per, in: period)
                return Understand.checkedMoney(n * each * times, allowZero: false).map {
                    (.money($0), nil, .deals(count: n, each: each, per: per, times: times))
                }
            case .zero: return plain(Understand.checkedMoney(0, allowZero: zeroAllowed), SlotValue.money)
            // "quota is 1.5", "10" to what's closed: a bare figure too small to be meant in dollars is asked again.
            case .number(let v, _, _) where v > 0 && v < smallestBareAmount: return .failure(.bareSmallAmount(v))
            case .money(let v, _), .number(let v, _, _): return plain(Understand.checkedMoney(v, allowZero: zeroAllowed), SlotValue.money)
            default: return nil
            }
        case .closeRate, .meetingToOpportunity, .commissionRate:
            let value: Double
            var negative = false
            switch kind {
            case .percent(let v, _): value = v
            case .fraction(let v): value = v
            case .ratio(let some, let of, _, _):
                guard of != 0 else { return .failure(.outOfNothing) }
                value = some / of
            case .number(let v, _, _):
                negative = v < 0
                value = abs(v) > 1 ? v / 100 : v
            default: return nil
            }
            let range = kind.range.map { r in r.upperBound > 1 && !isPercent(kind) ? (r.lowerBound / 100)...(r.upperBound / 100) : r }
            return Understand.checkedRate(value, negative: negative || value < 0, range: range).map { (.rate($0.value), $0.range, nil) }
        case .openOpportunities:
            switch kind {
            case .zero: return .success((.count(0), nil, nil))
            case .number(let v, let range, _):
                if v < 0 { return .failure(.negative(.count, v)) }
                if v > PlanCheck.largestCount { return .failure(.tooLarge(.count, v)) }
                let value = range == nil ? v : v.rounded(.up)
                guard value == value.rounded() else { return .failure(.notWhole(.count, v)) }
                return .success((.count(Int(value)), range, nil))
            default: return nil
            }
        case .salesCycleWeeks:
            switch kind {
            case .duration(let v, let unit, let range):
                let per = unit.weeks
                return weeksChecked(v * per, said: v).map {
                    (.weeks($0), range.flatMap { .spanning($0.lowerBound * per, $0.upperBound * per) }, nil)
                }
            case .number(let v, let range, _): return weeksChecked(v, said: v).map { (.weeks($0), range, nil) }
            case .zero: return .success((.weeks(0), nil, nil))
            case .fraction: return .success((.weeks(Mention.TimeUnit.quarter.weeks), nil, nil))
            default: return nil
            }
        case .weeksOff:
            switch kind {
            case .timeOff(let off):
                if off.weeks(workingDaysPerWeek: 5) > 52 { return .failure(.tooLarge(.weeksOff, off.weeks(workingDaysPerWeek: 5))) }
                return .success((.timeOff(off), nil, nil))
            case .zero: return .success((.timeOff(.init(weeks: 0)), nil, nil))
            case .duration(let v, let unit, let range):
                if v < 0 { return .failure(.negative(.weeksOff, v)) }
                guard let off = TimeOffZones.part(v, unit) else { return nil }
                return .success((.timeOff(off), range, nil))
            case .number(let v, let range, _):
                if v < 0 { return .failure(.negative(.weeksOff, v)) }
                if v > 52 { return .failure(.tooLarge(.weeksOff, v)) }
                return .success((.timeOff(.init(weeks: v)), range, nil))
            default: return nil
            }
        case .workingDays:
            switch kind {
            case .weekdays(let days): return .success((.days(days.count), nil, nil))
            case .daysOff(let days): return .success((.days(max(1, 5 - days.intersection(1...5).count)), nil, nil))
            case .daysAWeek(let v), .number(let v, _, _), .duration(let v, .day, _):
                guard v >= 1, v <= 7, v == v.rounded() else { return .failure(.daysPerWeek(v)) }
                return .success((.days(Int(v)), nil, nil))
            default: return nil
            }
        case .period:
            if case .period(let p) = kind { return .success((.period(p), nil, nil)) }
            return nil
        case .profile:
            if case .profile(let p) = kind { return .success((.profile(p), nil, nil)) }
            return nil
        case .timeBlocks:
            if case .timeBlocks(let b) = kind { return .success((.timeBlocks(b), nil, nil)) }
            if case .zero = kind { return .success((.timeBlocks([]), nil, nil)) }
            return nil
        case .rep, .manager:
            if case .person(let name, _) = kind { return .success((.text(name), nil, nil)) }
            return nil
        case .channels:
            return nil
        case .prospectingHours:
            switch kind {
            case .duration(let v, let unit, let range):
                let hours = unit == .minute ? v / 60 : v
                guard hours <= Self.prospectingHoursAtMost else { return .failure(.tooLarge(.hours, hours)) }
                return .success((.hours(hours), range.map { unit == .minute ? ($0.lowerBound / 60)...($0.upperBound / 60) : $0 }, nil))
            case .number(let v, let range, _): return .success((.hours(v), range, nil))
            // A day's hours, over a working week of five days.
            case .hoursPer(let v, let daily, let range):
                let days = daily ? 5.0 : 1
                guard v * days <= Self.prospectingHoursAtMost else { return .failure(.tooLarge(.hours, v * days)) }
                return .success((.hours(v * days), range.map { ($0.lowerBound * days)...($0.upperBound * days) }, nil))
            default: return nil
            }
        }
    }

    static func isPercent(_ kind: Mention.Kind) -> Bool {
        if case .percent = kind { return true }
        return false
    }

    static func weeksChecked(_ w: Double, said: Double) -> Result<Double, Misunderstanding> {
        if w < 0 { return .failure(.negative(.calendarWeeks, said)) }
        if w > longestCycleWeeks { return .failure(.tooLarge(.calendarWeeks, said)) }
        return .success(w)
    }

    /// How many of `span` the period holds: whole calendar months counted as months ("next six months" is 6), and
    /// within a week and 3% of a whole number, that number (Jan 4 – Dec 31 holds 12 months, H1 holds 26 weeks).
    public static func spans(_ span: Mention.Span, in period: Period) -> Double {
        let after = period.end.adding(days: 1)
        let (y0, m0, d0) = period.start.parts
        let (y1, m1, d1) = after.parts
        let months = Double((y1 - y0) * 12 + (m1 - m0)) + Double(d1 - d0) / Double(Day.length(ofMonth: m0, in: y0))
        let count: Double, days: Double
        switch span {
        case .week: (count, days) = (Double(period.start.days(to: after)) / 7, 7)
        case .month: (count, days) = (months, Understand.daysPerMonth)
        case .quarter: (count, days) = (months / 3, 3 * Understand.daysPerMonth)
        case .year: (count, days) = (months / 12, 365.25)
        }
        let whole = count.rounded()
        return whole >= 1 && abs(count - whole) * days <= 7 && abs(count - whole) <= 0.03 * whole ? whole : count
    }
}

extension Mention.Kind {
    /// Both ends, when a range was said and its midpoint taken.
    var range: ClosedRange<Double>? {
        switch self {
        case .money(_, let r), .moneyPer(_, _, let r), .percent(_, let r), .number(_, let r, _), .duration(_, _, let r): return r
        default: return nil
        }
    }
}
