import Planner

/// A stretch of a line that says one thing. Its kind is fixed by its own form ("$2.4M" is money, "25%" a
/// share, "Jan 4th" a date); what it is *for* (goal, deal size, close rate) is decided later, for the whole line.
public struct Mention: Equatable, Sendable {
    public var kind: Kind
    /// Token positions in the line.
    public var tokens: Range<Int>
    /// The words as typed.
    public var text: String

    public init(_ kind: Kind, tokens: Range<Int>, text: String) {
        self.kind = kind
        self.tokens = tokens
        self.text = text
    }

    public enum Kind: Equatable, Sendable {
        /// An amount of money: a currency or a magnitude was said ("$480K", "2.2 mil", "30 grand").
        case money(Double, range: ClosedRange<Double>?)
        /// Money for each span of time: "60k a month", "275k per quarter", "90k/month".
        case moneyPer(Double, per: Span, range: ClosedRange<Double>?)
        /// A share said with a percent sign or word, as a fraction: "25%" is 0.25.
        case percent(Double, range: ClosedRange<Double>?)
        /// "1 in 4", "one out of every three", "1 deal out of every 4 opps", "3/4": `some` of `of`.
        case ratio(some: Double, of: Double, someNoun: Noun?, ofNoun: Noun?)
        /// A share said in words: "half", "a quarter", "two thirds".
        case fraction(Double)
        /// A figure with nothing to say what it is, or only the thing it counts: "25", "740,000", "9 opps".
        case number(Double, range: ClosedRange<Double>?, noun: Noun?)
        /// So many deals at so much each: "20 deals at 15k each", "two 15k deals every month".
        case dealsAt(count: Double, each: Double, per: Span?)
        /// A length of time: "6 weeks", "90 days", "3 minutes", "a week".
        case duration(Double, unit: TimeUnit, range: ClosedRange<Double>?)
        /// Days a week: "6 days a week".
        case daysAWeek(Double)
        /// Hours of a day or a week: "12 hours a week", "2 hours a day", "90 minutes daily"; in hours.
        case hoursPer(Double, daily: Bool, range: ClosedRange<Double>?)
        case date(Day)
        /// One month named with no day: "in August".
        case month(Int)
        case period(Period)
        /// Weekdays named: "Mon–Thu", "Tuesday through Saturday", "Mon, Wed and Fri".
        case weekdays(Set<Int>)
        /// Weekdays said to be no selling days: "fridays are admin days", "I don't sell on Mondays".
        case daysOff(Set<Int>)
        /// Parts of weekdays, said in passing: "Friday afternoons are dead".
        case partDays(Set<Int>)
        case timeBlocks([TimeBlock])
        /// "nothing", "none", "zero", "no pipeline".
        case zero
        case profile(Profile)
        /// Time away from selling, all its parts added up: "two weeks in August and the week between Christmas and New Year".
        case timeOff(Understand.TimeOff)
        /// A person's name as typed, and who they are when the line says so.
        case person(String, role: Slot?)
    }

    /// What a counted figure counts.
    public enum Noun: Equatable, Sendable {
        case opportunities, deals, meetings, people
        /// An attempt at an activity: "dials", "asks", "emails".
        case attempts(String)
    }

    /// A span of time money is said per.
    public enum Span: String, Equatable, Sendable {
        case week, month, quarter, year
    }

    public enum TimeUnit: String, Equatable, Sendable {
        case second, minute, hour, day, week, month, quarter, year

        /// Calendar weeks in one: days are calendar days, a month is 365.25 ÷ 12 days.
        public var weeks: Double {
            switch self {
            case .second: return minutes / (7 * 24 * 60)
            case .minute: return 1.0 / (7 * 24 * 60)
            case .hour: return 1.0 / (7 * 24)
            case .day: return 1.0 / 7
            case .week: return 1
            case .month: return Understand.daysPerMonth / 7
            case .quarter: return 3 * Understand.daysPerMonth / 7
            case .year: return 365.25 / 7
            }
        }

        /// Minutes in one.
        public var minutes: Double {
            switch self {
            case .second: return 1.0 / 60
            case .minute: return 1
            case .hour: return 60
            default: return weeks * 7 * 24 * 60
            }
        }
    }
}

extension Mention.Kind {
    /// The kind of answer this mention can be, before anything says which.
    var fits: Set<Fit> {
        switch self {
        case .money, .moneyPer, .dealsAt: return [.money]
        case .percent, .fraction: return [.rate]
        case .ratio: return [.rate]
        case .number(let v, _, let noun):
            if noun != nil { return [.count] }
            var fits: Set<Fit> = [.money, .count, .duration, .bare]
            if v > 0, v <= 100 { fits.insert(.rate) }
            return fits
        case .duration, .hoursPer: return [.duration]
        case .daysAWeek, .weekdays, .daysOff: return [.days]
        case .partDays: return []
        case .zero: return [.money, .count, .duration, .zero]
        case .date, .month, .period: return [.period]
        case .timeBlocks: return [.timeBlocks]
        case .profile: return [.profile]
        case .timeOff: return [.timeOff]
        case .person: return [.name]
        }
    }
}

/// The families of answer a mention can give; a cue takes mentions of the families it names.
enum Fit: Hashable, Sendable {
    case money, rate, count, duration, days, period, zero, timeBlocks, profile, timeOff, name
    /// A figure said bare: it takes the kind of whatever claims it.
    case bare
}
