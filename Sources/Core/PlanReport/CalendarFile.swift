import Planner
import Prompts

/// plan.ics (RFC 5545): one weekly recurring event per prospecting block, from the plan's first week to the
/// last week that prospects (the closing weeks ask nothing), skipping days away on known dates, in floating local time; lines folded at 75 octets and
/// ended with CRLF.
public struct CalendarFile: Sendable {
    public let words: PromptBook

    public init(words: PromptBook) {
        self.words = words
    }

    public func render(_ plan: Plan) -> String {
        let byBlock = plan.activitiesByBlock
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//salesplan//salesplan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escaped(words.text("calendar.name", ["rep": plan.rep])),
        ]
        let figures = Figures(words: words)
        let weeklyText = figures.list(plan.activityTargets.map(activity))
        // No blocks once prospecting is over and the closing weeks ask nothing; to the end when they build next period's.
        let lastDay = plan.nextPeriod == nil ? plan.lastProspectingDay : plan.period.end
        let until = Self.stamp(lastDay) + "T235959"
        for (block, share) in byBlock {
            let first = Self.firstDay(onOrAfter: plan.calendar.start, weekday: block.weekday)
            guard first <= lastDay else { continue }
            let summary =
                share.isEmpty
                ? words.text("calendar.summary_none")
                : words.text("calendar.summary", ["activities": figures.list(share.map(activity))])
            let description =
                words.text(
                    "calendar.description",
                    [
                        "activities": figures.list(share.map(activity)), "weekly": weeklyText,
                        "meetings": Figures.grouped(plan.weekly.meetings),
                    ]) + "\n\n" + words.text("calendar.floating")
            lines += [
                "BEGIN:VEVENT",
                "UID:\(plan.slug)-r\(plan.revision)-\(TimeBlock.dayNames[block.weekday - 1])-\(Self.hhmm(block.start))@salesplan",
                "DTSTAMP:\(Self.stamp(plan.asOf))T000000Z",
                "DTSTART:\(Self.stamp(first))T\(Self.hhmm(block.start))00",
                "DTEND:\(Self.stamp(first))T\(Self.hhmm(block.end))00",
                "RRULE:FREQ=WEEKLY;UNTIL=\(until);BYDAY=\(Self.byDay[block.weekday - 1])",
            ]
            // Days away on known dates: no block to keep.
            lines += stride(from: 0, through: first.days(to: lastDay), by: 7).map { first.adding(days: $0) }
                .filter { day in plan.inputs.datesOff.contains { $0.contains(day) } }
                .map { "EXDATE:\(Self.stamp($0))T\(Self.hhmm(block.start))00" }
            lines += [
                "SUMMARY:" + Self.escaped(summary),
                "DESCRIPTION:" + Self.escaped(description),
                "CATEGORIES:" + Self.escaped(words.text("calendar.summary_none")),
                "TRANSP:OPAQUE",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    func activity(_ a: Plan.WeeklyActivity) -> String {
        words.text("calendar.activity", ["name": a.name, "count": Figures.grouped(a.count)])
    }

    static let byDay = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    static func firstDay(onOrAfter start: Day, weekday: Int) -> Day {
        start.adding(days: (weekday - start.weekday + 7) % 7)
    }

    /// "20270104".
    static func stamp(_ day: Day) -> String {
        let (y, m, d) = day.parts
        return String(y) + (m < 10 ? "0" : "") + String(m) + (d < 10 ? "0" : "") + String(d)
    }

    /// "0930" for 570 minutes after midnight.
    static func hhmm(_ minutes: Int) -> String {
        TimeBlock.clock(minutes).replacingOccurrences(of: ":", with: "")
    }

    /// TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11).
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never splitting a character.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for c in line {
            let size = String(c).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(c)
            octets += size
        }
        return out
    }
}
