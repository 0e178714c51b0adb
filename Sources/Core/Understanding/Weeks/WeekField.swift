import Planner

/// One figure of a week's check-in, or of totals over several weeks: each knows how its answer is read.
public enum WeekField: Hashable, Sendable, Codable {
    case week
    /// How many weeks the totals cover (a revisit with no check-ins).
    case weeks
    /// Attempts made at the named activity.
    case attempts(String)
    /// First meetings the named activity booked.
    case booked(String)
    case meetingsHeld, opportunitiesCreated, dealsWon, dealsLost, revenueClosed, note

    public var kind: AnswerKind {
        switch self {
        case .week: return .week
        case .revenueClosed: return .money
        case .note: return .name
        case .weeks, .attempts, .booked, .meetingsHeld, .opportunitiesCreated, .dealsWon, .dealsLost: return .count
        }
    }

    /// The name answers files, the check-in sheet, the JSON output and Prompts/ give the field.
    public var key: String {
        switch self {
        case .week: return "week"
        case .weeks: return "weeks"
        case .attempts: return "attempts"
        case .booked: return "meetings"
        case .meetingsHeld: return "meetings_held"
        case .opportunitiesCreated: return "opportunities_created"
        case .dealsWon: return "deals_won"
        case .dealsLost: return "deals_lost"
        case .revenueClosed: return "revenue_closed"
        case .note: return "note"
        }
    }

    /// The field a file's key names (an activity's figures need the activity, so they are not named alone).
    public init?(key: String) {
        guard let field = ([.week, .weeks, .note, .revenueClosed] + Self.results).first(where: { $0.key == key }) else { return nil }
        self = field
    }

    /// The week's results that are counts, in the order files keep them.
    public static let results: [WeekField] = [.meetingsHeld, .opportunitiesCreated, .dealsWon, .dealsLost]
    /// What a sheet keeps after the activities' columns.
    public static let trailing: [WeekField] = results + [.revenueClosed, .note]

    /// The activity a field counts, when it counts one.
    public var activity: String? {
        switch self {
        case .attempts(let name), .booked(let name): return name
        default: return nil
        }
    }

    /// The fields of one week of `activities`, in the order they are asked.
    public static func week(activities: [String]) -> [WeekField] {
        activities.flatMap { [WeekField.attempts($0), .booked($0)] }
            + results + [.revenueClosed]
    }
}

/// An answer to one field of a short conversation.
public enum FieldValue: Equatable, Sendable, Codable {
    case count(Int), money(Double), week(Day), text(String), hours(Double), yes(Bool), choice(String)
    case timeBlocks([TimeBlock])
}
