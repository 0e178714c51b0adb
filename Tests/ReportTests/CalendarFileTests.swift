import Foundation
import Planner
import Testing
import TestSupport
@testable import PlanReport

/// plan.ics as RFC 5545 asks: whole-file golden, folding, escaping, UIDs and the weekly rule.
struct CalendarFileTests {
    func plan(blocks: String) throws -> Plan {
        try ReportTests.plan(markRiveraAnswers + "\ntime_blocks: \(blocks)\n")
    }

    @Test func theWorkedExampleWithTwoMornings() throws {
        let text = CalendarFile(words: words).render(try plan(blocks: "Tuesday and Thursday mornings 9 to 11"))
        expectGolden(text, "mark-rivera.plan.ics")
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(text.contains("RRULE:FREQ=WEEKLY;UNTIL=20271231T235959;BYDAY=TU\r\n"))
        #expect(text.contains("DTSTART:20270105T090000\r\n"), "the first Tuesday of the plan, floating")
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "é€🙂a", count: 40)
        let folded = CalendarFile.folded(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func textIsEscaped() {
        #expect(CalendarFile.escaped("calls, emails; a\\b\nnext") == "calls\\, emails\\; a\\\\b\\nnext")
    }

    @Test func eachActivityIsSplitOverTheBlocksByLengthAndAddsUp() throws {
        let byBlock = try plan(blocks: "Monday 9 to 10, Wednesday 9 to 11").activitiesByBlock
        #expect(byBlock.map(\.block.minutes) == [60, 120])
        for name in ["calls", "referral asks"] {
            let counts = byBlock.map { $0.activities.first { $0.name == name }?.count ?? 0 }
            #expect(counts.reduce(0, +) == (name == "calls" ? 160 : 8), "\(name): \(counts)")
            #expect(counts[0] < counts[1])
        }
    }
}
