import Interview
import Planner
import Prompts
import Tracking
import Understanding

/// How a short conversation's fields are named in `Prompts/en/forms.yaml`: a section, a key and, for an activity's
/// figures, its name.
public protocol FieldNaming: Hashable, Sendable, Codable {
    var section: String { get }
    var key: String { get }
    var subject: String? { get }
    var kind: AnswerKind { get }
}

extension WeekField: FieldNaming {
    public var section: String { "checkin_field" }
    public var subject: String? { activity }
}

extension RevisitField: FieldNaming {
    public var section: String { "revisit_field" }
    public var key: String {
        switch self {
        case .ratios: return "ratios"
        case .openOpportunities: return "open_opportunities"
        case .prospectingHours: return "prospecting_hours"
        case .timeBlocks: return "time_blocks"
        case .reason: return "reason"
        }
    }
    public var subject: String? { nil }
}

/// The check-in's and the revisit's questions, read-backs and summaries in words, from `Prompts/en/forms.yaml`.
public struct FieldWords: Sendable {
    let problems: ProblemWords
    var figures: Figures { problems.figures }
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        problems = ProblemWords(words: words)
    }

    /// `part` of a field's words; `variant` ("total") when the field is asked over several weeks and has its own.
    public func text<F: FieldNaming>(_ f: F, _ part: String, variant: String? = nil) -> String {
        let values = ["subject": f.subject ?? ""]
        if let variant, words.has("\(f.section).\(f.key).\(part)_\(variant)") {
            return words.text("\(f.section).\(f.key).\(part)_\(variant)", values)
        }
        return words.text("\(f.section).\(f.key).\(part)", values)
    }

    public func question<F: FieldNaming>(_ f: F, number: Int, of: Int, entries: Entries<F>, variant: String? = nil) -> String {
        var values: [String: Any] = [
            "progress": words.text("interview.progress", ["number": String(number), "of": String(of)]),
            "question": text(f, "question", variant: variant),
        ]
        if let value = entries[f] { values["fallback"] = describe(value) }
        return words.text("form.question_line", values)
    }

    public func describe(_ v: FieldValue) -> String {
        switch v {
        case .count(let n): return Figures.grouped(n)
        case .money(let m): return figures.money(m)
        case .week(let d): return figures.date(d)
        case .text(let t): return t.isEmpty ? words.text("form.none") : ProblemWords.printable(t)
        case .hours(let h): return Figures.decimal(h)
        case .yes(let y): return words.text(y ? "form.yes" : "form.no")
        case .choice(let c): return c
        case .timeBlocks(let blocks): return blocks.isEmpty ? words.text("form.blocks_suggested") : figures.blocks(blocks)
        }
    }

    /// The words for what a kind of answer accepts: money here may be nought.
    func kind<F: FieldNaming>(_ f: F?) -> String {
        ProblemWords.kind(f?.kind ?? .yesNo, zeroAllowed: true)
    }

    public func say<F: FieldNaming>(_ m: FieldMessage<F>, variant: String? = nil) -> String {
        switch m {
        case .heard(let heard):
            let parts = heard.map { h in
                words.text(
                    h.was == nil || h.was == h.value ? "form.heard_part" : "form.heard_changed",
                    [
                        "label": text(h.field, "label", variant: variant), "value": describe(h.value), "was": h.was.map(describe) ?? "",
                    ])
            }
            return words.text("form.got_it", ["parts": figures.list(parts)])
        case .unplaced(let figures): return figures.map(unplaced).joined(separator: "\n")
        case .refused(let f, let why, let said, let attempt):
            let k = kind(f)
            var text = words.text(
                "interview.refused_said", ["said": ProblemWords.printable(said), "problem": problems.refusal(why, kind: k)])
            if attempt >= 2 { text += "\n" + words.text("interview.refused_more", ["examples": words.text("examples.\(k)")]) }
            return text
        case .needsAnswer(let f): return words.text("form.needs_answer", ["accepts": problems.accepts(kind(f))])
        case .help(let f):
            return words.text("form.help", ["accepts": f.map { problems.accepts(kind($0)) } ?? words.text("form.confirm_accepts")])
        case .why(let f): return text(f, "why", variant: variant)
        case .explain(let f):
            let own = "\(f.section).\(f.key).explain"
            let meaning = words.has(own) ? words.text(own) : text(f, "why", variant: variant)
            return meaning + "\n" + problems.accepts(kind(f))
        case .skipped(let f, let v): return words.text("form.skipped", ["label": text(f, "label", variant: variant), "value": describe(v)])
        case .dontKnow(let f, let v):
            return words.text("form.dont_know", ["label": text(f, "label", variant: variant), "value": describe(v)])
        case .cannotSkip(let f): return words.text("form.cannot_skip", ["accepts": problems.accepts(kind(f))])
        case .finishing: return words.text("form.finishing")
        case .nothingToGoBackTo: return words.text("form.nothing_to_go_back_to")
        case .whatToChange: return words.text("form.what_to_change")
        case .gaveUp(let misses): return words.text("form.gave_up", ["count": String(misses)])
        }
    }

    func unplaced(_ u: WeekHearing.Unplaced) -> String {
        let figure = Figures.decimal(u.figure)
        switch u.reason {
        case .notInPlan(let name): return words.text("form.unplaced.not_in_plan", ["figure": figure, "name": ProblemWords.printable(name)])
        case .whichActivity: return words.text("form.unplaced.which_activity", ["figure": figure])
        case .notWhole: return words.text("form.unplaced.not_whole", ["figure": figure])
        case .negative: return words.text("form.unplaced.negative", ["figure": figure])
        case .noField: return words.text("form.unplaced.no_field", ["figure": figure])
        case .tooLarge: return words.text("form.unplaced.too_large", ["figure": Figures.grouped(Int(min(u.figure, 1e15)))])
        case .notClosed: return words.text("form.unplaced.not_closed", ["figure": figures.money(u.figure)])
        case .pending: return words.text("form.unplaced.pending", ["figure": figure])
        case .notHeld: return words.text("form.unplaced.not_held", ["figure": figure])
        case .weekAhead(let week): return words.text("form.unplaced.week_ahead", ["week": figures.date(week)])
        case .weekBeforePlan(let week): return words.text("form.unplaced.week_before_plan", ["week": figures.date(week)])
        }
    }

    /// Figures worth a second look before a week is saved.
    public func doubts(_ doubts: [CheckIn.Doubt]) -> String {
        let lines = doubts.map { doubt -> String in
            switch doubt {
            case .bookedMoreThanAttempts(let activity):
                return words.text("checkin.doubt.booked", ["activity": ProblemWords.printable(activity)])
            case .moreOpportunitiesThanMeetings: return words.text("checkin.doubt.opportunities")
            case .revenueWithoutDeal: return words.text("checkin.doubt.revenue")
            case .dealWithoutRevenue: return words.text("checkin.doubt.deal")
            }
        }
        return ([words.text("checkin.doubt.title")] + lines).joined(separator: "\n")
    }

    public func summary<F: FieldNaming>(_ e: Entries<F>, variant: String? = nil) -> String {
        var lines = [words.text("form.summary_title")]
        for f in e.fields {
            guard let v = e[f] else { continue }
            lines.append(words.text("form.summary_line", ["label": text(f, "label", variant: variant), "value": describe(v)]))
        }
        return lines.joined(separator: "\n")
    }

    /// The values given, on one line: "calls attempts 55, calls meetings booked 2, …".
    public func inline<F: FieldNaming>(_ e: Entries<F>, variant: String? = nil) -> String {
        let parts = e.fields.compactMap { f in
            e.values[f].map { words.text("form.heard_part", ["label": text(f, "label", variant: variant), "value": describe($0)]) }
        }
        return figures.list(parts)
    }

    /// "Save this?" (or, for a revisit's totals, "Use these totals?"), with a change said the way it is taken: the first
    /// activity's attempts, when there is one.
    public func confirm(example: WeekField?, totals: Bool = false) -> String {
        let label = example.map { text($0, "label") } ?? words.text("form.example_label")
        return words.text(
            "interview.question_line_plain",
            [
                "question": words.text(totals ? "form.confirm_totals" : "form.confirm", ["example": label]),
                "fallback": words.text("form.yes"),
            ])
    }
}
