/// Works a goal backwards into deals, opportunities, first meetings and activities (the contract's math).
public enum Planner {
    /// Why the inputs cannot be planned at all.
    public enum Refusal: Error, Equatable {
        /// The plan's day is after the period ends.
        case asOfAfterPeriod(asOf: Day, end: Day)
        case periodEndsBeforeItStarts(Period)
        /// A period longer than any plan is read back at (`longestPeriodMonths`).
        case periodTooLong(Period)
        /// A period or plan date outside `Day.plausibleYears`.
        case outsideYears(Period)
        /// A figure the plan would hold that no plan file may (`PlanCheck`), by its plan.json key: refused here so
        /// that whatever is saved reads back.
        case beyondBounds(key: String)
    }

    /// The longest period a plan covers: ten years.
    public static let longestPeriodMonths = 120.0

    /// The chance the confidence figure aims for.
    public static let targetChance = 0.8

    /// The plan; `withOdds: false` leaves the confidence figures at 0, for overviews that work out their own odds.
    public static func plan(_ inputs: PlanInputs, withOdds: Bool = true) throws(Refusal) -> Plan {
        let calendar = try calendarFigures(inputs)
        let feasible = calendar.prospectingWeeks >= 1
        let sellingWeeks = feasible ? calendar.prospectingWeeks : 1

        let remaining = max(0, inputs.goal - inputs.closedToDate)
        let deals = Funnel.deals(revenue: remaining, dealSize: inputs.dealSize)
        let opportunities = Funnel.opportunities(deals: deals, closeRate: inputs.closeRate, open: inputs.openOpportunities)
        let meetings = Funnel.meetings(opportunities: opportunities, meetingToOpportunity: inputs.meetingToOpportunity)
        let weeklyMeetings = Funnel.perPeriod(meetings, over: sellingWeeks)

        let weeklyActivities = activities(inputs, weeklyMeetings: weeklyMeetings)
        let days = max(1, inputs.workingDays)
        let dailyActivities = weeklyActivities.map {
            Plan.DailyActivity(name: $0.name, count: ceilDiv($0.count, days), byDay: spread($0.count, over: days))
        }

        let monthlyDeals = Funnel.perPeriod(deals, over: calendar.months)
        let odds = Odds(inputs, deals: deals, sellingWeeks: sellingWeeks)

        let ramp = inputs.ramp.map { ramp -> RampPlan in
            let effective = max(ramp.effectiveWeeks(sellingWeeks), 1e-9)
            let full = Funnel.perPeriod(meetings, over: effective)
            let atFull = activities(inputs, weeklyMeetings: full)
            let weeks = Int((Double(calendar.days) / 7).rounded(.up))
            let expected = (0..<weeks).map { Int((Double(full) * ramp.conversion(week: $0)).rounded()) }
            var plan = RampPlan(
                ramp: ramp, effectiveWeeks: effective, weeklyMeetingsAtFull: full, activities: atFull,
                expectedMeetings: expected)
            if withOdds { plan.chanceOfGoal = odds.chance(meetings: plan.plannedMeetings) }
            return plan
        }

        let blocks = timeBlocks(inputs, activities: ramp?.activities ?? weeklyActivities)
        var warnings: [PlanWarning] = []
        if !feasible { warnings.append(.infeasible) }
        if remaining == 0 {
            warnings.append(.goalReached)
        } else if opportunities == 0 {
            warnings.append(.pipelineCovers)
        }
        if blocks.short { warnings.append(.blocksShort) }
        let fullWeek = ramp?.weeklyMeetingsAtFull ?? weeklyMeetings
        let hours = Plan.hours(
            activities: ramp?.activities ?? weeklyActivities, meetings: fullWeek,
            meetingMinutes: inputs.meetingMinutes)
        if let available = inputs.prospectingHours, hours > available + 1e-9 { warnings.append(.overCapacity) }
        // Too few weeks is said by `infeasible`, whose figures are for one week; beyond that, too much for one person.
        if feasible, fullWeek > Capacity.mostMeetingsAWeek || hours > Capacity.fullWeekHours + 1e-9 { warnings.append(.beyondOnePerson) }

        var plan = Plan(
            rep: inputs.rep, slug: Slug.make(inputs.rep), manager: inputs.manager, profile: inputs.profile,
            asOf: inputs.asOf, period: inputs.period, inputs: inputs, calendar: calendar,
            totals: .init(remainingGoal: remaining, deals: deals, opportunities: opportunities, meetings: meetings),
            weekly: .init(meetings: weeklyMeetings, activities: weeklyActivities),
            daily: .init(meetings: ceilDiv(weeklyMeetings, days), activities: dailyActivities),
            monthly: .init(
                deals: monthlyDeals, opportunities: Funnel.opportunities(deals: monthlyDeals, closeRate: inputs.closeRate)),
            confidence: .init(
                chanceOfGoal: withOdds ? odds.chance(weeklyMeetings: weeklyMeetings) : 0,
                weeklyMeetingsFor80Percent: withOdds ? odds.weeklyMeetings(forChance: targetChance) : 0,
                plannedMeetings: odds.meetings(weekly: weeklyMeetings)),
            feasible: feasible, warnings: warnings, ramp: ramp)
        plan.timeBlocks = blocks
        plan.prospectingHours = inputs.prospectingHours
        if withOdds {
            plan.odds = PlanOdds(
                OddsModel(inputs), meetings: ramp?.plannedMeetings ?? plan.confidence.plannedMeetings,
                weeks: ramp?.effectiveWeeks ?? sellingWeeks)
        }
        if let key = PlanCheck.implausibleKey(plan) { throw .beyondBounds(key: key) }
        return plan
    }

    /// Each activity's weekly count: ⌈weekly meetings × share × attempts per meeting⌉, with the minutes it takes.
    public static func activities(_ inputs: PlanInputs, weeklyMeetings: Int) -> [Plan.WeeklyActivity] {
        inputs.channels.map { channel in
            let count = Rounding.upCount(Double(weeklyMeetings) * channel.share * channel.attemptsPerMeeting)
            return Plan.WeeklyActivity(name: channel.name, count: count, minutes: channel.minutesPerAttempt.map { Double(count) * $0 })
        }
    }

    /// The rep's blocks, or blocks sized from the week's activity minutes; with what the activities take.
    public static func timeBlocks(_ inputs: PlanInputs, activities: [Plan.WeeklyActivity]) -> TimeBlocks {
        let minutes = activities.reduce(0) { $0 + ($1.minutes ?? 0) }
        guard inputs.timeBlocks.isEmpty else {
            return TimeBlocks(blocks: inputs.timeBlocks, suggested: false, activityMinutes: minutes)
        }
        return TimeBlocks(
            blocks: TimeBlock.suggested(weeklyMinutes: minutes, workingDays: inputs.workingDays),
            suggested: true, activityMinutes: minutes)
    }

    /// The calendar section: days, weeks and months from the plan's start to the period's end.
    public static func calendarFigures(_ inputs: PlanInputs) throws(Refusal) -> Plan.CalendarFigures {
        let period = inputs.period
        guard period.start <= period.end else { throw .periodEndsBeforeItStarts(period) }
        guard inputs.asOf <= period.end else { throw .asOfAfterPeriod(asOf: inputs.asOf, end: period.end) }
        guard period.start.isPlausible, period.end.isPlausible, inputs.asOf.isPlausible else {
            throw .outsideYears(Period(start: min(period.start, inputs.asOf), end: period.end))
        }
        guard Double(period.start.days(to: period.end) + 1) * 12 / 365.25 <= longestPeriodMonths + 1e-9 else {
            throw .periodTooLong(period)
        }
        let start = max(period.start, inputs.asOf)
        let days = start.days(to: period.end) + 1
        let calendarWeeks = Double(days) / 7
        let workingWeeks = calendarWeeks - inputs.weeksOff
        return .init(
            start: start, days: days, calendarWeeks: calendarWeeks, workingWeeks: workingWeeks,
            prospectingWeeks: workingWeeks - inputs.salesCycleWeeks, months: Double(days) * 12 / 365.25)
    }

    /// A weekly count over the working days, the first `count mod days` days one higher.
    public static func spread(_ count: Int, over days: Int) -> [Int] {
        let base = count / days, extra = count % days
        return (0..<days).map { base + ($0 < extra ? 1 : 0) }
    }

    private static func ceilDiv(_ a: Int, _ b: Int) -> Int { (a + b - 1) / b }
}
