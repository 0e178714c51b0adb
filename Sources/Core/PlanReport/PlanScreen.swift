import Planner
import Prompts

/// The saved plan as shown on the terminal: the week's activities, the breakdown and the odds, fitted to the width.
public struct PlanScreen: Sendable {
    let sheet: PlanSheet
    var words: PromptBook { sheet.words }

    public init(words: PromptBook) {
        sheet = PlanSheet(words: words)
    }

    public func render(_ plan: Plan, width: Int) -> String {
        let width = max(40, width)
        let figures = sheet.figures
        var lines = [words.text("screen.title", ["rep": plan.rep, "span": figures.span(plan.calendar.start, plan.period.end)]), ""]
        lines.append(words.text("screen.every_week", ["meetings": figures.firstMeetings(plan.weekly.meetings)]))
        let activities = plan.activityTargets.map { a -> [String] in
            [a.name, Figures.grouped(a.count), a.minutes.map { figures.duration(minutes: $0) } ?? ""]
        }
        lines += Self.table(activities, width: width, indent: 2, rightAligned: [1])
        lines.append("")
        lines.append(words.text("screen.breakdown"))
        let header = (0..<5).map { words.text("screen.columns.\($0)") }
        let rows = sheet.breakdown(plan).map {
            [$0["label"] ?? "", $0["period"] ?? "", $0["month"] ?? "", $0["week"] ?? "", $0["day"] ?? ""]
        }
        lines += Self.table([header] + rows, width: width, indent: 2, rightAligned: [1, 2, 3, 4])
        lines.append("")
        lines += Self.wrap(sheet.planWords.odds(plan), width: width)
        for warning in plan.warnings {
            lines.append("")
            lines += Self.wrap(sheet.planWords.warning(warning, in: plan), width: width)
        }
        return lines.joined(separator: "\n")
    }

    /// Columns padded to their widest cell; columns are dropped from the right until the table fits.
    static func table(_ rows: [[String]], width: Int, indent: Int, rightAligned: Set<Int>) -> [String] {
        guard let columns = rows.map(\.count).max(), columns > 0 else { return [] }
        let counts = rows.map { $0.map(\.count) }
        let widest = (0..<columns).map { c in counts.map { c < $0.count ? $0[c] : 0 }.max() ?? 0 }
        var keep = columns
        while keep > 2, indent + widest.prefix(keep).reduce(0, +) + 2 * (keep - 1) > width { keep -= 1 }
        let margin = String(repeating: " ", count: indent)
        return zip(rows, counts).map { row, count in
            var line = margin
            for c in 0..<keep {
                let cell = c < row.count ? row[c] : ""
                let pad = String(repeating: " ", count: max(0, widest[c] - (c < count.count ? count[c] : 0)))
                if c > 0 { line += "  " }
                line += rightAligned.contains(c) ? pad + cell : cell + pad
            }
            while line.last == " " { line.removeLast() }
            return line.count > width ? String(line.prefix(width)) : line
        }
    }

    /// Words wrapped at `width`.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        return lines
    }
}
