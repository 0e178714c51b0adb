/// Selling days a week: "5", "4 days a week", "Monday to Friday", "Mon-Thu", "Mon, Wed and Fri".
extension Understand {
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]

    public static func workingDays(_ text: String) -> Result<Reading<Int>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.workingDays)) }
        if let days = namedDays(tokens) { return checkedDays(Double(days)) }
        if tokens.contains(where: { $0.isWord("weekdays", "weekday") }) { return .success(Reading(5)) }
        if tokens.contains(where: { $0.isWord("everyday", "daily") })
            || zip(tokens, tokens.dropFirst()).contains(where: { $0.isWord("every") && $1.isWord("day") })
        {
            return .success(Reading(7))
        }
        let found = QuantityScanner.scan(tokens, units: ["days", "day", "d"])
        guard let q = found.first else { return .failure(.notUnderstood(.workingDays)) }
        if q.negative { return .failure(.negative(.workingDays, -q.value)) }
        return checkedDays(q.value)
    }

    private static func checkedDays(_ days: Double) -> Result<Reading<Int>, Misunderstanding> {
        guard days >= 1, days <= 7, days == days.rounded() else { return .failure(.daysPerWeek(days)) }
        return .success(Reading(Int(days)))
    }

    /// Days named as a span ("Mon-Thu", "Monday to Friday") or a list ("Mon, Wed and Fri").
    private static func namedDays(_ tokens: [Token]) -> Int? {
        let named = tokens.enumerated().compactMap { i, t in t.word.flatMap { weekdays[$0] }.map { (i, $0) } }
        guard !named.isEmpty else { return nil }
        var days = Set<Int>()
        var k = 0
        while k < named.count {
            let (i, day) = named[k]
            if k + 1 < named.count {
                let (j, other) = named[k + 1]
                let gap = tokens[(i + 1)..<j]
                if gap.count == 1, gap.first.map({ $0.isSymbol("-") || $0.isWord("to", "through", "thru", "till", "until") }) == true {
                    var d = day
                    while true {
                        days.insert(d)
                        if d == other { break }
                        d = d % 7 + 1
                    }
                    k += 2
                    continue
                }
            }
            days.insert(day)
            k += 1
        }
        return days.count
    }
}
