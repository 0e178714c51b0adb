import Foundation
import PlanReport
import Planner
import Prompts
import Tracking
import Understanding

/// The `--json` documents of `checkin` and `revisit`.
enum TrackingJSON {
    static func text(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func measure(_ m: Pace.Measure) -> [String: Any] {
        switch m {
        case .activity(let name): return ["kind": "activity", "name": name]
        case .meetings: return ["kind": "meetings"]
        case .opportunities: return ["kind": "opportunities"]
        case .deals: return ["kind": "deals"]
        }
    }

    static func paces(_ list: [Pace]) -> [[String: Any]] {
        list.map { p in
            measure(p.measure).merging(["target": p.target, "actual": p.actual, "share": p.share ?? NSNull()]) { a, _ in a }
        }
    }

    static func verdict(_ v: Pacing.Verdict) -> String {
        switch v {
        case .noTargets: return "no_targets"
        case .onPlan: return "on_plan"
        case .convertingBetter: return "converting_better"
        case .convertingWorse: return "converting_worse"
        case .behind: return "behind"
        case .behindMeetingsMost: return "behind_meetings_most"
        case .meetingsOnly: return "meetings_only"
        }
    }

    static func checkIn(_ c: CheckIn) -> [String: Any] {
        var json: [String: Any] = [
            WeekField.week.key: c.week.description,
            "activities": c.activities.map { ["name": $0.name, WeekField.attempts("").key: $0.attempts, WeekField.booked("").key: $0.meetings] },
            WeekField.revenueClosed.key: c.revenueClosed, WeekField.note.key: c.note,
        ]
        for field in WeekField.results { json[field.key] = c[count: field] }
        return json
    }

    static func pacing(_ p: Pacing) -> [String: Any] {
        ["week": p.week.description, "weeks": p.weeks, "this_week": paces(p.thisWeek), "so_far": paces(p.soFar), "verdict": verdict(p.verdict),
         "revenue": ["closed": p.revenue.closed, "goal": p.revenue.goal, "pro_rated": p.revenue.proRated.rounded()]]
    }

    static func checkIn(_ c: CheckIn, pacing p: Pacing) -> String {
        text(["checkin": checkIn(c), "pacing": pacing(p)])
    }

    static func measured(_ m: Measured) -> [String: Any] {
        ["value": m.value ?? NSNull(), "sample": m.sample]
    }

    static func blend(_ b: Recalibration.Blend) -> [String: Any] {
        ["planned": b.planned, "actual": b.actual ?? NSNull(), "blended": b.blended, "sample": b.sample, "k": b.k,
         "small_sample": b.small]
    }

    static func gap(_ g: Diagnosis.Gap) -> [String: Any] {
        ["leak": g.leak.rawValue, "amount": g.amount, "deals": g.deals, "channel": g.channel ?? NSNull()]
    }

    static func revisit(_ r: Revisit, words: PromptBook) -> String {
        let planData = (try? PlanFiles(words: words).json(r.plan)) ?? Data()
        let plan = (try? JSONSerialization.jsonObject(with: planData)) ?? [:]
        var capacity: Any = NSNull()
        if let c = r.capacity {
            capacity = [
                "available_hours": c.available, "needed_hours": c.needed, "fits": c.fits, "untimed": c.untimed,
                "goal_that_fits": c.goalThatFits ?? NSNull(),
                "levers": c.levers.map { lever -> [String: Any] in
                    var ratio: String, channel: Any = NSNull()
                    switch lever.ratio {
                    case .closeRate: ratio = "close_rate"
                    case .meetingToOpportunity: ratio = "meeting_to_opportunity"
                    case .dealSize: ratio = "deal_size"
                    case .attemptsPerMeeting(let name):
                        ratio = "attempts_per_meeting"
                        channel = name
                    }
                    return ["ratio": ratio, "channel": channel, "from": lever.from, "to": lever.to ?? NSNull()]
                },
            ] as [String: Any]
        }
        let document: [String: Any] = [
            "actuals": [
                "weeks": r.actuals.weeks,
                "attempts_per_meeting": r.actuals.attemptsPerMeeting.map { ["name": $0.name].merging(measured($0.measured)) { a, _ in a } },
                "meeting_to_opportunity": measured(r.actuals.meetingToOpportunity),
                "close_rate": measured(r.actuals.closeRate), "deal_size": measured(r.actuals.dealSize),
            ] as [String: Any],
            "diagnosis": [
                "biggest_leak": r.diagnosis.biggest.leak.rawValue, "channel": r.diagnosis.biggest.channel ?? NSNull(),
                "deals": r.diagnosis.biggest.deals, "gaps": r.diagnosis.gaps.map(gap),
            ] as [String: Any],
            "recalibrated": [
                "k": Recalibration.k, "choice": r.choices.ratios.rawValue,
                "close_rate": blend(r.recalibration.closeRate),
                "meeting_to_opportunity": blend(r.recalibration.meetingToOpportunity),
                "deal_size": blend(r.recalibration.dealSize),
                "attempts_per_meeting": r.recalibration.attemptsPerMeeting.mapValues(blend),
            ] as [String: Any],
            "plan": plan,
            "delta": [
                "meetings": ["old": r.previous.weekly.meetings, "new": r.plan.weekly.meetings],
                "activities": zip(r.previous.weekly.activities, r.plan.weekly.activities).map {
                    ["name": $1.name, "old": $0.count, "new": $1.count] as [String: Any]
                },
                "chance_of_goal": ["old": r.previous.confidence.chanceOfGoal, "new": r.plan.confidence.chanceOfGoal],
            ] as [String: Any],
            "capacity": capacity,
        ]
        return text(document)
    }
}
