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
            return words.text("warning.infeasible", [
                "working_weeks": Figures.decimal(max(0, plan.calendar.workingWeeks)),
                "sales_cycle": Figures.decimal(inputs.salesCycleWeeks),
            ])
        case .goalReached:
            return words.text("warning.goal_reached", [
                "closed": figures.money(inputs.closedToDate), "goal": figures.money(inputs.goal),
            ])
        case .pipelineCovers:
            return words.text("warning.pipeline_covers", [
                "open": Figures.grouped(inputs.openOpportunities), "deals": Figures.grouped(plan.totals.deals),
            ])
        case .blocksShort:
            return words.text("warning.time_blocks_short", [
                "blocks": figures.blocks(plan.timeBlocks.blocks),
                "have": figures.duration(minutes: Double(plan.timeBlocks.minutes)),
                "need": figures.duration(minutes: plan.timeBlocks.activityMinutes),
            ])
        }
    }

    /// plan.json as written, its warnings in words.
    public func document(_ plan: Plan) -> PlanDocument {
        PlanDocument(plan: plan) { warning(_: $0, in: plan) }
    }

    /// "A plan built on averages is a coin flip: …"
    public func odds(_ plan: Plan) -> String {
        let c = plan.confidence
        if plan.totals.deals == 0 { return words.text("odds.none_needed") }
        let values: [String: Any] = [
            "meetings": Figures.grouped(plan.weekly.meetings),
            "chance": figures.percent(c.chanceOfGoal, places: 0),
            "deals": Figures.grouped(plan.totals.deals),
            "meetings80": Figures.grouped(c.weeklyMeetingsFor80Percent),
        ]
        if let ramp = plan.ramp, let chance = ramp.chanceOfGoal {
            return words.text("odds.ramping", values.merging([
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
                return words.text("source.derived", [
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
        add("weeks_off", inputs.datesOff.isEmpty ? weeksOff : words.text("value.time_off_dated", [
            "amount": weeksOff, "dates": figures.dates(inputs.datesOff),
        ]))
        add("open_opportunities", Figures.grouped(inputs.openOpportunities))
        add("working_days", Figures.grouped(inputs.workingDays))
        let channels = inputs.channels.map { c -> String in
            var values: [String: Any] = [
                "name": c.name, "attempts": Figures.decimal(c.attemptsPerMeeting), "share": figures.percent(c.share),
            ]
            if let m = c.minutesPerAttempt { values["minutes"] = figures.duration(minutes: m) }
            return words.text("unit.channel", values)
        }
        add("channels", channels.isEmpty ? words.text("unit.no_channels") : channels.joined(separator: "; "))
        return rows
    }

    /// "160 calls (8 h)".
    public func activity(_ a: Plan.WeeklyActivity) -> String {
        guard let minutes = a.minutes else {
            return words.text("summary.activity", ["count": Figures.grouped(a.count), "name": a.name])
        }
        return words.text("summary.activity_minutes", [
            "count": Figures.grouped(a.count), "name": a.name, "time": figures.duration(minutes: minutes),
        ])
    }

    /// The few lines printed after a plan is made.
    public func summary(_ plan: Plan) -> String {
        let activities = plan.activityTargets.map(activity)
        var lines = [
            words.text("summary.headline", ["meetings": figures.firstMeetings(plan.weekly.meetings), "activities": activities]),
            words.text("summary.funnel", [
                "span": figures.span(plan.calendar.start, plan.period.end), "deals": Figures.grouped(plan.totals.deals),
                "opportunities": Figures.grouped(plan.totals.opportunities),
                "meetings": Figures.grouped(plan.totals.meetings),
            ]),
        ]
        let chance = figures.percent(plan.confidence.chanceOfGoal, places: 0)
        lines.append(plan.totals.deals == 0
            ? words.text("summary.chance_none", ["chance": chance])
            : words.text("summary.chance", count: plan.confidence.weeklyMeetingsFor80Percent, [
                "chance": chance, "meetings80": Figures.grouped(plan.confidence.weeklyMeetingsFor80Percent),
            ]))
        lines += plan.warnings.map { words.text("summary.warning", ["text": warning($0, in: plan)]) }
        return lines.joined(separator: "\n")
    }
}
