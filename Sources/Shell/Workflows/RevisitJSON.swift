import PlanReport
import Planner
import Tracking

/// `revisit --json`: what really happened, the leak, the recalibrated ratios, the new plan and what changed.
struct RevisitDocument: Encodable {
    let revisit: Revisit
    let plan: PlanDocument

    init(_ revisit: Revisit, plan: PlanDocument) {
        self.revisit = revisit
        self.plan = plan
    }

    enum CodingKeys: String, CodingKey {
        case actuals, diagnosis, recalibrated, plan, delta, capacity
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ActualsJSON(actuals: revisit.actuals), forKey: .actuals)
        try c.encode(DiagnosisJSON(diagnosis: revisit.diagnosis), forKey: .diagnosis)
        try c.encode(RecalibratedJSON(recalibration: revisit.recalibration, choice: revisit.choices.ratios), forKey: .recalibrated)
        try c.encode(plan, forKey: .plan)
        try c.encode(DeltaJSON(previous: revisit.previous, next: revisit.plan), forKey: .delta)
        try c.encode(revisit.capacity.map(CapacityJSON.init), forKey: .capacity)
    }
}

/// A measured ratio: its value (null when nothing was measured) and the trials behind it.
struct MeasuredJSON: Encodable {
    let name: String?
    let measured: Measured

    enum CodingKeys: String, CodingKey { case name, value, sample }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(measured.value, forKey: .value)
        try c.encode(measured.sample, forKey: .sample)
    }
}

struct ActualsJSON: Encodable {
    let actuals: Actuals

    enum CodingKeys: String, CodingKey {
        case weeks
        case attemptsPerMeeting = "attempts_per_meeting", meetingToOpportunity = "meeting_to_opportunity"
        case closeRate = "close_rate", dealSize = "deal_size"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actuals.weeks, forKey: .weeks)
        try c.encode(actuals.attemptsPerMeeting.map { MeasuredJSON(name: $0.name, measured: $0.measured) }, forKey: .attemptsPerMeeting)
        try c.encode(MeasuredJSON(name: nil, measured: actuals.meetingToOpportunity), forKey: .meetingToOpportunity)
        try c.encode(MeasuredJSON(name: nil, measured: actuals.closeRate), forKey: .closeRate)
        try c.encode(MeasuredJSON(name: nil, measured: actuals.dealSize), forKey: .dealSize)
    }
}

struct GapJSON: Encodable {
    let gap: Diagnosis.Gap

    enum CodingKeys: String, CodingKey { case leak, amount, deals, channel }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(gap.leak, forKey: .leak)
        try c.encode(gap.amount, forKey: .amount)
        try c.encode(gap.deals, forKey: .deals)
        try c.encode(gap.channel, forKey: .channel)
    }
}

struct DiagnosisJSON: Encodable {
    let diagnosis: Diagnosis

    enum CodingKeys: String, CodingKey {
        case channel, deals, gaps
        case biggestLeak = "biggest_leak"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(diagnosis.biggest.leak, forKey: .biggestLeak)
        try c.encode(diagnosis.biggest.channel, forKey: .channel)
        try c.encode(diagnosis.biggest.deals, forKey: .deals)
        try c.encode(diagnosis.gaps.map(GapJSON.init), forKey: .gaps)
    }
}

/// A ratio as planned, as measured (null when not yet) and blended.
struct BlendJSON: Encodable {
    let blend: Recalibration.Blend

    enum CodingKeys: String, CodingKey {
        case planned, actual, blended, sample, k
        case small = "small_sample"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(blend.planned, forKey: .planned)
        try c.encode(blend.actual, forKey: .actual)
        try c.encode(blend.blended, forKey: .blended)
        try c.encode(blend.sample, forKey: .sample)
        try c.encode(blend.k, forKey: .k)
        try c.encode(blend.small, forKey: .small)
    }
}

struct RecalibratedJSON: Encodable {
    let recalibration: Recalibration
    let choice: Recalibration.Choice

    enum CodingKeys: String, CodingKey {
        case k, choice
        case closeRate = "close_rate", meetingToOpportunity = "meeting_to_opportunity", dealSize = "deal_size"
        case attemptsPerMeeting = "attempts_per_meeting"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Recalibration.k, forKey: .k)
        try c.encode(choice, forKey: .choice)
        try c.encode(BlendJSON(blend: recalibration.closeRate), forKey: .closeRate)
        try c.encode(BlendJSON(blend: recalibration.meetingToOpportunity), forKey: .meetingToOpportunity)
        try c.encode(BlendJSON(blend: recalibration.dealSize), forKey: .dealSize)
        try c.encode(recalibration.attemptsPerMeeting.mapValues(BlendJSON.init), forKey: .attemptsPerMeeting)
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
    let capacity: Capacity

    enum CodingKeys: String, CodingKey {
        case fits, untimed, levers
        case available = "available_hours", needed = "needed_hours", goalThatFits = "goal_that_fits"
    }

    struct LeverJSON: Encodable {
        let lever: Capacity.Lever

        enum CodingKeys: String, CodingKey { case ratio, channel, from, to }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            var channel: String?
            switch lever.ratio {
            case .closeRate: try c.encode("close_rate", forKey: .ratio)
            case .meetingToOpportunity: try c.encode("meeting_to_opportunity", forKey: .ratio)
            case .dealSize: try c.encode("deal_size", forKey: .ratio)
            case .attemptsPerMeeting(let name):
                try c.encode("attempts_per_meeting", forKey: .ratio)
                channel = name
            }
            try c.encode(channel, forKey: .channel)
            try c.encode(lever.from, forKey: .from)
            try c.encode(lever.to, forKey: .to)
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(capacity.available, forKey: .available)
        try c.encode(capacity.needed, forKey: .needed)
        try c.encode(capacity.fits, forKey: .fits)
        try c.encode(capacity.untimed, forKey: .untimed)
        try c.encode(capacity.goalThatFits, forKey: .goalThatFits)
        try c.encode(capacity.levers.map(LeverJSON.init), forKey: .levers)
    }
}
