import Planner

/// An answers file's `weeks_off`: counts, words and dates, added up with each day away counted once.
extension KeyReader {
    /// `weeks_off`: a count ("3", "10 days"), words with when ("two weeks in August"), dates
    /// (`{from: 2027-08-02, to: 2027-08-13}`), or a list of any of these, which add up.
    mutating func readWeeksOff(asOf: Day, period: Period?, workingDays: Int) -> Understand.TimeOff? {
        let items: [AnswerTree]
        // One `{from, to}` alone is named `weeks_off` in problems; a list's items by their place.
        var single = false
        switch values["weeks_off"] {
        case .list(let list): items = list
        case .mapping(let pairs):
            items = [.mapping(pairs)]
            single = true
        default:
            return read("weeks_off", default: Understand.TimeOff(weeks: 0)) {
                Understand.weeksOff($0, asOf: asOf, period: period, workingDays: workingDays)
            }
        }
        // The parts add up, but a day away counts once however many parts name it.
        var undated = Understand.TimeOff(weeks: 0)
        var dates: [DatesOff] = []
        var failed = false
        func dated(_ list: [DatesOff]) -> Int { list.sellingDays(workingDays: workingDays, within: period) }
        for (index, item) in items.enumerated() {
            let key = single ? "weeks_off" : "weeks_off[\(index)]"
            switch item {
            case .text(let text):
                switch Understand.weeksOff(text, asOf: asOf, period: period, workingDays: workingDays) {
                case .success(let reading):
                    undated.weeks += reading.value.weeks
                    undated.workingDays += reading.value.workingDays - Double(dated(reading.value.dates))
                    dates += reading.value.dates
                case .failure(let why):
                    problems.append(AnswerProblem(key: key, given: text, issue: .misunderstood(why)))
                    failed = true
                }
            case .mapping(let pairs):
                guard let range = readDates(pairs, key: key, asOf: asOf, period: period, workingDays: workingDays) else {
                    failed = true
                    continue
                }
                dates.append(range)
            default:
                problems.append(AnswerProblem(key: key, given: item.quoted, issue: .notAValue))
                failed = true
            }
        }
        let total = Understand.TimeOff(weeks: undated.weeks, workingDays: undated.workingDays + Double(dated(dates)), dates: dates)
        guard !failed else { return nil }
        assumptions.append(Assumption(key: "weeks_off", source: .given, said: values["weeks_off"].map { TerminalText.stripped($0.quoted) }))
        return total
    }

    /// One `{from, to}` of time off: both dates, in order, inside the plan's period, holding a selling day.
    mutating func readDates(
        _ pairs: [(key: String, value: AnswerTree)], key: String, asOf: Day, period: Period?,
        workingDays: Int
    ) -> DatesOff? {
        var ends: [String: Day] = [:]
        for (name, value) in pairs {
            guard ["from", "to"].contains(name) else {
                problems.append(
                    AnswerProblem(
                        key: "\(key).\(name)", given: value.quoted,
                        issue: .unknownKey(suggestion: AnswerSheet.suggestion(for: name, among: ["from", "to"]))))
                continue
            }
            switch Understand.date(value.quoted, today: asOf) {
            case .success(let d): ends[name] = d.value
            case .failure(let why): problems.append(AnswerProblem(key: "\(key).\(name)", given: value.quoted, issue: .misunderstood(why)))
            }
        }
        for name in ["from", "to"] where !pairs.contains(where: { $0.key == name }) {
            problems.append(AnswerProblem(key: "\(key).\(name)", issue: .missing))
        }
        guard let from = ends["from"], let to = ends["to"] else { return nil }
        guard from <= to else {
            problems.append(
                AnswerProblem(key: key, given: "\(from) to \(to)", issue: .misunderstood(.periodBackwards(start: from, end: to))))
            return nil
        }
        if let period, to < period.start || from > period.end {
            problems.append(AnswerProblem(key: key, given: "\(from) to \(to)", issue: .outsidePeriod(period)))
            return nil
        }
        guard [DatesOff(from: from, to: to)].sellingDays(workingDays: workingDays) > 0 else {
            problems.append(AnswerProblem(key: key, given: "\(from) to \(to)", issue: .noSellingDays))
            return nil
        }
        return DatesOff(from: from, to: to)
    }
}
