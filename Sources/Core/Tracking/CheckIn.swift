import Planner
import Understanding

/// One week of what the rep really did, as checked in with the manager.
public struct CheckIn: Equatable, Sendable, Codable {
    /// The Monday the week starts on.
    public var week: Day
    public var activities: [ActivityCount]
    public var meetingsHeld: Int
    public var opportunitiesCreated: Int
    public var dealsWon: Int
    public var dealsLost: Int
    public var revenueClosed: Double
    public var note: String

    public init(
        week: Day, activities: [ActivityCount] = [], meetingsHeld: Int = 0, opportunitiesCreated: Int = 0,
        dealsWon: Int = 0, dealsLost: Int = 0, revenueClosed: Double = 0, note: String = ""
    ) {
        self.week = week
        self.activities = activities
        self.meetingsHeld = meetingsHeld
        self.opportunitiesCreated = opportunitiesCreated
        self.dealsWon = dealsWon
        self.dealsLost = dealsLost
        self.revenueClosed = revenueClosed
        self.note = note
    }

    /// The attempts made and first meetings booked for one activity.
    public struct ActivityCount: Equatable, Sendable, Codable {
        public var name: String
        public var attempts: Int
        public var meetings: Int

        public init(name: String, attempts: Int, meetings: Int) {
            self.name = name
            self.attempts = attempts
            self.meetings = meetings
        }
    }

    /// One of the week's results that is a count (`WeekField.results`); any other field reads as nought.
    public subscript(count field: WeekField) -> Int {
        get {
            switch field {
            case .meetingsHeld: return meetingsHeld
            case .opportunitiesCreated: return opportunitiesCreated
            case .dealsWon: return dealsWon
            case .dealsLost: return dealsLost
            default: return 0
            }
        }
        set {
            switch field {
            case .meetingsHeld: meetingsHeld = newValue
            case .opportunitiesCreated: opportunitiesCreated = newValue
            case .dealsWon: dealsWon = newValue
            case .dealsLost: dealsLost = newValue
            default: break
            }
        }
    }

    /// This week and `other` (another part of the same week) added up: each activity by name, each result, the
    /// revenue, and both notes.
    public func adding(_ other: CheckIn) -> CheckIn {
        var sum = self
        for a in other.activities {
            if let k = sum.activities.firstIndex(where: { $0.name.lowercased() == a.name.lowercased() }) {
                sum.activities[k].attempts += a.attempts
                sum.activities[k].meetings += a.meetings
            } else {
                sum.activities.append(a)
            }
        }
        for field in WeekField.results { sum[count: field] += other[count: field] }
        sum.revenueClosed += other.revenueClosed
        sum.note = [note, other.note].filter { !$0.isEmpty }.joined(separator: "; ")
        return sum
    }

    /// The week a check-in made on `day` is for: from Friday to Sunday the week ending, earlier in the week the last
    /// one (the seed's Friday inspection checks in the week it ends).
    public static func weekToCheckIn(on day: Day) -> Day {
        let monday = weekStart(of: day)
        return day.weekday >= 5 ? monday : monday.adding(days: -7)
    }

    /// The Monday on or before `day`.
    public static func weekStart(of day: Day) -> Day {
        day.adding(days: 1 - day.weekday)
    }

    enum CodingKeys: String, CodingKey {
        case week, activities, note
        case meetingsHeld = "meetings_held"
        case opportunitiesCreated = "opportunities_created"
        case dealsWon = "deals_won"
        case dealsLost = "deals_lost"
        case revenueClosed = "revenue_closed"
    }
}

/// Sums over several weeks of check-ins.
public struct CheckInTotals: Equatable, Sendable {
    public var weeks: Int
    public var attempts: [String: Int]
    public var booked: [String: Int]
    public var meetingsHeld: Int
    public var opportunitiesCreated: Int
    public var dealsWon: Int
    public var dealsLost: Int
    public var revenueClosed: Double

    public init(_ checkIns: [CheckIn]) {
        weeks = checkIns.count
        var attempts: [String: Int] = [:], booked: [String: Int] = [:]
        for c in checkIns {
            for a in c.activities {
                attempts[a.name.lowercased(), default: 0] += a.attempts
                booked[a.name.lowercased(), default: 0] += a.meetings
            }
        }
        self.attempts = attempts
        self.booked = booked
        meetingsHeld = checkIns.map(\.meetingsHeld).reduce(0, +)
        opportunitiesCreated = checkIns.map(\.opportunitiesCreated).reduce(0, +)
        dealsWon = checkIns.map(\.dealsWon).reduce(0, +)
        dealsLost = checkIns.map(\.dealsLost).reduce(0, +)
        revenueClosed = checkIns.map(\.revenueClosed).reduce(0, +)
    }

    public func attempts(_ channel: String) -> Int { attempts[channel.lowercased()] ?? 0 }

    /// The open opportunities after these weeks: those open before, plus the ones created, less the ones decided.
    public func openOpportunities(from before: Int) -> Int {
        max(0, before + opportunitiesCreated - dealsWon - dealsLost)
    }
    public func booked(_ channel: String) -> Int { booked[channel.lowercased()] ?? 0 }
}

extension Plan {
    /// The Monday of the plan's first week: the first week a check-in can be for.
    public var firstCheckInWeek: Day { CheckIn.weekStart(of: calendar.start) }
}
