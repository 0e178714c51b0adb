import Planner

/// Why an answer was refused: what was understood and what the question allows. Words live in Prompts/.
public enum Misunderstanding: Error, Equatable, Sendable {
    /// Nothing of the expected kind was found.
    case notUnderstood(AnswerKind)
    case empty(AnswerKind)
    /// A figure below zero where only zero or more makes sense.
    case negative(AnswerKind, Double)
    /// Zero where the figure must be above zero.
    case zero(AnswerKind)
    /// A rate above 100%.
    case rateAboveAll(Double)
    /// "5 in 0".
    case outOfNothing
    /// A count that is not a whole number.
    case notWhole(AnswerKind, Double)
    /// Working days outside 1–7.
    case daysPerWeek(Double)
    /// A period whose end comes before its start.
    case periodBackwards(start: Day, end: Day)
    /// "2027-02-30": shaped like a date, but no such day.
    case noSuchDate(String)
    /// A date in a year no plan covers (outside `Day.plausibleYears`).
    case yearOutOfRange(Int)
    /// "Q5 2027".
    case noSuchQuarter(Int)
    /// More than one figure and no way to tell which was meant.
    case ambiguous(AnswerKind, [Double])
    /// A figure far beyond any sales plan (over a trillion, or an absurd count).
    case tooLarge(AnswerKind, Double)
    /// A line far longer than any answer (a paste gone wrong): `length` characters.
    case tooLong(Int)
    /// So much per month, quarter or year, before the period it adds up over is known.
    case needsPeriod(Mention.Span)
    /// "1.5" for a goal: a bare figure too small to be meant in dollars; said with $ or k/M it is taken.
    case bareSmallAmount(Double)
    /// A period that ended before today: a plan is for time still ahead.
    case periodOver(end: Day)

    /// The longest answer read; past this a line is refused unread.
    public static let longestAnswer = 4096
}

/// The kinds of answer a question can take; a bare figure is read in the question's kind.
public enum AnswerKind: String, Equatable, Sendable, CaseIterable {
    case money
    case rate
    case count
    /// Weeks of calendar time: days are calendar days.
    case calendarWeeks = "calendar_weeks"
    /// Weeks away from selling: days are working days.
    case weeksOff = "weeks_off"
    case workingDays = "working_days"
    case period
    case yesNo = "yes_no"
    case profile
    case name
    case minutes
    case attemptsPerMeeting = "attempts_per_meeting"
    case date
    /// A week: a date in it, "last week", "this week".
    case week
    case hours
    /// planned, actual or blended.
    case ratios
    /// Weekly prospecting blocks: days and hours.
    case timeBlocks = "time_blocks"
}
