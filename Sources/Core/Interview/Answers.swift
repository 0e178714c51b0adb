import Planner
import Understanding

/// What the rep has said so far: a value per slot, their words, and which values are defaults.
public struct Answers: Equatable, Codable, Sendable {
    public var values: [Slot: SlotValue] = [:]
    /// The rep's own words for each value, for the plan's assumptions.
    public var said: [Slot: String] = [:]
    /// Where each value the rep did not say came from: one source a slot, so they cannot disagree.
    public var sources: [Slot: Source] = [:]
    /// The activities, once the channels question has been answered (empty: none).
    public var channels: [ChannelDraft]?
    /// No more activities to add.
    public var channelsDone = false
    /// The goal is worked out from an income goal.
    public var incomeRoute = false
    /// A new rep was offered the team's figures.
    public var teamOffered = false
    /// The goal before a stretch raised it: a second stretch is of this, never on top of the first.
    public var stretchedFrom: Double?

    /// Where a value the rep did not say came from.
    public enum Source: Hashable, Codable, Sendable {
        /// Left to its default (skipped, Enter, or "that's everything").
        case defaulted
        /// The team's usual figure.
        case team
        /// The rep's own history, with the deals it rests on.
        case history(sample: Int)
        /// A common starting figure, because the rep didn't know theirs.
        case starting
    }

    public init() {}

    /// Whether a slot was left to its default.
    public func isDefaulted(_ slot: Slot) -> Bool { sources[slot] == .defaulted }

    enum CodingKeys: String, CodingKey {
        case values, said, sources, channels, channelsDone, incomeRoute, teamOffered, stretchedFrom
        // The sets a draft kept before `sources`.
        case defaulted, fromTeam, fromHistory, fromStarting
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(values, forKey: .values)
        try c.encode(said, forKey: .said)
        try c.encode(sources, forKey: .sources)
        try c.encodeIfPresent(channels, forKey: .channels)
        try c.encode(channelsDone, forKey: .channelsDone)
        try c.encode(incomeRoute, forKey: .incomeRoute)
        try c.encode(teamOffered, forKey: .teamOffered)
        try c.encodeIfPresent(stretchedFrom, forKey: .stretchedFrom)
    }

    /// A draft kept by an earlier version lacks the newer keys: they start empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        values = try c.decodeIfPresent([Slot: SlotValue].self, forKey: .values) ?? [:]
        said = try c.decodeIfPresent([Slot: String].self, forKey: .said) ?? [:]
        channels = try c.decodeIfPresent([ChannelDraft].self, forKey: .channels)
        channelsDone = try c.decodeIfPresent(Bool.self, forKey: .channelsDone) ?? false
        incomeRoute = try c.decodeIfPresent(Bool.self, forKey: .incomeRoute) ?? false
        teamOffered = try c.decodeIfPresent(Bool.self, forKey: .teamOffered) ?? false
        stretchedFrom = try c.decodeIfPresent(Double.self, forKey: .stretchedFrom)
        sources = try c.decodeIfPresent([Slot: Source].self, forKey: .sources) ?? [:]
        for slot in try c.decodeIfPresent(Set<Slot>.self, forKey: .defaulted) ?? [] { sources[slot] = .defaulted }
        for slot in try c.decodeIfPresent(Set<Slot>.self, forKey: .fromTeam) ?? [] { sources[slot] = .team }
        for (slot, sample) in try c.decodeIfPresent([Slot: Int].self, forKey: .fromHistory) ?? [:] {
            sources[slot] = .history(sample: sample)
        }
        for slot in try c.decodeIfPresent(Set<Slot>.self, forKey: .fromStarting) ?? [] { sources[slot] = .starting }
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
            + [
                .dealSize, .closeRate, .meetingToOpportunity, .closedToDate, .openOpportunities, .salesCycleWeeks,
                .weeksOff, .workingDays, .channels, .timeBlocks,
            ]
            // The hours are weighed only when some activity has a time per attempt (or were said anyway).
            + (hasTimedActivity || values[.prospectingHours] != nil ? [.prospectingHours] : []) + [.manager, .profile]
    }

    /// Whether some activity was given a time per attempt.
    var hasTimedActivity: Bool { channels?.contains { $0.minutesPerAttempt != nil } == true }

    /// Whether a slot is answered (the channels question counts once answered, even with none).
    public func has(_ slot: Slot) -> Bool {
        slot == .channels ? channels != nil : values[slot] != nil || isDefaulted(slot)
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
