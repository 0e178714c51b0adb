import Interview
import Planner
import Prompts
import Understanding

/// Puts the interview's messages and questions in words, from `Prompts/en/interview.yaml`.
public struct InterviewWords: Sendable {
    public let planWords: PlanWords
    public let problems: ProblemWords
    var figures: Figures { planWords.figures }
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        planWords = PlanWords(words: words)
        problems = ProblemWords(words: words)
    }

    // MARK: Questions

    /// "[3/14] What's your revenue goal for that period? [$0]".
    public func question(_ prompt: Prompt, answers: Answers) -> String {
        var values: [String: Any] = [
            "progress": words.text("interview.progress", ["number": String(prompt.number), "of": String(prompt.of)]),
            "question": prompt.check.map(checkText) ?? questionText(prompt.question, answers: answers),
        ]
        if let shown = fallback(prompt.fallback, for: prompt.question) { values["fallback"] = shown }
        switch prompt.question {
        case .resume, .restart, .check: return words.text("interview.question_line_plain", values)
        default: return words.text("interview.question_line", values)
        }
    }

    public var inputPrompt: String { words.text("interview.input_prompt") }

    func questionText(_ q: Question, answers: Answers) -> String {
        switch q {
        case .slot(let s): return words.text("question.\(s.rawValue)")
        case .channelAttempts(let i):
            return words.text("question.channel_attempts", ["name": answers.channels?[safe: i]?.name ?? ""])
        case .moreChannels: return words.text("question.more_channels")
        case .shares: return words.text("question.shares")
        case .confirm: return words.text("question.confirm")
        case .teamDefaults: return words.text("question.team_defaults")
        case .restart: return words.text("question.restart")
        case .resume:
            var values: [String: Any] = ["number": String(answers.order.filter(answers.has).count + 1)]
            if let rep = answers.rep { values["rep"] = rep }
            return words.text("question.resume", values)
        case .check: return words.text("question.check")
        }
    }

    /// "That would change your period from 2027 to Jan 4 – Jan 17. Change it?", "You also said $2.4M: is that your goal?"
    public func checkText(_ check: Check) -> String {
        switch check {
        case .change(let fill, let was):
            return words.text(
                fill.slot == .weeksOff ? "interview.check_change_time_off" : "interview.check_change",
                [
                    "what": label(fill.slot), "was": describe(was, slot: fill.slot), "value": describe(fill),
                ])
        case .leftover(let l, let guess?):
            let what = words.has("what.\(guess.rawValue)") ? words.text("what.\(guess.rawValue)") : label(guess)
            return words.text("interview.check_leftover_guess", ["said": ProblemWords.printable(l.text), "what": what])
        case .leftover(let l, nil):
            return words.text("interview.check_leftover", ["said": ProblemWords.printable(l.text)])
        case .usual(let slot, let usual):
            return usualText(usual, slot: slot, key: "check_usual")
        }
    }

    /// Where a usual figure comes from, in words: "interview.<key>_team", "_history" or "_starting".
    func usualText(_ usual: Usual, slot: Slot, key: String) -> String {
        var values: [String: Any] = ["what": label(slot), "value": describe(usual.value, slot: slot)]
        let source: String
        var weeks: Int?
        switch usual {
        case .team(_, let w): (source, weeks) = ("team", w)
        case .starting(_, let w): (source, weeks) = ("starting", w)
        case .history(_, let sample):
            source = "history"
            values["sample"] = String(sample)
        }
        if let weeks { values["weeks"] = String(weeks) }
        return words.text("interview.\(key)_\(source)", values)
    }

    /// What Enter takes, in words; nil when an answer is needed.
    func fallback(_ f: Fallback, for q: Question) -> String? {
        switch f {
        case .required: return nil
        case .current(let v), .value(let v):
            guard case .slot(let s) = q else { return nil }
            return words.text("fallback.current", ["value": describe(v, slot: s)])
        case .none:
            if q == .slot(.channels) { return words.text("fallback.none_channels") }
            return words.text("fallback.none")
        case .yes: return words.text("fallback.yes")
        case .no: return words.text("fallback.no")
        case .attempts(let a): return words.text("fallback.attempts", ["value": Figures.decimal(a)])
        case .scaleShares: return words.text("fallback.scale")
        case .team(let v):
            guard case .slot(let s) = q else { return nil }
            return words.text("fallback.team", ["value": describe(v, slot: s)])
        case .history(let v, let sample):
            guard case .slot(let s) = q else { return nil }
            return words.text("fallback.history.\(s.rawValue)", ["value": describe(v, slot: s), "sample": String(sample)])
        case .leaveOut: return words.text("fallback.leave_out")
        }
    }

    // MARK: Values

    public func label(_ slot: Slot) -> String { words.text("label.\(slot.rawValue)") }

    /// A value as the rep reads it back: "$1,200,000", "25%", "Jan 1 – Dec 31, 2027", "8 weeks".
    public func describe(_ value: SlotValue, slot: Slot) -> String {
        switch value {
        case .text(let t): return t
        case .money(let m): return figures.money(m)
        case .rate(let r): return figures.percent(r)
        case .count(let n): return Figures.grouped(n)
        case .weeks(let w): return figures.weeks(w)
        case .timeOff(let off):
            let amount: String
            if off.workingDays == 0 {
                amount = figures.weeks(off.weeks)
            } else if off.weeks == 0 {
                amount = words.text("unit.days", ["value": Figures.decimal(off.workingDays)])
            } else {
                amount = words.text(
                    "value.time_off_days",
                    [
                        "weeks": figures.weeks(off.weeks), "days": Figures.decimal(off.workingDays),
                    ])
            }
            guard !off.dates.isEmpty else { return amount }
            // The part with no dates is said too: "3 weeks (Jul 5 – Jul 16, 2027, and 1 week when you take it)".
            let dated = Double(off.dates.sellingDays(workingDays: 5)) / 5
            let rest = off.weeks(workingDaysPerWeek: 5) - dated
            return words.text(
                rest > 0.05 ? "value.time_off_dated_rest" : "value.time_off_dated",
                [
                    "amount": amount, "dates": figures.dates(off.dates), "rest": figures.weeks(rest),
                ])
        case .days(let d): return words.text("value.days_a_week", ["value": String(d)])
        case .period(let p): return figures.span(p.start, p.end)
        case .profile(let p): return words.text("profile.\(p.rawValue)")
        case .timeBlocks(let blocks): return blocks.isEmpty ? words.text("value.none") : figures.blocks(blocks)
        case .hours(let h): return words.text("value.hours_a_week", ["value": figures.duration(minutes: h * 60)])
        }
    }

    /// An optional answer left out: "none", or for the hours what the plan is weighed against instead.
    func notSaid(_ slot: Slot, _ none: String) -> String {
        slot == .prospectingHours ? words.text("value.hours_not_said") : words.text(none)
    }

    func describe(_ fill: Fill) -> String {
        let value = describe(fill.value, slot: fill.slot)
        if let worked = fill.worked { return describe(worked, value: value) }
        guard let range = fill.range, fill.slot.kind != .name else { return value }
        let ends: (String, String)
        switch fill.value {
        case .money: ends = (figures.money(range.lowerBound), figures.money(range.upperBound))
        case .rate: ends = (figures.percent(range.lowerBound), figures.percent(range.upperBound))
        default: ends = (Figures.decimal(range.lowerBound), Figures.decimal(range.upperBound))
        }
        return words.text("interview.range_note", ["value": value, "low": ends.0, "high": ends.1])
    }

    /// "$720,000 ($60,000 a month × 12 months)", "$300,000 (20 deals × $15,000)".
    func describe(_ worked: Worked, value: String) -> String {
        func spans(_ per: Mention.Span, _ times: Double) -> String {
            words.text(times == 1 ? "span_one.\(per.rawValue)" : "span_count.\(per.rawValue)", ["count": Figures.decimal(times, places: 1)])
        }
        switch worked {
        case .perSpan(let each, let per, let times):
            return words.text(
                "interview.worked_per_span",
                [
                    "value": value, "each": figures.money(each), "per": words.text("span.\(per.rawValue)"), "times": spans(per, times),
                ])
        case .deals(let count, let each, nil, _):
            return words.text("interview.worked_deals", ["value": value, "count": Figures.decimal(count), "each": figures.money(each)])
        case .deals(let count, let each, let per?, let times):
            return words.text(
                "interview.worked_deals_per_span",
                [
                    "value": value, "count": Figures.decimal(count), "each": figures.money(each),
                    "per": words.text("span.\(per.rawValue)"), "times": spans(per, times),
                ])
        }
    }

    /// "calls (40 attempts per meeting, 50% of meetings, 3 min each)".
    public func describe(_ channel: ChannelDraft) -> String {
        var details: [String] = []
        if let a = channel.attemptsPerMeeting {
            // "each event gets me 3 meetings": fewer than one attempt a meeting reads better the other way up.
            if a == 1 {
                details.append(words.text("value.channel_attempt_one"))
            } else if a < 1 {
                details.append(words.text("value.channel_meetings_each", ["value": Figures.decimal(1 / a)]))
            } else {
                details.append(words.text("value.channel_attempts", ["value": Figures.decimal(a)]))
            }
        }
        if let s = channel.share { details.append(words.text("value.channel_share", ["value": figures.percent(s)])) }
        if let m = channel.minutesPerAttempt {
            details.append(words.text("value.channel_minutes", ["value": figures.duration(minutes: m)]))
        }
        if details.isEmpty { return words.text("value.channel_named", ["name": channel.name]) }
        return words.text("value.channel", ["name": channel.name, "details": details.joined(separator: ", ")])
    }

    // MARK: Messages

    public func say(_ message: Message) -> String {
        switch message {
        case .welcome: return words.text("interview.welcome")
        case .readBack(let fills):
            let items = fills.map { "\(label($0.slot)) \(describe($0))" }
            return words.text("interview.got_it", ["items": items.joined(separator: "; ")])
        case .changed(let fill, let was):
            return words.text(
                "interview.changed",
                [
                    "what": label(fill.slot), "was": describe(was, slot: fill.slot), "value": describe(fill),
                ])
        case .incomeRoute: return words.text("interview.income_route")
        case .channelAdded(let c): return words.text("interview.channel_added", ["channel": describe(c)])
        case .channelsNamed(let names): return words.text("interview.channels_named", ["names": figures.list(names)])
        case .sharesSettled(let channels):
            let shares = channels.map { "\($0.name) \(figures.percent($0.share ?? 0, places: 0))" }
            return words.text("interview.shares_settled", ["shares": shares.joined(separator: ", ")])
        case .sharesAsked(_, let total): return words.text("interview.shares_asked", ["total": figures.percent(total)])
        case .refused(let q, let why, let said, let attempt): return refused(q, why, said: said, attempt: attempt)
        case .refusedOther(let slot, let why, let said):
            return words.text(
                "interview.refused_other",
                [
                    "what": label(slot), "problem": problem(why, kind: kind(of: .slot(slot)), said: said),
                ])
        case .needsAnswer(let q): return words.text("interview.needs_answer", ["accepts": problems.accepts(kind(of: q))])
        case .help(let q):
            if q == .moreChannels { return words.text("interview.help_more_channels") }
            if q == .check { return words.text("interview.help_check") }
            return words.text("interview.help", ["accepts": problems.accepts(kind(of: q))])
        case .why(let q, let profile):
            let specific = profile.map { "why_for.\($0.rawValue).\(whyKey(q))" }
            return words.text(specific.flatMap { words.has($0) ? $0 : nil } ?? "why.\(whyKey(q))")
        case .skipped(let q, let f):
            guard let shown = fallback(f, for: q) else { return words.text("interview.skipped_none") }
            return words.text("interview.skipped", ["fallback": shown])
        case .cannotSkip(let q): return words.text("interview.cannot_skip", ["accepts": problems.accepts(kind(of: q))])
        case .summary(let answers, let plan): return summary(answers, plan)
        case .finishing(let fills):
            let list = fills.map { fill -> String in
                if case .text("") = fill.value { return "\(label(fill.slot)) \(notSaid(fill.slot, "fallback.none"))" }
                return "\(label(fill.slot)) \(describe(fill.value, slot: fill.slot))"
            }
            return words.text("interview.finishing", ["list": list.joined(separator: "; ")])
        case .nothingToGoBackTo: return words.text("interview.nothing_to_go_back_to")
        case .changeWhich: return words.text("interview.change_which")
        case .restarted: return words.text("interview.restarted")
        case .notRestarted: return words.text("interview.not_restarted")
        case .resumed(let answers):
            guard let rep = answers.rep else { return words.text("interview.resumed") }
            return words.text("interview.resumed_named", ["rep": rep])
        case .freshStart: return words.text("interview.fresh_start")
        case .quitting: return words.text("interview.quitting")
        case .gaveUp(let misses): return words.text("interview.gave_up", ["count": String(misses)])
        case .stretch(let options):
            let lines = options.map { o in
                words.text(
                    "stretch.line",
                    [
                        "percent": figures.percent(o.percent, places: 0), "goal": figures.money(o.goal),
                        "meetings": Figures.grouped(o.weeklyMeetings), "chance": figures.percent(o.chance, places: 0),
                    ])
            }
            return ([words.text("stretch.title")] + lines).joined(separator: "\n")
        case .stretched(let o, let base):
            return words.text(
                "stretch.applied",
                [
                    "goal": figures.money(o.goal), "percent": figures.percent(o.percent, places: 0), "base": figures.money(base),
                ])
        case .cannotPlan(let refusal):
            return words.text("interview.cannot_plan", ["problem": PlanProblemWords.words(for: refusal, words)])
        case .blocksShort(let blocks):
            return words.text(
                "interview.blocks_short",
                [
                    "have": figures.duration(minutes: Double(blocks.minutes)),
                    "need": figures.duration(minutes: blocks.activityMinutes),
                ])
        case .explain(let q, let usual):
            let key: String = if case .channelAttempts = q { "channel_attempts" } else { whyKey(q) }
            var lines = [words.text("meaning.\(key)")]
            if case .slot(let s) = q, let usual { lines.append(usualText(usual, slot: s, key: "usual")) }
            return lines.joined(separator: "\n")
        case .kept(let slot, let value):
            return words.text("interview.kept", ["what": label(slot), "value": describe(value, slot: slot)])
        case .leftOut(let said): return words.text("interview.left_out", ["said": ProblemWords.printable(said)])
        case .dontKnowNeeded(let q): return words.text("interview.dont_know_needed", ["how": words.text("how_to_find.\(whyKey(q))")])
        case .channelRemoved(let name): return words.text("interview.channel_removed", ["name": name])
        case .noSuchChannel(let name, let names):
            if names.isEmpty { return words.text("interview.no_channels") }
            return words.text("interview.no_such_channel", ["name": name, "names": figures.list(names)])
        }
    }

    func refused(_ q: Question, _ why: Misunderstanding, said: String, attempt: Int) -> String {
        let k = kind(of: q)
        var lines = [problem(why, kind: k, said: said)]
        if attempt >= 2 { lines.append(words.text("interview.refused_more", ["examples": words.text("examples.\(k)")])) }
        if attempt >= 3 {
            let optional: Bool
            var values: [String: Any] = [:]
            if case .slot(let s) = q, !Answers.isRequired(s) {
                optional = true
                values["fallback"] = Answers.defaultValue(s).map { describe($0, slot: s) } ?? words.text("fallback.none")
            } else {
                optional = false
            }
            values["optional"] = optional
            lines.append(words.text("interview.refused_stuck", values))
        }
        return lines.joined(separator: "\n")
    }

    func problem(_ why: Misunderstanding, kind: String, said: String) -> String {
        let text = problems.refusal(why, kind: kind)
        guard !said.isEmpty else { return words.text("interview.refused_plain", ["problem": capitalised(text)]) }
        return words.text("interview.refused_said", ["said": ProblemWords.printable(said), "problem": text])
    }

    func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The answer kind a question takes, as the problem words name it.
    func kind(of q: Question) -> String {
        switch q {
        case .slot(let s): return ProblemWords.kind(s.kind, zeroAllowed: Answers.defaultValue(s) == .money(0))
        case .channelAttempts: return AnswerKind.attemptsPerMeeting.rawValue
        case .shares: return AnswerKind.rate.rawValue
        case .moreChannels, .confirm, .resume, .restart, .teamDefaults, .check: return AnswerKind.yesNo.rawValue
        }
    }

    func whyKey(_ q: Question) -> String {
        switch q {
        case .slot(let s): return s.rawValue
        case .channelAttempts, .moreChannels, .shares: return "channels"
        case .confirm: return "confirm"
        case .resume: return "resume"
        case .restart: return "restart"
        case .teamDefaults: return "team_defaults"
        case .check: return "check"
        }
    }

    // MARK: Summary

    public func summary(_ answers: Answers, _ plan: Plan?) -> String {
        var lines = (plan.map { planWords.realism($0, .asked) } ?? []) + [words.text("interview.summary_title")]
        for slot in answers.order {
            if slot == .channels {
                let channels = answers.channels ?? []
                let value = channels.isEmpty ? words.text("value.none") : channels.map(describe).joined(separator: "; ")
                lines.append(words.text("interview.summary_line", ["label": capitalised(label(slot)), "value": value]))
                continue
            }
            if slot == .timeBlocks, answers[slot] == nil, let plan, !plan.timeBlocks.blocks.isEmpty {
                let value = figures.blocks(plan.timeBlocks.blocks) + " " + words.text("value.blocks_suggested_note")
                lines.append(words.text("interview.summary_line", ["label": capitalised(label(slot)), "value": value]))
                continue
            }
            if let v = answers[slot] {
                lines.append(words.text("interview.summary_line", ["label": capitalised(label(slot)), "value": describe(v, slot: slot)]))
            } else if answers.isDefaulted(slot) {
                lines.append(
                    words.text("interview.summary_line", ["label": capitalised(label(slot)), "value": notSaid(slot, "value.none")]))
            } else if Answers.isRequired(slot) {
                lines.append(words.text("interview.summary_missing", ["label": capitalised(label(slot))]))
            }
        }
        guard let plan else { return lines.joined(separator: "\n") }
        lines.append(words.text("interview.summary_plan_title"))
        lines.append(
            words.text(
                "interview.summary_weekly",
                [
                    "meetings": figures.firstMeetings(plan.weekly.meetings), "activities": plan.activityTargets.map(planWords.activity),
                ]))
        lines.append(
            words.text(
                "interview.summary_funnel",
                [
                    "deals": Figures.grouped(plan.totals.deals), "opportunities": Figures.grouped(plan.totals.opportunities),
                    "meetings": Figures.grouped(plan.totals.meetings),
                ]))
        lines.append(words.text("interview.summary_odds", ["odds": planWords.odds(plan)]))
        for warning in plan.warnings {
            lines.append(words.text("interview.summary_warning", ["text": planWords.warning(warning, in: plan)]))
        }
        return lines.joined(separator: "\n")
    }
}
