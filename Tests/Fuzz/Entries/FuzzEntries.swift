import Foundation
import Interview
import PlanStore
import Planner
import Prompts
import Tracking
import Understanding

/// What each fuzz target does with one input: the same code paths a person or a file reaches.
/// Shared by the libFuzzer harnesses (Tests/Fuzz/Harness) and the regression tests that replay the corpus.
enum FuzzEntries {
    static let today = Day(year: 2027, month: 2, day: 1) ?? Day(ordinal: 0)

    /// Answer understanding: every reader, every slot, commands, and the interview fed line by line.
    static func understanding(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines.prefix(64) {
            _ = Understand.money(line)
            _ = Understand.rate(line)
            _ = Understand.count(line)
            _ = Understand.raise(line)
            _ = Understand.calendarWeeks(line)
            _ = Understand.weeksOff(line)
            _ = Understand.minutes(line)
            _ = Understand.workingDays(line)
            _ = Understand.period(line, asOf: today)
            _ = Understand.yesNo(line)
            _ = Understand.profile(line)
            _ = Understand.name(line)
            _ = Understand.attemptsPerMeeting(line)
            _ = Understand.date(line, today: today)
            _ = Understand.week(line, today: today)
            _ = Understand.hours(line)
            _ = Command.read(line)
            _ = ChannelList.names(line)
            for slot in Slot.allCases {
                _ = Understand.value(for: slot, line, asOf: today)
            }
            _ = Hearing.read(line, current: nil, asOf: today)
        }
        var interview = Interview(setup: .init(asOf: today, maxMisses: 50))
        _ = interview.start()
        for line in lines.prefix(200) where interview.ending == nil {
            _ = interview.receive(line)
        }
    }

    /// The answers-file loader: a plan's answers, a check-in's, a revisit's.
    static func answers(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = AnswerSheet.inputs(from: text, today: today)
        if let tree = try? AnswerTree.parse(text) {
            _ = TrackingAnswers.checkIn(tree, today: today)
            _ = TrackingAnswers.revisit(tree, today: today)
            _ = TeamDefaults.read(text, asOf: today)
        }
    }

    /// The plan loader: syntax, decoding, the plausibility check, and re-planning from what was read.
    static func plan(_ data: Data) {
        _ = JSONSyntax.fault(in: data)
        if let outline = try? JSONDecoder().decode(PlanOutline.self, from: data) {
            _ = PlanCheck.implausibleKey(outline)
        }
        guard let plan = try? JSONDecoder().decode(Plan.self, from: data), PlanCheck.implausibleKey(plan) == nil else { return }
        _ = try? Planner.plan(plan.inputs, withOdds: false)
        _ = Pacing.make(plan: plan, checkIns: [], week: plan.calendar.start)
    }

    /// The check-in loaders: checkins.csv, a filled-in tracking sheet, a CRM export.
    static func checkIns(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = CheckInSheet.read(text, today: today)
        _ = CheckInSheet.read(text, today: today, filledOnly: true)
        for row in CSV.parse(text).prefix(100) {
            _ = CSV.line(row)
        }
    }

    /// A CRM export: the column finder, the dates and amounts, the tallies per owner.
    static func crm(_ data: Data) {
        _ = CRMImport.read(String(decoding: data, as: UTF8.self), today: today)
    }

    /// A reworded prompts file: the input as a YAML file of texts and as a template, read and checked as
    /// `--prompts` reads them (aliases, nesting, broken tags).
    static func prompts(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        for name in ["words.yaml", "plan.md.mustache"] {
            if let book = try? PromptBook(shipped: [], reworded: [.init(path: name, text: text)]) {
                _ = book.file("plan.md", ["rep": "Pat"])
                _ = book.entries(under: "")
            }
        }
    }

    static let all: [String: @Sendable (Data) -> Void] = [
        "understanding": { understanding($0) }, "answers": { answers($0) }, "plan": { plan($0) },
        "checkins": { checkIns($0) }, "crm": { crm($0) }, "prompts": { prompts($0) },
    ]
}
