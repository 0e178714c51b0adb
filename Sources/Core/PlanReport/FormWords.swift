import Interview
import Planner
import Prompts

/// The check-in and revisit conversations in words, from `Prompts/en/forms.yaml`.
public struct FormWords: Sendable {
    let problems: ProblemWords
    var figures: Figures { problems.figures }
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        problems = ProblemWords(words: words)
    }

    func field(_ f: Form.Field, _ part: String) -> String {
        words.text("checkin_field.\(f.key).\(part)", ["subject": f.subject ?? ""])
    }

    public func question(_ f: Form.Field, number: Int, of: Int) -> String {
        var values: [String: Any] = [
            "progress": words.text("interview.progress", ["number": String(number), "of": String(of)]),
            "question": field(f, "question"),
        ]
        if let fallback = f.fallback { values["fallback"] = describe(fallback) }
        return words.text("form.question_line", values)
    }

    public func describe(_ v: Form.Value) -> String {
        switch v {
        case .count(let n): return Figures.grouped(n)
        case .money(let m): return figures.money(m)
        case .week(let d): return figures.date(d)
        case .text(let t): return t.isEmpty ? words.text("form.none") : t
        case .hours(let h): return Figures.decimal(h)
        case .yes(let y): return words.text(y ? "form.yes" : "form.no")
        case .choice(let c): return c
        case .timeBlocks(let blocks): return blocks.isEmpty ? words.text("form.blocks_suggested") : figures.blocks(blocks)
        }
    }

    func kind(_ f: Form.Field) -> String {
        switch f.kind {
        case .count: return "count"
        case .money: return "money_or_zero"
        case .week: return "week"
        case .text: return "name"
        case .hours: return "hours"
        case .yesNo: return "yes_no"
        case .timeBlocks: return "time_blocks"
        case .choice: return "ratios"
        }
    }

    public func say(_ m: Form.Message) -> String {
        switch m {
        case .readBack(let f, let v): return words.text("form.got_it", ["label": field(f, "label"), "value": describe(v)])
        case .refused(let f, let why, let said, let attempt):
            let k = kind(f)
            var text = words.text("interview.refused_said", ["said": ProblemWords.printable(said), "problem": problems.refusal(why, kind: k)])
            if attempt >= 2 { text += "\n" + words.text("interview.refused_more", ["examples": words.text("examples.\(k)")]) }
            return text
        case .needsAnswer(let f): return words.text("form.needs_answer", ["accepts": problems.accepts(kind(f))])
        case .help(let f): return words.text("form.help", ["accepts": problems.accepts(kind(f))])
        case .why(let f): return field(f, "why")
        case .skipped(let f, let v): return words.text("form.skipped", ["label": field(f, "label"), "value": describe(v)])
        case .cannotSkip(let f): return words.text("form.cannot_skip", ["accepts": problems.accepts(kind(f))])
        case .finishing: return words.text("form.finishing")
        case .nothingToGoBackTo: return words.text("form.nothing_to_go_back_to")
        case .quitting: return words.text("form.quitting")
        case .gaveUp: return words.text("form.gave_up")
        }
    }

    public func summary(_ values: [String: Form.Value], fields: [Form.Field]) -> String {
        var lines = [words.text("form.summary_title")]
        for f in fields {
            guard let v = values[f.id] else { continue }
            lines.append(words.text("form.summary_line", ["label": field(f, "label"), "value": describe(v)]))
        }
        return lines.joined(separator: "\n")
    }

    public var confirm: String {
        words.text("interview.question_line_plain", ["question": words.text("form.confirm"), "fallback": words.text("form.yes")])
    }
}
