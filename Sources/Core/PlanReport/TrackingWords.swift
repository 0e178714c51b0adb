import Planner
import Prompts
import Tracking

/// Pacing, revisits and the list of plans, in words.
public struct TrackingWords: Sendable {
    public let planWords: PlanWords
    var figures: Figures { planWords.figures }
    var words: PromptBook { figures.words }

    public init(words: PromptBook) {
        planWords = PlanWords(words: words)
    }

    func name(_ measure: Pace.Measure) -> String {
        switch measure {
        case .activity(let n): return n
        case .meetings: return words.text("tracking.measure_meetings")
        case .opportunities: return words.text("tracking.measure_opportunities")
        case .deals: return words.text("tracking.measure_deals")
        }
    }

    /// The small table: this week and the period so far against the plan, and the sentence under it.
    public func pacing(_ p: Pacing) -> String {
        var lines = [words.text("tracking.pacing_title", count: p.weeks, ["week": figures.date(p.week), "weeks": String(p.weeks)])]
        let header = (0..<6).map { words.text("tracking.pacing_header.\($0)") }
        let rows = zip(p.thisWeek, p.soFar).map { week, total -> [String] in
            [
                name(week.measure), Self.count(week.actual), Self.count(week.target), Self.count(total.actual),
                Self.count(total.target), total.share.map { figures.percent($0, places: 0) } ?? "–",
            ]
        }
        lines += PlanScreen.table([header] + rows, width: 100, indent: 2, rightAligned: [1, 2, 3, 4, 5])
        if let away = p.away {
            lines.append(words.text("tracking.away", ["dates": figures.span(away.from, away.to)]))
        }
        if p.forNextPeriod { lines.append(words.text("tracking.next_period")) }
        if p.away == nil {
            lines.append(verdict(p.verdict))
        } else if p.verdict != .noTargets {
            // This week asked nothing; what is said next is of the weeks before it.
            lines.append(words.text("tracking.before_away", ["verdict": verdict(p.verdict)]))
        }
        if p.revenue.goal > 0 {
            lines.append(
                words.text(
                    "tracking.revenue",
                    [
                        "closed": figures.money(p.revenue.closed), "goal": figures.money(p.revenue.goal),
                        "share": figures.percent(p.revenue.closed / p.revenue.goal, places: 0),
                        "pro_rated": figures.money(p.revenue.proRated.rounded()),
                    ]))
        }
        return lines.joined(separator: "\n")
    }

    static func count(_ x: Double) -> String {
        x == x.rounded() ? Figures.grouped(Int(x)) : Figures.decimal(x)
    }

    public func verdict(_ v: Pacing.Verdict) -> String {
        switch v {
        case .noTargets: return words.text("tracking.verdict.no_targets")
        case .onPlan: return words.text("tracking.verdict.on_plan")
        case .convertingBetter(let a, let share, let meetings):
            return words.text("tracking.verdict.converting_better", shares(a, share, meetings))
        case .convertingWorse(let a, let share, let meetings):
            return words.text("tracking.verdict.converting_worse", shares(a, share, meetings))
        case .behind(let a, let share, let meetings):
            return words.text("tracking.verdict.behind", shares(a, share, meetings))
        case .behindMeetingsMost(let a, let share, let meetings):
            return words.text("tracking.verdict.behind_meetings_most", shares(a, share, meetings))
        case .meetingsOnly(let meetings):
            return words.text("tracking.verdict.meetings_only", ["meetings_share": figures.percent(meetings, places: 0)])
        }
    }

    func shares(_ activity: String, _ share: Double, _ meetings: Double) -> [String: Any] {
        [
            "activity": activity == Pacing.allActivities ? words.text("tracking.all_activities") : activity,
            "activity_share": figures.percent(share, places: 0), "meetings_share": figures.percent(meetings, places: 0),
        ]
    }

    // MARK: Revisit

    public func revisit(_ r: Revisit, archive: String?, saved: String?, fromTotals: Bool = false) -> String {
        var lines = [findings(r, fromTotals: fromTotals), "", outlook(r)]
        if let saved, let archive {
            lines.append("")
            lines.append(words.text("revisit.saved", ["revision": String(r.plan.revision), "json": saved, "archive": archive]))
        }
        return lines.joined(separator: "\n")
    }

    /// What happened: actuals, the leak with its coaching note, the stages in deals, the recalibrated ratios; from
    /// totals given for the weeks so far, or from check-ins.
    public func findings(_ r: Revisit, fromTotals: Bool = false) -> String {
        var lines = [
            words.text(
                fromTotals ? "revisit.title_totals" : "revisit.title", count: r.totals.weeks,
                [
                    "rep": r.previous.rep, "from": String(r.previous.revision), "to": String(r.plan.revision),
                    "weeks": String(r.totals.weeks),
                ])
        ]
        lines.append(words.text("revisit.actuals_title"))
        for (channel, measured) in r.actuals.attemptsPerMeeting {
            let planned = Figures.decimal(r.previous.inputs.channels.first { $0.name == channel }?.attemptsPerMeeting ?? 0)
            if let value = measured.value {
                lines.append(
                    words.text(
                        "revisit.actual_channel",
                        [
                            "name": channel, "value": Figures.decimal(value), "planned": planned, "sample": String(measured.sample),
                        ]))
            } else {
                lines.append(words.text("revisit.actual_channel_none", ["name": channel, "planned": planned]))
            }
        }
        let i = r.previous.inputs
        lines.append(
            rate(
                "revisit.label_m2o", r.actuals.meetingToOpportunity, planned: figures.percent(i.meetingToOpportunity),
                unit: "revisit.unit_meetings"
            ) { figures.percent($0) })
        lines.append(
            rate(
                "revisit.label_close", r.actuals.closeRate, planned: figures.percent(i.closeRate),
                unit: "revisit.unit_resolved"
            ) { figures.percent($0) })
        lines.append(
            rate(
                "revisit.label_deal", r.actuals.dealSize, planned: figures.money(i.dealSize),
                unit: "revisit.unit_won"
            ) { figures.money($0.rounded()) })
        lines.append("")
        lines.append(leak(r.diagnosis.biggest))
        lines.append(words.text("revisit.coaching.\(r.diagnosis.biggest.leak.rawValue)"))
        lines.append(words.text("revisit.gaps_title"))
        for gap in r.diagnosis.gaps {
            lines.append(
                words.text(
                    "revisit.gap_line",
                    [
                        "name": words.text("revisit.gap_names.\(gap.leak.rawValue)"), "deals": Figures.decimal(gap.deals),
                    ]))
        }
        lines.append("")
        lines += recalibrated(r)
        return lines.joined(separator: "\n")
    }

    /// What comes next: the ratios chosen, the catch-up plan beside the old targets, the odds and the hours.
    public func outlook(_ r: Revisit) -> String {
        var lines = [words.text("revisit.chosen", ["choice": r.choices.ratios.rawValue])]
        let zero = [(r.recalibration.closeRate, "revisit.label_close"), (r.recalibration.meetingToOpportunity, "revisit.label_m2o")]
            .filter { $0.0.actualUnusable }.map { words.text($0.1) }
        if r.choices.ratios == .actual, !zero.isEmpty { lines.append(words.text("revisit.actual_zero", ["labels": figures.list(zero)])) }
        lines.append("")
        lines += catchUp(r)
        if let capacity = r.capacity { lines += self.capacity(capacity) }
        return lines.joined(separator: "\n")
    }

    public func savedRevision(_ r: Revisit, json: String, archive: String) -> String {
        words.text("revisit.saved", ["revision": String(r.plan.revision), "json": json, "archive": archive])
    }

    func rate(_ label: String, _ m: Measured, planned: String, unit: String, show: (Double) -> String) -> String {
        guard let value = m.value else {
            return words.text("revisit.actual_rate_none", ["label": words.text(label), "planned": planned])
        }
        return words.text(
            "revisit.actual_rate",
            [
                "label": words.text(label), "value": show(value), "planned": planned, "sample": String(m.sample), "unit": words.text(unit),
            ])
    }

    public func leak(_ gap: Diagnosis.Gap) -> String {
        let amount: String
        switch gap.leak {
        case .dealSize: amount = figures.money(gap.amount.rounded())
        default: amount = Figures.decimal(gap.amount)
        }
        return words.text(
            "revisit.leak.\(gap.leak.rawValue)",
            [
                "amount": amount, "deals": Figures.decimal(gap.deals), "channel": gap.channel ?? "",
            ])
    }

    /// The blended ratios in words: how much the rep's own figures count against the plan's.
    func recalibrated(_ revisit: Revisit) -> [String] {
        let r = revisit.recalibration
        var lines = [words.text("revisit.recalibrated_title")]
        func line(_ label: String, _ b: Recalibration.Blend, trials: Int, unit: String, _ show: (Double) -> String) {
            lines.append(
                words.text(
                    b.actual == nil ? "revisit.recalibrated_none" : "revisit.recalibrated_line",
                    [
                        "label": label, "planned": show(b.planned), "actual": b.actual.map(show) ?? words.text("revisit.not_measured"),
                        "blended": show(b.blended), "small": b.small, "trials": Figures.grouped(trials), "unit": unit,
                        "k": Figures.grouped(Int(b.k.rounded())),
                    ]))
        }
        for c in revisit.previous.inputs.channels {
            if let b = r.attemptsPerMeeting[c.name] {
                line(c.name, b, trials: revisit.totals.attempts(c.name), unit: c.name.lowercased()) { Figures.decimal($0) }
            }
        }
        let t = revisit.totals
        line(words.text("revisit.label_m2o"), r.meetingToOpportunity, trials: t.meetingsHeld, unit: words.text("revisit.unit_meetings")) {
            figures.percent($0)
        }
        line(words.text("revisit.label_close"), r.closeRate, trials: t.dealsWon + t.dealsLost, unit: words.text("revisit.unit_resolved")) {
            figures.percent($0)
        }
        line(words.text("revisit.label_deal"), r.dealSize, trials: t.dealsWon, unit: words.text("revisit.unit_won")) {
            figures.money($0.rounded())
        }
        return lines
    }

    func catchUp(_ r: Revisit) -> [String] {
        var lines = [words.text("revisit.catch_up_title", ["from": figures.date(r.plan.calendar.start)])]
        lines.append(
            words.text(
                "revisit.catch_up_row",
                [
                    "name": words.text("tracking.measure_meetings"), "old": Figures.grouped(r.previous.weekly.meetings),
                    "new": Figures.grouped(r.plan.weekly.meetings),
                ]))
        for (old, new) in zip(r.previous.weekly.activities, r.plan.weekly.activities) {
            lines.append(
                words.text(
                    "revisit.catch_up_row",
                    [
                        "name": new.name, "old": Figures.grouped(old.count), "new": Figures.grouped(new.count),
                    ]))
        }
        let chance = figures.percent(r.plan.confidence.chanceOfGoal, places: 0)
        lines.append(
            r.plan.totals.deals == 0
                ? words.text("revisit.chance_none", ["chance": chance])
                : words.text(
                    "revisit.chance", ["chance": chance, "meetings80": Figures.grouped(r.plan.confidence.weeklyMeetingsFor80Percent)]))
        for warning in r.plan.warnings { lines.append(planWords.warning(warning, in: r.plan)) }
        return lines
    }

    func capacity(_ c: Capacity) -> [String] {
        let values: [String: Any] = ["needed": Figures.decimal(c.needed), "available": Figures.decimal(c.available)]
        // No activity has a time per attempt: there are no hours to weigh, not "0 h".
        if c.activityHours == 0, !c.untimed.isEmpty {
            return [words.text("revisit.capacity_untimed", ["available": Figures.decimal(c.available), "names": figures.list(c.untimed)])]
        }
        guard !c.fits else { return [words.text("revisit.capacity_fits", values)] }
        return [words.text("revisit.capacity_short", values)] + planWords.levers(c)
    }

    // MARK: Team

    /// The team table, the rep who needs attention first at the top.
    /// The team at a glance in 80 columns, each rep's flags on a line under them; `wide` puts everything on one line,
    /// each rep's weekly activity too.
    public func team(_ rows: [TeamRow], wide: Bool = false) -> String {
        let columns = wide ? Array(0..<8) : Array(0..<7).filter { $0 != 2 }
        let header = columns.map { words.text("team.header.\($0)") }
        func flags(_ row: TeamRow) -> String {
            row.flags.map { words.text("team.flag.\($0.rawValue)", ["weeks": String(row.weeksWithoutCheckIn ?? 2)]) }.joined(
                separator: ", ")
        }
        let body = rows.map { row -> [String] in
            let cells = [
                row.rep, Figures.grouped(row.weeklyMeetings),
                row.weeklyActivities.map { "\($0.name) \(Figures.grouped($0.count))" }.joined(separator: ", "),
                row.lastWeek.map(figures.shortDate) ?? words.text("tracking.list_never"),
                row.lastWeekShare.map { figures.percent($0, places: 0) } ?? "–",
                row.soFarShare.map { figures.percent($0, places: 0) } ?? "–",
                figures.percent(row.chanceNow, places: 0),
                flags(row),
            ]
            return columns.map { cells[$0] }
        }
        let right: Set<Int> = wide ? [1, 4, 5, 6] : [1, 3, 4, 5]
        let lines = PlanScreen.table([header] + body, width: wide ? 400 : 80, indent: 0, rightAligned: right)
        guard !wide else { return lines.joined(separator: "\n") }
        var out = lines.prefix(1).map { $0 }
        for (row, line) in zip(rows, lines.dropFirst()) {
            out.append(line)
            if !row.flags.isEmpty { out.append(words.text("team.flag_line", ["flags": flags(row)])) }
        }
        return out.joined(separator: "\n")
    }

    // MARK: List

    public func list(_ rows: [(plan: Plan, lastCheckIn: Day?)]) -> String {
        let header = (0..<5).map { words.text("tracking.list_header.\($0)") }
        let body = rows.map { row -> [String] in
            [
                row.plan.rep, figures.span(row.plan.period.start, row.plan.period.end), Figures.grouped(row.plan.weekly.meetings),
                row.lastCheckIn.map(figures.date) ?? words.text("tracking.list_never"), String(row.plan.revision),
            ]
        }
        return PlanScreen.table([header] + body, width: 200, indent: 0, rightAligned: [2, 4]).joined(separator: "\n")
    }
}
