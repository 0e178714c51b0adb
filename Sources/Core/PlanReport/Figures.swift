import Planner
import Prompts

/// Writes figures the way people read them: "$1,200,000", "57%", "8 h 20 min", "Jan 1 – Dec 31, 2027".
public struct Figures: Sendable {
    public let words: PromptBook

    public init(words: PromptBook) {
        self.words = words
    }

    /// A whole number with thousands separators: 1200000 → "1,200,000".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A figure with at most `places` decimals, trailing zeros dropped: 38.142857 → "38.1".
    public static func decimal(_ x: Double, places: Int = 1, keepZeros: Bool = false) -> String {
        guard x.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (x * scale).rounded() / scale
        guard abs(rounded) < 1e15 else { return "\(rounded)" }
        if rounded == rounded.rounded() { return grouped(Int(rounded)) }
        let whole = Int(rounded.rounded(.towardZero))
        var fraction = String(Int((abs(rounded - Double(whole)) * scale).rounded()))
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while !keepZeros, fraction.hasSuffix("0") { fraction.removeLast() }
        return (rounded < 0 && whole == 0 ? "-" : "") + grouped(whole) + "." + fraction
    }

    public func money(_ amount: Double) -> String {
        let cents = (amount * 100).rounded()
        let text =
            cents.truncatingRemainder(dividingBy: 100) == 0
            ? Self.decimal(amount, places: 0) : Self.decimal(amount, places: 2, keepZeros: true)
        return words.text("format.money", ["amount": text])
    }

    /// A share as a percent: 0.25 → "25%", 0.125 → "12.5%", 0.5672 → "57%" with `places: 0`.
    public func percent(_ share: Double, places: Int = 1) -> String {
        words.text("format.percent", ["value": Self.decimal(share * 100, places: places)])
    }

    /// Minutes as "45 min", "8 h" or "1 h 20 min".
    public func duration(minutes: Double) -> String {
        let total = Int(minutes.rounded())
        let (h, m) = (total / 60, total % 60)
        if h == 0 { return words.text("format.minutes", ["minutes": Self.decimal(minutes)]) }
        if m == 0 { return words.text("format.hours", ["hours": Self.grouped(h)]) }
        return words.text("format.hours_minutes", ["hours": Self.grouped(h), "minutes": String(m)])
    }

    public func monthName(_ month: Int) -> String {
        words.text("format.months.\(month - 1)")
    }

    public func date(_ day: Day) -> String {
        let (y, m, d) = day.parts
        return words.text("format.date", ["month": monthName(m), "day": String(d), "year": String(y)])
    }

    /// "Jan 25": a date in the year at hand.
    public func shortDate(_ day: Day) -> String {
        words.text("format.short_date", ["month": monthName(day.month), "day": String(day.parts.day)])
    }

    /// "Jan 1 – Dec 31, 2027", or both dates in full across years.
    public func span(_ start: Day, _ end: Day) -> String {
        if start.year == end.year {
            return words.text(
                "format.span_same_year",
                [
                    "start_month": monthName(start.month), "start_day": String(start.parts.day),
                    "end_month": monthName(end.month), "end_day": String(end.parts.day), "year": String(end.year),
                ])
        }
        return words.text("format.span", ["start": date(start), "end": date(end)])
    }

    /// "Mar 1 – Mar 12, 2027 and Aug 2 – Aug 13, 2027": time off on its dates.
    public func dates(_ list: [DatesOff]) -> String {
        self.list(list.map { span($0.from, $0.to) })
    }

    /// "1 first exploratory meeting", "8 first exploratory meetings".
    public func firstMeetings(_ n: Int) -> String {
        words.text("unit.first_meetings", count: n, ["value": Self.grouped(n)])
    }

    /// "1 week", "2.5 weeks".
    public func weeks(_ w: Double) -> String {
        w == 1 ? words.text("unit.week") : words.text("unit.weeks", ["value": Self.decimal(w)])
    }

    /// "a", "a and b", "a, b and c".
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return words.text("format.list_two", ["first": items[0], "second": items[1]])
        default:
            return words.text(
                "format.list_many",
                [
                    "rest": items.dropLast().joined(separator: ", "), "last": items[items.count - 1],
                ])
        }
    }

    /// "9:00" for 540 minutes after midnight.
    public func clock(_ minutes: Int) -> String {
        let m = minutes % 60
        return words.text("format.clock", ["hours": String(minutes / 60), "minutes": (m < 10 ? "0" : "") + String(m)])
    }

    /// "Tue and Thu 9:00–11:00, Fri 14:00–16:00", "every weekday 9:00–11:30": days with the same hours told together.
    public func blocks(_ blocks: [TimeBlock]) -> String {
        var spans: [(start: Int, end: Int)] = []
        var days: [Int: [Int]] = [:]
        for block in blocks.sorted(by: { ($0.start, $0.weekday) < ($1.start, $1.weekday) }) {
            if !spans.contains(where: { $0 == (block.start, block.end) }) { spans.append((block.start, block.end)) }
            days[block.start * 10_000 + block.end, default: []].append(block.weekday)
        }
        return list(
            spans.map { span in
                let named = (days[span.start * 10_000 + span.end] ?? []).sorted()
                return words.text(
                    "format.days_at",
                    [
                        "days": dayNames(named),
                        "span": words.text("format.time_span", ["start": clock(span.start), "end": clock(span.end)]),
                    ])
            })
    }

    /// "Mon–Fri" is said "every weekday"; a run of three or more days is a range; others are listed.
    func dayNames(_ days: [Int]) -> String {
        if days == [1, 2, 3, 4, 5] { return words.text("format.weekdays") }
        func name(_ day: Int) -> String { words.text("format.days.\((day - 1) % 7)") }
        if days.count >= 3, days.last.map({ $0 - days[0] == days.count - 1 }) == true {
            return words.text("format.day_range", ["first": name(days[0]), "last": name(days[days.count - 1])])
        }
        return list(days.map(name))
    }
}
