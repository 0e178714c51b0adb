import Planner
import Prompts

/// The sentences about a plan: its warnings, its odds, each input and where it came from.
public struct PlanWords: Sendable {
    public let figures: Figures
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        figures = Figures(words: words)
    }

    public func warning(_ warning: PlanWarning, in plan: Plan) -> String {
        let inputs = plan.inputs
        switch warning {
        case .infeasible:
            return words.text(
                "warning.infeasible",
                [
                    "working_weeks": Figures.decimal(max(0, plan.calendar.workingWeeks)),
                    "sales_cycle": Figures.decimal(inputs.salesCycleWeeks),
                ])
        case .goalReached:
            return words.text(
                "warning.goal_reached",
                [
                    "closed": figures.money(inputs.closedToDate), "goal": figures.money(inputs.goal),
                ])
        case .pipelineCovers:
            return words.text(
                "warning.pipeline_covers",
                [
                    "open": Figures.grouped(inputs.openOpportunities), "deals": Figures.grouped(plan.totals.deals),
                ])
        case .blocksShort:
            return words.text(
                "warning.time_blocks_short",
                [
                    "blocks": figures.blocks(plan.timeBlocks.blocks),
                    "have": figures.duration(minutes: Double(plan.timeBlocks.minutes)),
                    "need": figures.duration(minutes: plan.timeBlocks.activityMinutes),
                ])
        case .overCapacity, .beyondOnePerson:
            return words.text(
                "warning.\(warning.rawValue)",
                [
                    "need": figures.duration(minutes: plan.weeklyHours * 60),
                    "have": figures.duration(minutes: (plan.prospectingHours ?? Capacity.fullWeekHours) * 60),
                    "meetings": Figures.grouped(plan.fullSpeedWeeklyMeetings),
                    "length": figures.duration(minutes: inputs.meetingMinutes),
                    "weeks": Figures.decimal(max(0, plan.calendar.prospectingWeeks)),
                    "most": Figures.grouped(Capacity.mostMeetingsAWeek),
                    "full_week": figures.duration(minutes: Capacity.fullWeekHours * 60),
                ])
        }
    }

    /// How a plan beyond reach came to be kept: asked in the interview, or saved from an answers file.
    public enum Saving { case asked, saved }

    /// The realism gate, said before anything else when the plan is beyond reach: why, and what would fit.
    public func realism(_ plan: Plan, _ saving: Saving) -> [String] {
        guard plan.isBeyondReach else { return [] }
        let gate = plan.warnings.filter { [PlanWarning.overCapacity, .beyondOnePerson, .infeasible].contains($0) }
        let title = gate == [.overCapacity] ? "realism.title_hours" : "realism.title"
        return [words.text(title)] + gate.map { words.text("realism.reason", ["text": warning($0, in: plan)]) }
            + levers(plan.capacity) + [words.text(saving == .asked ? "realism.save_default_no" : "realism.saved_anyway")]
    }

    /// Each single change that would make the plan fit, a line each.
    public func levers(_ c: Capacity) -> [String] {
        var lines = [words.text("revisit.levers_title")]
        if c.needed > c.available + 1e-9, c.needed <= Capacity.fullWeekHours, c.weeklyMeetings <= Capacity.mostMeetingsAWeek {
            lines.append(words.text("revisit.hours_needed", ["needed": Figures.decimal(c.needed)]))
        }
        for lever in c.levers {
            let key: String, label: String, to: String?, from: String
            switch lever.ratio {
            case .closeRate:
                (key, label) = ("revisit.lever_close", words.text("revisit.lever_label_close"))
                (to, from) = (lever.to.map { figures.percent($0) }, figures.percent(lever.from))
            case .meetingToOpportunity:
                (key, label) = ("revisit.lever_m2o", words.text("revisit.lever_label_m2o"))
                (to, from) = (lever.to.map { figures.percent($0) }, figures.percent(lever.from))
            case .dealSize:
                (key, label) = ("revisit.lever_deal", words.text("revisit.lever_label_deal"))
                (to, from) = (lever.to.map { figures.money($0.rounded(.up)) }, figures.money(lever.from))
            case .attemptsPerMeeting(let name):
                (key, label) = ("revisit.lever_attempts", words.text("revisit.lever_label_attempts", ["name": name]))
                (to, from) = (lever.to.map { Figures.decimal($0) }, Figures.decimal(lever.from))
            }
            guard let to else {
                lines.append(words.text("revisit.lever_none", ["label": label]))
                continue
            }
            let name: String
            if case .attemptsPerMeeting(let n) = lever.ratio { name = n } else { name = "" }
            lines.append(words.text(key, ["to": to, "from": from, "name": name]))
        }
        if let goal = c.goalThatFits { lines.append(words.text("revisit.goal_fits", ["goal": figures.money(goal.rounded(.down))])) }
        if let end = c.periodEndThatFits { lines.append(words.text("revisit.period_fits", ["date": figures.date(end)])) }
        if !c.untimed.isEmpty { lines.append(words.text("revisit.untimed", ["names": figures.list(c.untimed)])) }
        return lines
    }

    /// plan.json as written, its warnings in words.
    public func document(_ plan: Plan) -> PlanDocument {
        PlanDocument(plan: plan) { warning(_: $0, in: plan) }
    }

    /// The odds with their real uncertainty, and in a sentence what they count; the simpler odds for a plan kept without.
    public func odds(_ plan: Plan) -> String {
        guard plan.totals.deals > 0, let odds = plan.odds else { return simpleOdds(plan) }
        var values: [String: Any] = [
            "meetings": Figures.grouped(plan.weekly.meetings), "chance": figures.percent(odds.chance, places: 0),
            "deals": Figures.grouped(plan.totals.deals),
        ]
        if let weekly = odds.weeklyMeetingsFor80Percent { values["meetings80"] = Figures.grouped(weekly) }
        let key: String
        if let ramp = plan.ramp {
            values["planned"] = Figures.grouped(ramp.plannedMeetings)
            values["full"] = Figures.grouped(ramp.weeklyMeetingsAtFull)
            key = "ramping"
        } else if odds.chance >= Planner.targetChance {
            key = "likely"
        } else {
            key = plan.weekly.meetings == 0 ? "pipeline_only" : "coin_flip"
        }
        let headline = words.text("odds.model.\(key)", values)
        let reach =
            odds.chance >= Planner.targetChance
            ? nil
            : odds.weeklyMeetingsFor80Percent.map { words.text("odds.model.for_80", count: $0, ["meetings80": Figures.grouped($0)]) }
                ?? words.text("odds.model.no_80")
        return ([headline, reach, includes(odds.model.evidence)].compactMap { $0 }).joined(separator: " ")
    }

    /// The open pipeline as a manager reads it: value, weighted value, coverage of the goal left, what closes in time.
    public func pipeline(_ plan: Plan) -> String? {
        guard let p = plan.pipeline else { return nil }
        let left = max(0, plan.inputs.goal - plan.inputs.closedToDate)
        var values: [String: Any] = [
            "count": Figures.grouped(plan.inputs.openOpportunities), "value": figures.money(p.value.rounded()),
            "weighted": figures.money(p.weightedValue.rounded()), "left": figures.money(left),
            "usual": Figures.decimal(PipelineFigures.usualCoverage), "end": figures.date(plan.period.end),
            "closing_count": Figures.grouped(p.closingInPeriod.count),
            "closing_value": figures.money(p.closingInPeriod.value.rounded()),
            "closing_weighted": figures.money(p.closingInPeriod.weightedValue.rounded()),
        ]
        guard let coverage = p.coverage else { return words.text("pipeline.goal_met", values) }
        values["coverage"] = Figures.decimal(coverage)
        let closing = p.closingInPeriod.count < plan.inputs.openOpportunities ? words.text("pipeline.closing", values) : nil
        return [words.text("pipeline.coverage", values), closing].compactMap { $0 }.joined(separator: " ")
    }

    /// What the odds count, in a sentence: the cases behind each ratio and the spread of deal sizes.
    func includes(_ evidence: OddsEvidence) -> String {
        func cases(_ key: String, _ trials: Double, _ from: OddsEvidence.Source) -> String {
            words.text(
                "odds.model.cases.\(from.rawValue)",
                [
                    "ratio": words.text("odds.model.ratio.\(key)"),
                    "trials": Figures.grouped(Int(trials.rounded())),
                ])
        }
        return words.text(
            "odds.model.includes",
            [
                "meeting": cases("meeting_to_opportunity", evidence.meetingTrials, evidence.meetingTrialsFrom),
                "close": cases("close_rate", evidence.closeTrials, evidence.closeTrialsFrom),
                "spread": words.text(
                    "odds.model.spread.\(evidence.dealSizeCVFrom.rawValue)",
                    ["cv": figures.percent(evidence.dealSizeCV, places: 0)]),
            ])
    }

    /// The contract's simpler odds: only the luck in which deals close, as if ratios and deal sizes were exact.
    public func simpleOdds(_ plan: Plan) -> String {
        let c = plan.confidence
        if plan.totals.deals == 0 { return words.text("odds.none_needed") }
        let values: [String: Any] = [
            "meetings": Figures.grouped(plan.weekly.meetings),
            "chance": figures.percent(c.chanceOfGoal, places: 0),
            "deals": Figures.grouped(plan.totals.deals),
            "meetings80": Figures.grouped(c.weeklyMeetingsFor80Percent),
        ]
        if let ramp = plan.ramp, let chance = ramp.chanceOfGoal {
            return words.text(
                "odds.ramping",
                values.merging([
                    "planned": Figures.grouped(ramp.plannedMeetings), "full": Figures.grouped(ramp.weeklyMeetingsAtFull),
                    "chance": figures.percent(chance, places: 0),
                ]) { $1 })
        }
        if c.chanceOfGoal >= Planner.targetChance { return words.text("odds.already_likely", values) }
        if plan.weekly.meetings == 0 { return words.text("odds.coin_flip_none", count: c.weeklyMeetingsFor80Percent, values) }
        return words.text("odds.coin_flip", values)
    }

    /// Each input with its value and where it came from, in the contract's order.
    public func assumptions(_ plan: Plan) -> [(label: String, value: String, source: String)] {
        let inputs = plan.inputs
        var rows: [(String, String, String)] = []
        func source(_ key: String) -> String {
            guard let a = inputs.assumptions.first(where: { $0.key == key }) else { return words.text("source.given_plain") }
            switch a.source {
            case .given: return a.said.map { words.text("source.given", ["said": $0]) } ?? words.text("source.given_plain")
            case .defaulted: return words.text("source.default")
            case .history:
                return words.text("source.history", ["sample": a.said ?? ""])
            // No weeks to recalibrate after: the words leave the clause out rather than say "after  weeks".
            case .team: return words.text("source.team", a.recalibrateAfterWeeks.map { ["weeks": String($0)] } ?? [:])
            case .starting: return words.text("source.starting", a.recalibrateAfterWeeks.map { ["weeks": String($0)] } ?? [:])
            case .revisit: return words.text("source.revisit", ["ratios": a.said ?? ""])
            case .checkIns: return words.text("source.check_ins")
            case .derived:
                guard let route = inputs.incomeRoute else { return words.text("source.given_plain") }
                return words.text(
                    "source.derived",
                    [
                        "income": figures.money(route.incomeGoal), "base": figures.money(route.baseSalary),
                        "commission": figures.percent(route.commissionRate),
                    ])
            }
        }
        func add(_ key: String, _ value: String) {
            rows.append((words.text("input.\(key)"), value, source(key)))
        }
        add("period", figures.span(inputs.period.start, inputs.period.end))
        if let route = inputs.incomeRoute {
            add("income_goal", figures.money(route.incomeGoal))
            add("base_salary", figures.money(route.baseSalary))
            add("commission_rate", figures.percent(route.commissionRate))
        }
        add("goal", figures.money(inputs.goal))
        add("closed_to_date", figures.money(inputs.closedToDate))
        add("deal_size", figures.money(inputs.dealSize))
        add("close_rate", figures.percent(inputs.closeRate))
        add("meeting_to_opportunity", figures.percent(inputs.meetingToOpportunity))
        add("sales_cycle_weeks", figures.weeks(inputs.salesCycleWeeks))
        let weeksOff = figures.weeks(inputs.weeksOff)
        add(
            "weeks_off",
            inputs.datesOff.isEmpty
                ? weeksOff
                : words.text(
                    "value.time_off_dated",
                    [
                        "amount": weeksOff, "dates": figures.dates(inputs.datesOff),
                    ]))
        if inputs.openPipeline.isEmpty {
            add("open_opportunities", Figures.grouped(inputs.openOpportunities))
        } else {
            rows.append(
                (
                    words.text("input.open_opportunities"), Figures.grouped(inputs.openOpportunities),
                    words.text("source.pipeline_listed", count: inputs.openPipeline.count, ["count": String(inputs.openPipeline.count)])
                ))
        }
        add("working_days", Figures.grouped(inputs.workingDays))
        let channels = inputs.channels.map { c -> String in
            var values: [String: Any] = [
                "name": c.name, "attempts": Figures.decimal(c.attemptsPerMeeting), "share": figures.percent(c.share),
            ]
            if let m = c.minutesPerAttempt { values["minutes"] = figures.duration(minutes: m) }
            return words.text("unit.channel", values)
        }
        add("channels", channels.isEmpty ? words.text("unit.no_channels") : channels.joined(separator: "; "))
        rows.append(
            (
                words.text("input.prospecting_hours"), hoursValue(plan),
                inputs.prospectingHours == nil ? words.text("source.default") : source("prospecting_hours")
            ))
        let evidence = inputs.evidence
        rows.append(
            (
                words.text("input.deal_size_spread"), words.text("source.spread", ["cv": figures.percent(evidence.dealSizeCV, places: 0)]),
                words.text("source.spread_from.\(evidence.dealSizeCVFrom.rawValue)")
            ))
        if plan.odds != nil, plan.totals.deals > 0 {
            let c = plan.confidence
            let value = words.text(
                plan.weekly.meetings == 0 ? "source.odds_simple_none" : "source.odds_simple_value",
                [
                    "chance": figures.percent(c.chanceOfGoal, places: 0), "meetings": Figures.grouped(plan.weekly.meetings),
                    "meetings80": Figures.grouped(c.weeklyMeetingsFor80Percent),
                ])
            rows.append((words.text("input.simple_odds"), value, words.text("source.simple_odds")))
        }
        return rows
    }

    /// The hours the plan is weighed against, as the Assumptions list says them.
    func hoursValue(_ plan: Plan) -> String {
        let length = figures.duration(minutes: plan.inputs.meetingMinutes)
        guard let hours = plan.inputs.prospectingHours else {
            return words.text(
                "source.hours_not_said",
                [
                    "full_week": figures.duration(minutes: Capacity.fullWeekHours * 60), "length": length,
                ])
        }
        return words.text("source.hours", ["hours": figures.duration(minutes: hours * 60), "length": length])
    }

    /// "160 calls (8 h)".
    public func activity(_ a: Plan.WeeklyActivity) -> String {
        guard let minutes = a.minutes else {
            return words.text("summary.activity", ["count": Figures.grouped(a.count), "name": a.name])
        }
        return words.text(
            "summary.activity_minutes",
            [
                "count": Figures.grouped(a.count), "name": a.name, "time": figures.duration(minutes: minutes),
            ])
    }

    /// The few lines printed after a plan is made.
    public func summary(_ plan: Plan) -> String {
        let activities = plan.activityTargets.map(activity)
        var lines = [
            words.text("summary.headline", ["meetings": figures.firstMeetings(plan.weekly.meetings), "activities": activities]),
            words.text(
                "summary.funnel",
                [
                    "span": figures.span(plan.calendar.start, plan.period.end), "deals": Figures.grouped(plan.totals.deals),
                    "opportunities": Figures.grouped(plan.totals.opportunities),
                    "meetings": Figures.grouped(plan.totals.meetings),
                ]),
        ]
        let chance = figures.percent(plan.odds?.chance ?? plan.confidence.chanceOfGoal, places: 0)
        let for80 = plan.odds.map(\.weeklyMeetingsFor80Percent) ?? plan.confidence.weeklyMeetingsFor80Percent
        lines.append(
            plan.totals.deals == 0
                ? words.text("summary.chance_none", ["chance": chance])
                : for80.map { words.text("summary.chance", count: $0, ["chance": chance, "meetings80": Figures.grouped($0)]) }
                    ?? words.text("summary.chance_no_80", ["chance": chance]))
        lines += plan.warnings.map { words.text("summary.warning", ["text": warning($0, in: plan)]) }
        return lines.joined(separator: "\n")
    }
}
