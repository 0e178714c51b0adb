import PlanReport
import Planner
import Tracking

/// `revisit --json`: what really happened, the leak, the recalibrated ratios, the new plan and what changed.
struct RevisitDocument: Encodable {
    let actuals: ActualsJSON
    let diagnosis: DiagnosisJSON
    let recalibrated: RecalibratedJSON
    let plan: PlanDocument
    let delta: DeltaJSON
    let capacity: OrNull<CapacityJSON>

    init(_ revisit: Revisit, plan: PlanDocument) {
        actuals = ActualsJSON(revisit.actuals)
        diagnosis = DiagnosisJSON(revisit.diagnosis)
        recalibrated = RecalibratedJSON(revisit.recalibration, choice: revisit.choices.ratios)
        self.plan = plan
        delta = DeltaJSON(previous: revisit.previous, next: revisit.plan)
        capacity = OrNull(revisit.capacity.map(CapacityJSON.init))
    }
}

/// A measured ratio: its value (null when nothing was measured) and the trials behind it.
struct MeasuredJSON: Encodable {
    let name: String?
    let value: OrNull<Double>
    let sample: Int

    init(name: String? = nil, _ measured: Measured) {
        self.name = name
        value = OrNull(measured.value)
        sample = measured.sample
    }
}

struct ActualsJSON: Encodable {
    let weeks: Int
    let attemptsPerMeeting: [MeasuredJSON]
    let meetingToOpportunity: MeasuredJSON, closeRate: MeasuredJSON, dealSize: MeasuredJSON

    enum CodingKeys: String, CodingKey {
        case weeks
        case attemptsPerMeeting = "attempts_per_meeting", meetingToOpportunity = "meeting_to_opportunity"
        case closeRate = "close_rate", dealSize = "deal_size"
    }

    init(_ actuals: Actuals) {
        weeks = actuals.weeks
        attemptsPerMeeting = actuals.attemptsPerMeeting.map { MeasuredJSON(name: $0.name, $0.measured) }
        meetingToOpportunity = MeasuredJSON(actuals.meetingToOpportunity)
        closeRate = MeasuredJSON(actuals.closeRate)
        dealSize = MeasuredJSON(actuals.dealSize)
    }
}

struct GapJSON: Encodable {
    let leak: Diagnosis.Leak
    let amount: Double, deals: Double
    let channel: OrNull<String>

    init(_ gap: Diagnosis.Gap) {
        leak = gap.leak
        amount = gap.amount
        deals = gap.deals
        channel = OrNull(gap.channel)
    }
}

struct DiagnosisJSON: Encodable {
    let biggestLeak: Diagnosis.Leak
    let channel: OrNull<String>
    let deals: Double
    let gaps: [GapJSON]

    enum CodingKeys: String, CodingKey {
        case channel, deals, gaps
        case biggestLeak = "biggest_leak"
    }

    init(_ diagnosis: Diagnosis) {
        biggestLeak = diagnosis.biggest.leak
        channel = OrNull(diagnosis.biggest.channel)
        deals = diagnosis.biggest.deals
        gaps = diagnosis.gaps.map(GapJSON.init)
    }
}

/// A ratio as planned, as measured (null when not yet) and blended.
struct BlendJSON: Encodable {
    let planned: Double, blended: Double, k: Double
    let actual: OrNull<Double>
    let sample: Int
    let small: Bool

    enum CodingKeys: String, CodingKey {
        case planned, actual, blended, sample, k
        case small = "small_sample"
    }

    init(_ blend: Recalibration.Blend) {
        planned = blend.planned
        actual = OrNull(blend.actual)
        blended = blend.blended
        sample = blend.sample
        k = blend.k
        small = blend.small
    }
}

struct RecalibratedJSON: Encodable {
    let k: Double
    let choice: Recalibration.Choice
    let closeRate: BlendJSON, meetingToOpportunity: BlendJSON, dealSize: BlendJSON
    let attemptsPerMeeting: [String: BlendJSON]

    enum CodingKeys: String, CodingKey {
        case k, choice
        case closeRate = "close_rate", meetingToOpportunity = "meeting_to_opportunity", dealSize = "deal_size"
        case attemptsPerMeeting = "attempts_per_meeting"
    }

    init(_ recalibration: Recalibration, choice: Recalibration.Choice) {
        k = Recalibration.k
        self.choice = choice
        closeRate = BlendJSON(recalibration.closeRate)
        meetingToOpportunity = BlendJSON(recalibration.meetingToOpportunity)
        dealSize = BlendJSON(recalibration.dealSize)
        attemptsPerMeeting = recalibration.attemptsPerMeeting.mapValues(BlendJSON.init)
    }
}

/// The weekly figures before and after the revisit.
struct DeltaJSON: Encodable {
    struct Change<Value: Encodable>: Encodable {
        let old: Value, new: Value
    }

    struct ActivityChange: Encodable {
        let name: String
        let old: Int, new: Int
    }

    let meetings: Change<Int>
    let activities: [ActivityChange]
    let chanceOfGoal: Change<Double>

    enum CodingKeys: String, CodingKey {
        case meetings, activities
        case chanceOfGoal = "chance_of_goal"
    }

    init(previous: Plan, next: Plan) {
        meetings = Change(old: previous.weekly.meetings, new: next.weekly.meetings)
        activities = zip(previous.weekly.activities, next.weekly.activities).map {
            ActivityChange(name: $1.name, old: $0.count, new: $1.count)
        }
        chanceOfGoal = Change(old: previous.confidence.chanceOfGoal, new: next.confidence.chanceOfGoal)
    }
}

/// Whether the catch-up plan fits the rep's hours, and each single change that would make it fit.
struct CapacityJSON: Encodable {
    let available: Double, needed: Double
    let fits: Bool
    let untimed: [String]
    let goalThatFits: OrNull<Double>
    let levers: [LeverJSON]

    enum CodingKeys: String, CodingKey {
        case fits, untimed, levers
        case available = "available_hours", needed = "needed_hours", goalThatFits = "goal_that_fits"
    }

    init(_ capacity: Capacity) {
        available = capacity.available
        needed = capacity.needed
        fits = capacity.fits
        untimed = capacity.untimed
        goalThatFits = OrNull(capacity.goalThatFits)
        levers = capacity.levers.map(LeverJSON.init)
    }

    struct LeverJSON: Encodable {
        let ratio: String
        let channel: OrNull<String>
        let from: Double
        let to: OrNull<Double>

        init(_ lever: Capacity.Lever) {
            switch lever.ratio {
            case .closeRate: (ratio, channel) = ("close_rate", OrNull(nil))
            case .meetingToOpportunity: (ratio, channel) = ("meeting_to_opportunity", OrNull(nil))
            case .dealSize: (ratio, channel) = ("deal_size", OrNull(nil))
            case .attemptsPerMeeting(let name): (ratio, channel) = ("attempts_per_meeting", OrNull(name))
            }
            from = lever.from
            to = OrNull(lever.to)
        }
    }
}
