import Planner
import Understanding

@testable import Interview

let asOf = Day(year: 2026, month: 12, day: 15)!
let year2027 = Period(start: Day(year: 2027, month: 1, day: 1)!, end: Day(year: 2027, month: 12, day: 31)!)

/// A fresh interview as a pipe session runs it, started.
func started(catalogue: [String: Double] = ["calls": 40, "emails": 80], maxMisses: Int? = nil) -> Interview {
    var interview = Interview(setup: .init(asOf: asOf, maxMisses: maxMisses, catalogue: catalogue))
    _ = interview.start()
    return interview
}

/// An interview fed `lines` in turn.
func after(_ lines: [String], catalogue: [String: Double] = ["calls": 40, "emails": 80], maxMisses: Int? = nil) -> Interview {
    var interview = started(catalogue: catalogue, maxMisses: maxMisses)
    for line in lines { _ = interview.receive(line) }
    return interview
}

/// Every required answer given; the optional ones still open.
let requiredLines = [
    "Mark Rivera", "2027", "$1.2M", "30k", "1 in 4", "half",
]

extension [Effect] {
    var messages: [Message] {
        compactMap { if case .say(let m) = $0 { return m } else { return nil } }
    }

    var asked: Question? {
        compactMap { if case .ask(let p) = $0 { return p.question } else { return nil } }.last
    }
}
