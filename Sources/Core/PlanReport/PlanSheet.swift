import Planner
import Prompts

/// plan.md: the sheet a rep pins up and the manager inspects weekly, rendered from `Prompts/en/plan.md.mustache`.
public struct PlanSheet: Sendable {
    public let planWords: PlanWords
    var figures: Figures { planWords.figures }
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        planWords = PlanWords(words: words)
    }

    public func render(_ plan: Plan) -> String {
        words.file("plan.md", context(plan.markdownSafe)) ?? "[plan.md]"
    }

    /// The weekly prospecting blocks, each with what to do in it.
    func blocks(_ plan: Plan, _ placed: BlockPlan) -> [String: Any] {
        let calendar = CalendarFile(words: words)
        var context: [String: Any] = [
            "intro": words.text(plan.timeBlocks.suggested ? "sheet.blocks_suggested" : "sheet.blocks_chosen"),
            "rows": placed.blocks.map { entry -> [String: Any] in
                [
                    "when": figures.blocks([entry.block]),
                    "what": entry.activities.isEmpty
                        ? words.text("sheet.blocks_spare")
                        : figures.list(entry.activities.map(calendar.activity)),
                ]
            },
            "floating": words.text("calendar.floating"),
        ]
        if !placed.unplaced.isEmpty {
            context["unplaced"] = words.text(
                "sheet.blocks_unplaced",
                [
                    "what": figures.list(placed.unplaced.map(calendar.activity)),
                    "missing": figures.duration(minutes: placed.minutesMissing),
                ])
        }
        return context
    }

    /// Everything the template shows, as text.
    public func context(_ plan: Plan) -> [String: Any] {
        let inputs = plan.inputs
        var context: [String: Any] = [
            "rep": plan.rep,
            "made": figures.date(plan.asOf),
            "span": figures.span(plan.calendar.start, plan.period.end),
            "days": Figures.grouped(plan.calendar.days),
            "prospecting_weeks": Figures.decimal(plan.calendar.prospectingWeeks),
            "weekly_meetings": figures.firstMeetings(plan.weekly.meetings),
            "activities": plan.activityTargets.map { a -> [String: Any] in
                var row: [String: Any] = ["count": Figures.grouped(a.count), "name": a.name]
                if let m = a.minutes { row["time"] = figures.duration(minutes: m) }
                return row
            },
            "breakdown": breakdown(plan),
            "odds": planWords.odds(plan),
            "warnings": plan.warnings.map { planWords.warning($0, in: plan) },
            "has_warnings": !plan.warnings.isEmpty,
            "assumptions": planWords.assumptions(plan).map { ["label": $0.label, "value": $0.value, "source": $0.source] },
            "tracking_columns": [words.text("sheet.meetings_short")] + plan.weekly.activities.map(\.name),
            "tracking": tracking(plan),
            "closing_weeks": inputs.salesCycleWeeks > 0 && plan.nextPeriod == nil,
            "next_period_weeks": plan.nextPeriod != nil,
        ]
        if let manager = plan.manager { context["manager"] = manager }
        if let pipeline = planWords.pipeline(plan) { context["pipeline"] = pipeline }
        context["season"] = season(plan)
        if let next = plan.nextPeriod {
            context["next_period"] = words.text(
                "sheet.next_period_note",
                [
                    "from": figures.date(next.from), "meetings": Figures.grouped(next.weeklyMeetings), "end": figures.date(next.end),
                ])
        }
        // The blocks' contents, worked out once for the blocks and the day-by-day line.
        let placed = plan.blockPlan
        if !plan.timeBlocks.blocks.isEmpty { context["blocks"] = blocks(plan, placed) }
        if let revision = revision(plan) { context["revision"] = revision }
        if let ramp = plan.ramp {
            context["ramp_note"] = words.text(
                "sheet.ramp_note",
                [
                    "weeks": String(ramp.ramp.steps.map(\.weeks).reduce(0, +)), "full": Figures.grouped(ramp.weeklyMeetingsAtFull),
                ])
        }
        context.merge(together(plan)) { a, _ in a }
        if let profile = plan.profile { context["profile"] = words.text("profile.\(profile.rawValue)") }
        if plan.inputs.weeksOff > 0 { context["away_note"] = awayNote(plan) }
        let minutes = plan.activityTargets.hours * 60
        if minutes > 0 { context["weekly_time"] = figures.duration(minutes: minutes) }
        if plan.inputs.workingDays > 1, !plan.daily.activities.isEmpty || plan.daily.meetings > 0 {
            let meetings = Planner.spread(plan.weekly.meetings, over: plan.inputs.workingDays)
            let rows = [(words.text("sheet.meetings"), meetings)] + dayByDay(plan, placed)
            context["by_day"] =
                [
                    "days_label": words.text("sheet.days_label", ["days": String(plan.inputs.workingDays)]),
                    "rows": rows.map { ["name": $0.0, "spread": $0.1.map(String.init).joined(separator: " · ")] },
                ] as [String: Any]
        }
        return context
    }

    /// Each activity's attempts on each selling day: as the prospecting blocks hold them when every block falls on a
    /// selling day (so the day-by-day line and the calendar agree), else the contract's spread.
    func dayByDay(_ plan: Plan, _ placed: BlockPlan) -> [(String, [Int])] {
        let days = plan.inputs.workingDays
        guard !placed.blocks.isEmpty, placed.blocks.allSatisfy({ (1...days).contains($0.block.weekday) }) else {
            return plan.daily.activities.map { ($0.name, $0.byDay) }
        }
        return plan.activityTargets.map { activity in
            (
                activity.name,
                (1...days).map { day in
                    placed.blocks.filter { $0.block.weekday == day }.flatMap(\.activities).filter { $0.name == activity.name }.map(\.count)
                        .reduce(0, +)
                }
            )
        }
    }

    /// "How we'll work together": the weekly one-to-one, what is inspected, the questions, when to revisit.
    func together(_ plan: Plan) -> [String: Any] {
        let values: [String: Any] = plan.manager.map { ["manager": $0] } ?? [:]
        let questions = words.entries(under: "together.questions").sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map(\.value)
        return [
            "together_title": words.text("together.title"),
            "profile_note": words.text("profile_note.\(plan.profile?.rawValue ?? "none")"),
            "one_to_one": words.text("together.one_to_one", values),
            "inspect": words.text("together.inspect"),
            "questions_title": words.text("together.questions_title"),
            "questions": questions,
            "revisit": words.text("together.revisit"),
        ]
    }

    /// Rows of the breakdown table, each column on one basis so that the columns reconcile: the whole period (what is
    /// needed, the open pipeline taken off the new opportunities, as the contract counts), a month (the period ÷ its
    /// months, so twelve of them make a year's), a prospecting week (the plan's weekly figures, and what they bring
    /// down the funnel: 8 meetings × 50% = 4 opportunities) and a selling day (the week ÷ its selling days).
    func breakdown(_ plan: Plan) -> [[String: String]] {
        let months = max(plan.calendar.months, 1e-9)
        let days = Double(max(1, plan.inputs.workingDays))
        let i = plan.inputs
        let weeklyMeetings = Double(plan.weekly.meetings)
        func row(_ label: String, period: String, total: Double, week: Double, money: Bool = false) -> [String: String] {
            // Rounded to the nearest, so that a month times the months gives back the period.
            func show(_ x: Double) -> String {
                money ? figures.money(x.rounded()) : x >= 10 ? Figures.grouped(Int(x.rounded())) : Self.small(x)
            }
            return ["label": label, "period": period, "month": show(total / months), "week": show(week), "day": show(week / days)]
        }
        let remaining = plan.totals.remainingGoal
        let weeklyOpportunities = weeklyMeetings * i.meetingToOpportunity
        var rows = [
            row(
                words.text("sheet.goal"), period: figures.money(remaining), total: remaining,
                week: weeklyOpportunities * i.closeRate * i.dealSize, money: true),
            row(
                words.text("sheet.deals"), period: Figures.grouped(plan.totals.deals), total: Double(plan.totals.deals),
                week: weeklyOpportunities * i.closeRate),
            row(
                words.text("sheet.opportunities"), period: Figures.grouped(plan.totals.opportunities),
                total: Double(plan.totals.opportunities), week: weeklyOpportunities),
        ]
        if i.openOpportunities > 0 {
            rows[2]["period"] = words.text(
                "sheet.open_note",
                [
                    "count": Figures.grouped(plan.totals.opportunities), "open": Figures.grouped(i.openOpportunities),
                ])
        }
        var meetings = row(
            words.text("sheet.meetings"), period: Figures.grouped(plan.totals.meetings), total: Double(plan.totals.meetings),
            week: weeklyMeetings)
        meetings["week"] = Figures.grouped(plan.weekly.meetings)
        meetings["day"] = Figures.grouped(plan.daily.meetings)
        rows.append(meetings)
        for (weekly, daily) in zip(plan.weekly.activities, plan.daily.activities) {
            // The attempts the period's meetings take: each activity's share of them at its attempts per meeting.
            let channel = i.channels.first { $0.name == weekly.name }
            let total = Double(plan.totals.meetings) * (channel?.share ?? 0) * (channel?.attemptsPerMeeting ?? 0)
            var activity = row(
                words.text("sheet.activity", ["name": weekly.name]), period: Figures.grouped(Rounding.upCount(total)),
                total: total, week: Double(weekly.count))
            activity["week"] =
                weekly.minutes.map {
                    words.text("sheet.with_time", ["count": Figures.grouped(weekly.count), "time": figures.duration(minutes: $0)])
                } ?? Figures.grouped(weekly.count)
            activity["day"] = Figures.grouped(daily.count)
            rows.append(activity)
        }
        return rows
    }

    /// Why the plan in force replaced the one before: the reason, the biggest leak, and every week's targets before
    /// and now.
    func revision(_ plan: Plan) -> [String: Any]? {
        guard plan.revision > 1, let last = plan.revisions.last else { return nil }
        var changes: [[String: String]] = []
        if let meetings = last.previousMeetings {
            changes.append([
                "name": words.text("sheet.meetings"), "old": Figures.grouped(meetings), "new": Figures.grouped(plan.weekly.meetings),
            ])
        }
        for old in last.previousActivities ?? [] {
            guard let new = plan.activityTargets.first(where: { $0.name == old.name }) else { continue }
            changes.append(["name": old.name, "old": Figures.grouped(old.count), "new": Figures.grouped(new.count)])
        }
        var leak: String?
        if let key = last.leak {
            leak =
                key == "none"
                ? words.text("sheet.revision_no_leak")
                : words.text("sheet.revision_leak", ["stage": words.text("revisit.gap_names.\(key)"), "channel": last.leakChannel ?? ""])
        }
        return [
            "number": String(last.number), "date": figures.date(last.date), "ratios": last.ratios,
            "reason": last.reason.isEmpty ? words.text("sheet.revision_no_reason") : ProblemWords.printable(last.reason),
            "leak": leak ?? "", "changes": changes,
        ]
    }

    /// Small per-week and per-day outcomes keep a decimal: 0.8 deals a week, not 1.
    static func small(_ x: Double) -> String {
        x >= 10 ? Figures.grouped(Rounding.upCount(x)) : Figures.decimal(x, places: x < 0.1 ? 2 : 1)
    }

    /// The goal month by month when a season is known; that the weeks are even when none is.
    func season(_ plan: Plan) -> String {
        guard let season = plan.inputs.seasonality, let months = plan.monthlyGoals else { return words.text("sheet.season_none") }
        let list = months.map {
            words.text("sheet.season_month", ["month": figures.monthName($0.month.month), "goal": figures.money($0.goal.rounded())])
        }
        return words.text("sheet.season.\(season.source.rawValue)", ["months": list.joined(separator: ", ")])
    }

    /// When the weeks off fall: on their dates they ask nothing; the rest the rep takes where they fall.
    func awayNote(_ plan: Plan) -> String {
        let dated = plan.inputs.datesOff.weeks(within: plan.period, from: plan.calendar.start, workingDays: plan.inputs.workingDays)
        let undated = max(0, plan.inputs.weeksOff - dated)
        let dates = figures.dates(plan.inputs.datesOff)
        switch (plan.inputs.datesOff.isEmpty, undated < 0.05) {
        case (true, _): return words.text("sheet.away_undated", ["weeks": figures.weeks(undated)])
        case (false, true): return words.text("sheet.away_dated", ["dates": dates])
        case (false, false): return words.text("sheet.away_both", ["dates": dates, "weeks": figures.weeks(undated)])
        }
    }

    /// One row per week of the period from the plan's start, with the targets to fill in against.
    func tracking(_ plan: Plan) -> [[String: Any]] {
        return plan.weekTargets.enumerated().map { index, target in
            var note = ""
            if plan.isAway(week: target.week) {
                note = words.text("sheet.away")
            } else if target.isForNextPeriod {
                note = words.text("sheet.next_period")
            } else if target.share == 0 {
                note = words.text("sheet.closing")
            } else if target.share < 1 - 1e-9 {
                note = words.text("sheet.part_week", ["share": figures.percent(target.share, places: 0)])
            }
            if let ramp = plan.ramp, ramp.ramp.conversion(week: index) < 1 {
                note = words.text("sheet.ramping", ["share": figures.percent(ramp.ramp.conversion(week: index), places: 0)])
            }
            let counts = [target.meetings] + target.activities.map(\.count)
            return ["week_of": target.week.description, "targets": counts.map(Figures.grouped), "note": note]
        }
    }
}
