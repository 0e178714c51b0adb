import Planner
import Tracking
import Understanding

/// Hears a week's figures: "80 calls and booked 1 meeting, sent 120 emails, no deals", "emails 130", "jan 25".
public struct WeekListener: FieldListener {
    public let activities: [String]
    public let today: Day
    /// The Monday of the plan's first week: no check-in before it.
    public let firstWeek: Day?

    public init(activities: [String], today: Day, firstWeek: Day? = nil) {
        self.activities = activities
        self.today = today
        self.firstWeek = firstWeek
    }

    static let notePrefixes = ["note:", "note -", "note ", "notes:", "comment:"]

    public func hear(_ text: String, asking: WeekField?) -> FieldHearing<WeekField> {
        if asking == .note { return FieldHearing(facts: [.init(.note, .text(text))]) }
        // "note: sick monday", at the confirmation or after the figures of a line.
        if let prefix = Self.notePrefixes.first(where: { text.lowercased().hasPrefix($0) }) {
            return FieldHearing(facts: [.init(.note, .text(String(text.dropFirst(prefix.count)).trimmingSpaces))])
        }
        if let range = text.range(of: "note:", options: .caseInsensitive) {
            var out = hear(String(text[..<range.lowerBound]), asking: asking)
            out.facts.append(.init(.note, .text(String(text[range.upperBound...]).trimmingSpaces)))
            return out
        }
        let heard = Understand.weekLine(text, asking: asking, activities: activities, today: today)
        var out = FieldHearing<WeekField>(unplaced: heard.unplaced)
        for fact in heard.facts {
            if case .week(let monday) = fact.value, let wrong = outOfPlan(monday) {
                out.unplaced.append(.init(figure: 0, reason: wrong))
            } else {
                out.facts.append(.init(fact.field, fact.value))
            }
        }
        guard out.facts.isEmpty, heard.unplaced.isEmpty, let asking else { return out }
        // "Q4 carryover deal closed": a figure inside a name is no answer.
        if heard.partOfAName {
            out.refusal = .notUnderstood(asking.kind)
            return out
        }
        // Nothing placed: the field's own reader, for "a dozen", "none", and for a refusal that says what was wrong.
        switch single(text, as: asking) {
        case .success(.week(let monday)) where outOfPlan(monday) != nil:
            out.unplaced = [.init(figure: 0, reason: outOfPlan(monday) ?? .noField)]
        case .success(let value): out.facts = [.init(asking, value)]
        case .failure(let why): out.refusal = why
        }
        return out
    }

    /// Why a week can't be checked in: it hasn't happened, or the plan had not started.
    func outOfPlan(_ monday: Day) -> WeekHearing.Unplaced.Reason? {
        if monday > CheckIn.weekStart(of: today) { return .weekAhead(monday) }
        if let firstWeek, monday < firstWeek { return .weekBeforePlan(monday) }
        return nil
    }

    func single(_ text: String, as field: WeekField) -> Result<FieldValue, Misunderstanding> {
        switch field.kind {
        case .week: return Understand.week(text, today: today).map { .week($0.value) }
        case .money: return Understand.money(text, allowZero: true).map { .money($0.value) }
        case .name: return .success(.text(text))
        default: return Understand.count(text).map { .count($0.value) }
        }
    }

    public func field(named text: String) -> WeekField? {
        Understand.weekField(named: text, activities: activities)
    }

    public func kind(of field: WeekField) -> AnswerKind { field.kind }
}
