import Foundation
import Planner
import TestSupport
import Testing

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
        // Prospecting for this year ends five days into the week of Nov 1 (an 8-week cycle); the blocks go on to the
        // period's end for next year's pipeline.
        #expect(text.contains("RRULE:FREQ=WEEKLY;UNTIL=20271231T235959;BYDAY=TU\r\n"))
        var last = try plan(blocks: "Tuesday and Thursday mornings 9 to 11")
        last.inputs.lastPeriod = true
        #expect(CalendarFile(words: words).render(last).contains("RRULE:FREQ=WEEKLY;UNTIL=20271107T235959;BYDAY=TU\r\n"))
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

    @Test func noBlockHoldsMoreThanFitsAndWhatDoesNotFitIsSaid() throws {
        // 160 calls × 3 min, 8 referral asks × 10 min and a 2-hour event: 680 minutes in 180.
        let p = try plan(blocks: "Monday 9 to 10, Wednesday 9 to 11")
        let placed = p.blockPlan
        #expect(placed.blocks.map(\.block.minutes) == [60, 120])
        for entry in placed.blocks {
            #expect(entry.activities.compactMap(\.minutes).reduce(0, +) <= Double(entry.block.minutes), "\(entry)")
        }
        // The event whole in the block with most room, then the asks in what is left; the calls fit nowhere.
        #expect(placed.blocks[1].activities.map(\.name) == ["networking events"])
        #expect(placed.blocks[0].activities == [Plan.WeeklyActivity(name: "referral asks", count: 6, minutes: 60)])
        #expect(
            placed.unplaced == [
                Plan.WeeklyActivity(name: "calls", count: 160, minutes: 480),
                Plan.WeeklyActivity(name: "referral asks", count: 2, minutes: 20),
            ])
        #expect(placed.minutesMissing == 500)
        for activity in p.activityTargets {
            let counts = placed.blocks.map { $0.activities.first { $0.name == activity.name }?.count ?? 0 }
            let left = placed.unplaced.first { $0.name == activity.name }?.count ?? 0
            #expect(counts.reduce(0, +) + left == activity.count, "\(activity.name) adds up")
        }
        #expect(
            PlanSheet(words: words).render(p).contains(
                "In no block, for want of room: calls 160 and referral asks 2. The blocks are 8 h 20 min short"))
    }
}
