import Foundation
import Interview
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking

/// `salesplan checkin` and `salesplan revisit` as conversations, on the terminal or a pipe.
public struct TrackingConversation {
    public var rep: String?
    public var place: Place
    let source: LineSource
    let screen: Screen
    var today: Day { place.today }

    public init(rep: String?, place: Place, source: LineSource, screen: Screen) {
        self.rep = rep
        self.place = place
        self.source = source
        self.screen = screen
    }

    var maxMisses: Int? { source.isTerminal ? nil : InterviewSession.pipeMissLimit }

    func open(_ command: String, words: PromptBook) -> RepContext? {
        var out = Outcome()
        let context = RepContext.open(rep, command: command, place: place, words: words, into: &out)
        if !out.stderr.isEmpty { screen.warn(out.stderr.trimmingCharacters(in: .newlines)) }
        return context
    }

    func show(_ out: Outcome) -> Int32 {
        if !out.stdout.isEmpty { screen.show(out.stdout.trimmingCharacters(in: .newlines)) }
        if !out.stderr.isEmpty { screen.warn(out.stderr.trimmingCharacters(in: .newlines)) }
        return out.status.rawValue
    }

    static func stopped(_ ending: Ending) -> Int32 {
        ending == .quit ? ExitStatus.success.rawValue : ExitStatus.badInput.rawValue
    }

    /// The fields of one week, with what Enter takes.
    static func weekFields(channels: [String], lastWeek: Day, withWeek: Bool) -> [Form.Field] {
        var fields: [Form.Field] = withWeek ? [Form.Field(key: "week", kind: .week, fallback: .week(lastWeek))] : []
        for name in channels {
            fields.append(Form.Field(key: "attempts", subject: name, kind: .count, fallback: .count(0)))
            fields.append(Form.Field(key: "meetings", subject: name, kind: .count, fallback: .count(0)))
        }
        for key in ["meetings_held", "opportunities_created", "deals_won", "deals_lost"] {
            fields.append(Form.Field(key: key, kind: .count, fallback: .count(0)))
        }
        fields.append(Form.Field(key: "revenue_closed", kind: .money, fallback: .money(0)))
        return fields
    }

    static func checkIn(_ values: [String: Form.Value], channels: [String], week: Day) -> CheckIn {
        func count(_ id: String) -> Int { if case .count(let n) = values[id] { return n } else { return 0 } }
        var result = CheckIn(week: week)
        if case .week(let w) = values["week"] { result.week = w }
        result.activities = channels.map { .init(name: $0, attempts: count("attempts:\($0)"), meetings: count("meetings:\($0)")) }
        result.meetingsHeld = count("meetings_held")
        result.opportunitiesCreated = count("opportunities_created")
        result.dealsWon = count("deals_won")
        result.dealsLost = count("deals_lost")
        if case .money(let m) = values["revenue_closed"] { result.revenueClosed = m }
        if case .text(let t) = values["note"] { result.note = t }
        return result
    }

    // MARK: Check-in

    public func checkIn(words: PromptBook) -> Int32 {
        guard let context = open("checkin", words: words) else { return ExitStatus.badInput.rawValue }
        let channels = context.plan.inputs.channels.map(\.name)
        let lastWeek = CheckIn.weekStart(of: today).adding(days: -7)
        let fields = Self.weekFields(channels: channels, lastWeek: lastWeek, withWeek: true)
            + [Form.Field(key: "note", kind: .text, fallback: .text(""))]
        let session = FormSession(words: words, source: source, screen: screen)
        guard case .submitted(let values) = session.run(Form(fields: fields, today: today, maxMisses: maxMisses)) else {
            return ExitStatus.badInput.rawValue
        }
        let week = Self.checkIn(values, channels: channels, week: lastWeek)
        let record = CheckInRecord(context: context, words: words)
        if record.exists(week.week) {
            let confirm = Form(fields: [Form.Field(key: "replace", kind: .yesNo, fallback: .yes(false))], today: today,
                               maxMisses: maxMisses, confirms: false)
            guard case .submitted(let answer) = session.run(confirm), answer["replace"] == .yes(true) else {
                screen.show(words.text("tracking.kept", ["week": Figures(words: words).date(week.week)]))
                return ExitStatus.success.rawValue
            }
        }
        var out = Outcome()
        return show(record.save([week], replace: true, json: false, into: &out))
    }

    // MARK: Revisit

    public func revisit(words: PromptBook) -> Int32 {
        guard var context = open("revisit", words: words) else { return ExitStatus.badInput.rawValue }
        let session = FormSession(words: words, source: source, screen: screen)
        let channels = context.plan.inputs.channels.map(\.name)
        if context.checkIns.isEmpty {
            let fields = [Form.Field(key: "weeks", kind: .count, fallback: nil)]
                + Self.weekFields(channels: channels, lastWeek: today, withWeek: false)
            guard case .submitted(let values) = session.run(Form(fields: fields, today: today, maxMisses: maxMisses)) else {
                return ExitStatus.badInput.rawValue
            }
            var weeks = 1
            if case .count(let n) = values["weeks"], n > 0 { weeks = n }
            let total = Self.checkIn(values, channels: channels, week: CheckIn.weekStart(of: today).adding(days: -7))
            context.checkIns = TrackingAnswers.spread(total, weeks: weeks)
        }
        let talk = TrackingWords(words: words)
        let first: Revisit
        do {
            first = try Revisit(previous: context.plan, checkIns: context.checkIns, choices: .init(today: today))
        } catch {
            screen.warn(words.text("planner.refused", ["problem": PlanProblemWords.words(for: error, words)]))
            return ExitStatus.badInput.rawValue
        }
        screen.show(talk.findings(first))
        screen.show("")
        var fields = [
            Form.Field(key: "ratios", kind: .choice(Recalibration.Choice.allCases.map(\.rawValue)), fallback: .choice("blended")),
            Form.Field(key: "open_opportunities", kind: .count, fallback: .count(first.plan.inputs.openOpportunities)),
        ]
        fields.append(Form.Field(key: "prospecting_hours", kind: .hours,
                                 fallback: context.plan.prospectingHours.map(Form.Value.hours) ?? .text("")))
        fields.append(Form.Field(key: "time_blocks", kind: .timeBlocks, fallback: .timeBlocks(context.plan.inputs.timeBlocks)))
        fields.append(Form.Field(key: "reason", kind: .text, fallback: .text("")))
        guard case .submitted(let values) = session.run(Form(fields: fields, today: today, maxMisses: maxMisses, confirms: false)) else {
            return ExitStatus.badInput.rawValue
        }
        var choices = Revisit.Choices(today: today)
        if case .choice(let c) = values["ratios"], let choice = Recalibration.Choice(rawValue: c) { choices.ratios = choice }
        if case .count(let n) = values["open_opportunities"] { choices.openOpportunities = n }
        if case .hours(let h) = values["prospecting_hours"] { choices.prospectingHours = h }
        if case .timeBlocks(let b) = values["time_blocks"] { choices.timeBlocks = b }
        if case .text(let t) = values["reason"] { choices.reason = t }
        guard let revisit = try? Revisit(previous: context.plan, checkIns: context.checkIns, choices: choices) else {
            return ExitStatus.badInput.rawValue
        }
        screen.show(talk.outlook(revisit))
        let confirm = Form(fields: [Form.Field(key: "confirm_revision", kind: .yesNo, fallback: .yes(true))], today: today,
                           maxMisses: maxMisses, confirms: false)
        guard case .submitted(let answer) = session.run(confirm), answer["confirm_revision"] == .yes(true) else {
            screen.show(words.text("revisit.not_saved"))
            return ExitStatus.success.rawValue
        }
        switch context.save(revision: revisit.plan, words: words) {
        case .success(let saved):
            screen.show(talk.savedRevision(revisit, json: saved.json.path, archive: saved.archive?.path ?? ""))
            return ExitStatus.success.rawValue
        case .failure(let failure):
            failure.lines.forEach(screen.warn)
        }
        return ExitStatus.files.rawValue
    }
}
