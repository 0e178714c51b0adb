import Planner
import Tracking
import Understanding

extension CheckIn {
    /// A week (or totals over several) as the conversation's entries hold it: what was not said is nought.
    public init(_ e: Entries<WeekField>, activities: [String], week: Day) {
        self.init(week: week)
        if case .week(let w)? = e[.week] { self.week = w }
        self.activities = activities.map { .init(name: $0, attempts: e[.attempts($0)]?.count ?? 0, meetings: e[.booked($0)]?.count ?? 0) }
        for field in WeekField.results { self[count: field] = e[field]?.count ?? 0 }
        if case .money(let m)? = e[.revenueClosed] { revenueClosed = m }
        if case .text(let t)? = e[.note] { note = t }
    }
}

extension Entries where Field == WeekField {
    /// A week already checked in, as entries: to say its figures as the conversation names them.
    public init(_ checkIn: CheckIn, fields: [WeekField]) {
        var values: [WeekField: FieldValue] = [
            .week: .week(checkIn.week), .revenueClosed: .money(checkIn.revenueClosed), .note: .text(checkIn.note),
        ]
        for field in WeekField.results { values[field] = .count(checkIn[count: field]) }
        for a in checkIn.activities {
            values[.attempts(a.name)] = .count(a.attempts)
            values[.booked(a.name)] = .count(a.meetings)
        }
        self.init(fields: fields, fallbacks: [:], values: values)
    }
}
