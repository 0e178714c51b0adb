import Planner

extension CRMImport {
    /// How the export writes amounts and dates, worked out from its own cells (a European export writes
    /// `32.000,00 €` and `04.01.2026`), so nothing is read by a guess that is not said.
    public struct Conventions: Equatable, Sendable {
        public enum DecimalMark: Equatable, Sendable { case point, comma }
        public enum DateOrder: Equatable, Sendable { case monthFirst, dayFirst }
        public var decimal: DecimalMark = .point
        public var dates: DateOrder = .monthFirst
        /// No date in the file says which comes first (every day and month at most 12): the order was assumed.
        public var datesAssumed = false
        /// Dates written with numbers other than ISO: only then does the order matter.
        public var numericDates = false

        public init() {}
    }

    /// The file's decimal mark and date order, from the evidence in its cells: a comma before one or two final
    /// digits (`32.000,00`, `9000,5`) or a point before three digits then a comma is a decimal comma; a first
    /// number over 12 in a date is a day, a second one over 12 a month; with no such date, dotted dates are
    /// day first (as written in Europe) and slashed ones month first, and the order is marked as assumed.
    static func conventions(amounts: [String], dates: [String]) -> Conventions {
        var found = Conventions()
        var comma = 0, point = 0
        for cell in amounts {
            let digits = cell.filter { $0.isNumber || $0 == "." || $0 == "," }
            if let last = digits.lastIndex(where: { $0 == "." || $0 == "," }) {
                let after = digits[digits.index(after: last)...].count
                if after == 1 || after == 2 {
                    if digits[last] == "," { comma += 1 } else { point += 1 }
                } else if after == 3, digits.contains("."), digits.contains(",") {
                    if digits[last] == "," { point += 1 } else { comma += 1 }
                }
            }
        }
        if comma > point { found.decimal = .comma }
        var dayFirst = 0, monthFirst = 0, dotted = 0
        for cell in dates {
            let part = cell.split(separator: " ").first.map(String.init) ?? cell
            guard Day(iso: part) == nil else { continue }
            let numbers = part.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).compactMap { Int($0) }
            guard numbers.count == 3, numbers[2] > 31 else { continue }
            found.numericDates = true
            if part.contains(".") { dotted += 1 }
            if numbers[0] > 12 { dayFirst += 1 } else if numbers[1] > 12 { monthFirst += 1 }
        }
        if dayFirst != monthFirst {
            found.dates = dayFirst > monthFirst ? .dayFirst : .monthFirst
        } else if found.numericDates {
            found.dates = dotted > 0 ? .dayFirst : .monthFirst
            found.datesAssumed = true
        }
        return found
    }
}
