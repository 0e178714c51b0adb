import Planner
import Testing
import Understanding

/// Weekly prospecting blocks in the ways people say them.
struct TimeBlockTests {
    static func block(_ day: Int, _ start: String, _ end: String) -> TimeBlock {
        func minutes(_ clock: String) -> Int {
            let parts = clock.split(separator: ":").compactMap { Int($0) }
            return parts[0] * 60 + (parts.count > 1 ? parts[1] : 0)
        }
        return TimeBlock(weekday: day, start: minutes(start), end: minutes(end))
    }

    static let cases: [(String, [TimeBlock])] = [
        ("Tuesday and Thursday mornings 9 to 11", [block(2, "9", "11"), block(4, "9", "11")]),
        ("Tue & Thu 9-11", [block(2, "9", "11"), block(4, "9", "11")]),
        // A slip in a day's name, and a hedge after the answer, as a tired rep types them.
        ("tuesday and thrusday 9 to 11", [block(2, "9", "11"), block(4, "9", "11")]),
        ("tues and thurs mornings 9-11 i guess", [block(2, "9", "11"), block(4, "9", "11")]),
        ("Mon-Fri 8 to 9:30", (1...5).map { block($0, "8", "9:30") }),
        ("every weekday 8:30am-10am", (1...5).map { block($0, "8:30", "10") }),
        ("Tuesdays 2pm to 4pm and Fridays 9 to 11", [block(2, "14", "16"), block(5, "9", "11")]),
        ("Tuesday 9-11 and Thursday 2-4", [block(2, "9", "11"), block(4, "14", "16")]),
        ("Wednesday afternoons 1 to 3", [block(3, "13", "15")]),
        ("9 to 11 on Mon, Wed and Fri", [block(1, "9", "11"), block(3, "9", "11"), block(5, "9", "11")]),
        ("weekday mornings", (1...5).map { block($0, "9", "11") }),
        ("Monday through Wednesday 14:00-16:30", (1...3).map { block($0, "14", "16:30") }),
        ("Friday 11 to 1", [block(5, "11", "13")]),
        ("Thursday 11am to 1pm", [block(4, "11", "13")]),
        ("Monday noon to 2", [block(1, "12", "14")]),
        ("8 to 10", (1...5).map { block($0, "8", "10") }),
        ("Monday 0800-1000", [block(1, "8", "10")]),
        // The part of the day said first, its hours after the days.
        ("mornings mon to fri, 8:30 to 10:30", (1...5).map { block($0, "8:30", "10:30") }),
        ("Monday mornings, Wednesday 2 to 4", [block(1, "9", "11"), block(3, "14", "16")]),
        ("mornings 6 to 8", (1...5).map { block($0, "6", "8") }),
        // Slashes between days, points in times, British half hours, asides and corrections (a second outside tester).
        ("tues/thurs 2-4pm", [block(2, "14", "16"), block(4, "14", "16")]),
        ("tue/thu 9.30-11", [block(2, "9:30", "11"), block(4, "9:30", "11")]),
        ("tuesdays and thursdays, half nine till eleven", [block(2, "9:30", "11"), block(4, "9:30", "11")]),
        ("mon wed fri 7:30 to 9am before meetings", [block(1, "7:30", "9"), block(3, "7:30", "9"), block(5, "7:30", "9")]),
        ("tuesday 9-11 am, before my team call", [block(2, "9", "11")]),
        ("mon-fri 8:30 to 10, actually make it 9 to 10", (1...5).map { block($0, "9", "10") }),
        ("fridays 10am-noon", [block(5, "10", "12")]),
        ("none", []),
        ("you pick", []),
    ]

    @Test(arguments: cases)
    func read(_ text: String, _ want: [TimeBlock]) throws {
        #expect(try Understand.timeBlocks(text).get().value == want, "\(text)")
    }

    @Test(arguments: ["whenever I can", "Tuesday", "9 to 8:59am", "Monday 9 to 25", "Mon 1am to 11pm", "lots of time", ""])
    func refused(_ text: String) {
        #expect(throws: Misunderstanding.self) { try Understand.timeBlocks(text).get() }
    }

    @Test func anAnswersFileGivesThemAsOneLineOrAList() throws {
        let base = """
            rep: Mark Rivera
            period: 2027
            goal: 1.2M
            deal_size: 30k
            close_rate: 25%
            meeting_to_opportunity: 50%

            """
        let today = Day(iso: "2026-12-15")!
        let line = try AnswerSheet.inputs(from: base + "time_blocks: Tue and Thu 9-11\n", today: today).get()
        let list = try AnswerSheet.inputs(from: base + "time_blocks:\n  - Tuesday 9 to 11\n  - Thursday 9 to 11\n", today: today).get()
        #expect(line.timeBlocks == [Self.block(2, "9", "11"), Self.block(4, "9", "11")])
        #expect(list.timeBlocks == line.timeBlocks)
        let none = try AnswerSheet.inputs(from: base, today: today).get()
        #expect(none.timeBlocks.isEmpty, "left out: the plan suggests them")
        guard case .failure(let problems) = AnswerSheet.inputs(from: base + "time_blocks: whenever\n", today: today) else {
            Issue.record("whenever was accepted")
            return
        }
        #expect(problems.all.map(\.key) == ["time_blocks"])
    }

    @Test func suggestionsCoverTheWeekInHalfHours() {
        #expect(TimeBlock.suggested(weeklyMinutes: 680, workingDays: 5) == (1...5).map { Self.block($0, "9", "11:30") })
        #expect(TimeBlock.suggested(weeklyMinutes: 20, workingDays: 4) == (1...4).map { Self.block($0, "9", "9:30") })
        #expect(TimeBlock.suggested(weeklyMinutes: 0, workingDays: 5).isEmpty, "no timed activity, no blocks")
        #expect(TimeBlock.suggested(weeklyMinutes: 10_000, workingDays: 5).allSatisfy { $0.minutes == 8 * 60 })
    }
}
