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
        lines.append(words.text("screen.every_week", ["meetings": Figures.grouped(plan.weekly.meetings)]))
        let activities = plan.weekly.activities.map { a -> [String] in
            [a.name, Figures.grouped(a.count), a.minutes.map { figures.duration(minutes: $0) } ?? ""]
        }
        lines += Self.table(activities, width: width, indent: 2, rightAligned: [1])
        lines.append("")
        lines.append(words.text("screen.breakdown"))
        let header = (0..<5).map { words.text("screen.columns.\($0)") }
        let rows = sheet.breakdown(plan).map { [$0["label"] ?? "", $0["period"] ?? "", $0["month"] ?? "", $0["week"] ?? "", $0["day"] ?? ""] }
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
        var keep = columns
        func widths(_ n: Int) -> [Int] {
            (0..<n).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        }
        while keep > 2, indent + widths(keep).reduce(0, +) + 2 * (keep - 1) > width { keep -= 1 }
        let w = widths(keep)
        return rows.map { row in
            let cells = (0..<keep).map { c -> String in
                let cell = c < row.count ? row[c] : ""
                let pad = String(repeating: " ", count: max(0, w[c] - cell.count))
                return rightAligned.contains(c) ? pad + cell : cell + pad
            }
            let line = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            return String(line.reversed().drop(while: { $0 == " " }).reversed()).prefixed(width)
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

private extension String {
    func prefixed(_ n: Int) -> String { count > n ? String(prefix(n)) : self }
}
