import Planner

/// tracking.csv: one row per week of the period with the targets, and empty columns for the actuals that
/// `salesplan checkin --sheet` reads back as check-ins.
public enum TrackingSheet {
    static let targetSuffix = " target"
    /// The column saying whose pipeline a week's targets build, and its two values.
    static let targetsFor = ("targets for", "this period", "next period")

    /// The weeks: the plan's first day, then every Monday (as plan.md's table), with the plan's week targets.
    public static func write(_ plan: Plan) -> String {
        let names = plan.inputs.channels.map(\.name)
        let activities = plan.activityTargets
        var header = ["rep", "week", "meetings" + targetSuffix]
        header += activities.map { $0.name + targetSuffix } + [targetsFor.0]
        header += names.flatMap { [$0 + CheckInSheet.attemptsSuffix, $0 + CheckInSheet.meetingsSuffix] }
        header += CheckInSheet.trailing
        var text = CSV.line(header)
        let empty = Array(repeating: "", count: names.count * 2 + CheckInSheet.trailing.count)
        for target in plan.weekTargets {
            text += CSV.line(
                [plan.rep, target.week.description, String(target.meetings)] + target.activities.map { String($0.count) }
                    + [target.isForNextPeriod ? targetsFor.2 : targetsFor.1] + empty)
        }
        return text
    }
}
