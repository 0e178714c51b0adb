import Planner

/// tracking.csv: one row per week of the period with the targets, and empty columns for the actuals that
/// `salesplan checkin --sheet` reads back as check-ins.
public enum TrackingSheet {
    public static let fileName = "tracking.csv"
    static let targetSuffix = " target"

    /// The weeks: the plan's first day, then every Monday (as plan.md's table), ramp-aware meeting targets.
    public static func write(_ plan: Plan) -> String {
        let names = plan.inputs.channels.map(\.name)
        let activities = plan.ramp?.activities ?? plan.weekly.activities
        var header = ["rep", "week", "meetings" + targetSuffix]
        header += activities.map { $0.name + targetSuffix }
        header += names.flatMap { [$0 + CheckInSheet.attemptsSuffix, $0 + CheckInSheet.meetingsSuffix] }
        header += CheckInSheet.trailing
        var text = CSV.line(header)
        var week = plan.calendar.start
        var index = 0
        while week <= plan.period.end {
            let meetings = plan.ramp.map { $0.expectedMeetings.indices.contains(index) ? $0.expectedMeetings[index] : $0.weeklyMeetingsAtFull }
                ?? plan.weekly.meetings
            let empty = Array(repeating: "", count: names.count * 2 + CheckInSheet.trailing.count)
            text += CSV.line([plan.rep, week.description, String(meetings)] + activities.map { String($0.count) } + empty)
            week = week.adding(days: 8 - week.weekday)
            index += 1
        }
        return text
    }
}
