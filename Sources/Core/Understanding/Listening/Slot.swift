import Planner

/// One answer the plan needs, named by its answers-file key.
public enum Slot: String, CaseIterable, Codable, CodingKeyRepresentable, Hashable, Sendable {
    case rep, manager, profile, period
    case goal
    case incomeGoal = "income_goal"
    case baseSalary = "base_salary"
    case commissionRate = "commission_rate"
    case closedToDate = "closed_to_date"
    case dealSize = "deal_size"
    case closeRate = "close_rate"
    case meetingToOpportunity = "meeting_to_opportunity"
    case salesCycleWeeks = "sales_cycle_weeks"
    case weeksOff = "weeks_off"
    case openOpportunities = "open_opportunities"
    case workingDays = "working_days"
    case channels
    case timeBlocks = "time_blocks"
    /// Hours a week the rep can give to prospecting and first meetings; asked when the activities are timed.
    case prospectingHours = "prospecting_hours"

    /// Answers a rep may honestly not know yet, and is offered a usual figure for: never read as zero.
    public static let mayNotKnowYet: Set<Slot> = [.closeRate, .meetingToOpportunity, .dealSize, .salesCycleWeeks]

    /// The kind of answer the slot takes; a bare figure is read in it.
    public var kind: AnswerKind {
        switch self {
        case .rep, .manager: return .name
        case .profile: return .profile
        case .period: return .period
        case .goal, .incomeGoal, .dealSize, .baseSalary, .closedToDate: return .money
        case .commissionRate, .closeRate, .meetingToOpportunity: return .rate
        case .salesCycleWeeks: return .calendarWeeks
        case .weeksOff: return .weeksOff
        case .openOpportunities: return .count
        case .workingDays: return .workingDays
        case .channels: return .name
        case .timeBlocks: return .timeBlocks
        case .prospectingHours: return .hours
        }
    }
}

/// A value understood for a slot.
public enum SlotValue: Equatable, Codable, Sendable {
    case text(String)
    case money(Double)
    case rate(Double)
    case count(Int)
    case weeks(Double)
    case timeOff(Understand.TimeOff)
    case days(Int)
    case period(Period)
    case profile(Profile)
    case timeBlocks([TimeBlock])
    case hours(Double)
}

/// One slot filled from what was said: the value, the words, the range when a midpoint was taken, and how
/// it was worked out when it was ("60k a month" for a year).
public struct Fill: Equatable, Sendable {
    public var slot: Slot
    public var value: SlotValue
    public var said: String
    public var range: ClosedRange<Double>?
    public var worked: Worked?

    public init(slot: Slot, value: SlotValue, said: String, range: ClosedRange<Double>? = nil, worked: Worked? = nil) {
        self.slot = slot
        self.value = value
        self.said = said
        self.range = range
        self.worked = worked
    }
}

extension Understand {
    /// Reads `text` as an answer for `slot`, with the same readers as the answers file.
    public static func value(for slot: Slot, _ text: String, asOf: Day) -> Result<Fill, Misunderstanding> {
        func fill<V>(_ r: Result<Reading<V>, Misunderstanding>, _ wrap: (V) -> SlotValue) -> Result<Fill, Misunderstanding> {
            r.map { Fill(slot: slot, value: wrap($0.value), said: text, range: $0.range) }
        }
        switch slot {
        case .rep, .manager, .channels: return fill(name(text), SlotValue.text)
        case .profile: return fill(profile(text), SlotValue.profile)
        case .period: return fill(period(text, asOf: asOf), SlotValue.period)
        case .goal, .incomeGoal, .dealSize: return fill(money(text), SlotValue.money)
        case .baseSalary, .closedToDate: return fill(money(text, allowZero: true), SlotValue.money)
        case .commissionRate, .closeRate, .meetingToOpportunity: return fill(rate(text), SlotValue.rate)
        case .salesCycleWeeks: return fill(calendarWeeks(text), SlotValue.weeks)
        case .weeksOff: return fill(weeksOff(text), SlotValue.timeOff)
        case .openOpportunities: return fill(count(text), SlotValue.count)
        case .workingDays: return fill(workingDays(text), SlotValue.days)
        case .timeBlocks: return fill(timeBlocks(text), SlotValue.timeBlocks)
        case .prospectingHours: return fill(hoursAWeek(text, workingDays: 5), SlotValue.hours)
        }
    }
}
