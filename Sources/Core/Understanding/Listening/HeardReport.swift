import Planner

/// What one line was heard as, in the answers file's keys and plan.json's input forms, for `salesplan hear --json`.
public struct HeardReport: Encodable, Equatable, Sendable {
    public var heard: [String: Value]
    public var channels: [Channel]
    public var unplaced: [String]
    public var command: String?
    public var asks: Bool

    /// One heard value as plan.json's inputs hold it.
    public enum Value: Encodable, Equatable, Sendable {
        case number(Double)
        case integer(Int)
        case text(String)
        case period(start: String, end: String)
        case blocks([TimeBlock])

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .number(let v): try c.encode(v)
            case .integer(let v): try c.encode(v)
            case .text(let v): try c.encode(v)
            case .period(let start, let end): try c.encode(["start": start, "end": end])
            case .blocks(let b): try c.encode(b)
            }
        }
    }

    public struct Channel: Encodable, Equatable, Sendable {
        public var name: String
        public var attemptsPerMeeting: Double?
        public var share: Double?
        public var minutes: Double?

        enum CodingKeys: String, CodingKey {
            case name, share, minutes
            case attemptsPerMeeting = "attempts_per_meeting"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(attemptsPerMeeting, forKey: .attemptsPerMeeting)
            try c.encode(share, forKey: .share)
            try c.encode(minutes, forKey: .minutes)
        }
    }

    enum CodingKeys: String, CodingKey { case heard, channels, unplaced, command, asks }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(heard, forKey: .heard)
        try c.encode(channels, forKey: .channels)
        try c.encode(unplaced, forKey: .unplaced)
        try c.encode(command, forKey: .command)
        try c.encode(asks, forKey: .asks)
    }

    public init(_ heard: Heard) {
        var values: [String: Value] = [:]
        var workingDays = 5
        if case .days(let d)? = heard.value(.workingDays) { workingDays = d }
        for fill in heard.fills {
            values[fill.slot.rawValue] = Self.value(fill.value, workingDays: workingDays)
        }
        self.heard = values
        channels =
            heard.channels.map {
                Channel(name: $0.name, attemptsPerMeeting: $0.attemptsPerMeeting, share: $0.share, minutes: $0.minutesPerAttempt)
            }
            + heard.channelNames.map { Channel(name: $0, attemptsPerMeeting: nil, share: nil, minutes: nil) }
        unplaced = heard.unplaced.map(\.text)
        command = heard.command.map(\.name) ?? (heard.dontKnow ? "dont_know" : nil)
        asks = heard.asks
    }

    static func value(_ v: SlotValue, workingDays: Int) -> Value {
        switch v {
        case .text(let t): return .text(t)
        case .money(let m), .rate(let m), .weeks(let m), .hours(let m): return .number(m)
        case .count(let n), .days(let n): return .integer(n)
        case .timeOff(let off): return .number(off.weeks(workingDaysPerWeek: workingDays))
        case .period(let p): return .period(start: p.start.description, end: p.end.description)
        case .profile(let p): return .text(p.rawValue)
        case .timeBlocks(let b): return .blocks(b)
        }
    }
}

extension Command {
    /// The command's name, as `hear --json` reports it.
    public var name: String {
        switch self {
        case .help: "help"
        case .why: "why"
        case .back: "back"
        case .skip: "skip"
        case .summary: "summary"
        case .restart: "restart"
        case .quit: "quit"
        case .finish: "finish"
        case .change: "change"
        case .dontKnow: "dont_know"
        case .remove: "remove"
        }
    }
}
