import Planner
import Understanding

/// What the rep has said so far: a value per slot, their words, and which values are defaults.
public struct Answers: Equatable, Codable, Sendable {
    public var values: [Slot: SlotValue] = [:]
    /// The rep's own words for each value, for the plan's assumptions.
    public var said: [Slot: String] = [:]
    /// Slots left to their default (skipped, Enter, or "that's everything").
    public var defaulted: Set<Slot> = []
    /// The activities, once the channels question has been answered (empty: none).
    public var channels: [ChannelDraft]?
    /// No more activities to add.
    public var channelsDone = false
    /// The goal is worked out from an income goal.
    public var incomeRoute = false
    /// Slots that took the team's usual figure.
    public var fromTeam: Set<Slot> = []
    /// Slots that took the rep's own history, with the deals it rests on.
    public var fromHistory: [Slot: Int] = [:]
    /// Slots that took a common starting figure because the rep didn't know theirs.
    public var fromStarting: Set<Slot> = []
    /// A new rep was offered the team's figures.
    public var teamOffered = false

    public init() {}

    enum CodingKeys: String, CodingKey {
        case values, said, defaulted, channels, channelsDone, incomeRoute, fromTeam, fromHistory, fromStarting, teamOffered
    }

    /// A draft kept by an earlier version lacks the newer keys: they start empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        values = try c.decodeIfPresent([Slot: SlotValue].self, forKey: .values) ?? [:]
        said = try c.decodeIfPresent([Slot: String].self, forKey: .said) ?? [:]
        defaulted = try c.decodeIfPresent(Set<Slot>.self, forKey: .defaulted) ?? []
        channels = try c.decodeIfPresent([ChannelDraft].self, forKey: .channels)
        channelsDone = try c.decodeIfPresent(Bool.self, forKey: .channelsDone) ?? false
        incomeRoute = try c.decodeIfPresent(Bool.self, forKey: .incomeRoute) ?? false
        fromTeam = try c.decodeIfPresent(Set<Slot>.self, forKey: .fromTeam) ?? []
        fromHistory = try c.decodeIfPresent([Slot: Int].self, forKey: .fromHistory) ?? [:]
        fromStarting = try c.decodeIfPresent(Set<Slot>.self, forKey: .fromStarting) ?? []
        teamOffered = try c.decodeIfPresent(Bool.self, forKey: .teamOffered) ?? false
    }

    public subscript(slot: Slot) -> SlotValue? {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    public var rep: String? {
        if case .text(let name) = values[.rep] { return name }
        return nil
    }

    public var isEmpty: Bool { values.isEmpty && channels == nil }

    /// The questions, in the order they are asked, for the route chosen.
    public var order: [Slot] {
        [.rep, .period] + (incomeRoute ? [.incomeGoal, .baseSalary, .commissionRate] : [.goal])
            + [.dealSize, .closeRate, .meetingToOpportunity, .closedToDate, .openOpportunities, .salesCycleWeeks,
               .weeksOff, .workingDays, .channels, .timeBlocks, .manager, .profile]
    }

    /// Whether a slot is answered (the channels question counts once answered, even with none).
    public func has(_ slot: Slot) -> Bool {
        slot == .channels ? channels != nil : values[slot] != nil || defaulted.contains(slot)
    }

    /// Answers that the plan cannot do without.
    public static func isRequired(_ slot: Slot) -> Bool {
        [.rep, .period, .goal, .incomeGoal, .commissionRate, .dealSize, .closeRate, .meetingToOpportunity].contains(slot)
    }

    /// The value an optional slot takes when not given; nil for "none" (no manager, no profile, not timed).
    public static func defaultValue(_ slot: Slot) -> SlotValue? {
        switch slot {
        case .closedToDate, .baseSalary: return .money(0)
        case .openOpportunities: return .count(0)
        case .salesCycleWeeks: return .weeks(0)
        case .weeksOff: return .timeOff(.init(weeks: 0))
        case .workingDays: return .days(5)
        default: return nil
        }
    }
}
