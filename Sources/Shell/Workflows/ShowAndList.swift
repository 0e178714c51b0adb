import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Terminal
import Tracking

/// `salesplan show [REP]`: the plan in force and, once checked in, its pacing.
public struct ShowPlan: Sendable {
    public var rep: String?
    public var place: Place
    public var json: Bool
    public var width: Int

    public init(rep: String?, place: Place, json: Bool, width: Int) {
        self.rep = rep
        self.place = place
        self.json = json
        self.width = width
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let context = RepContext.open(rep, command: "show", place: place, words: words, into: &out) else { return out }
        let earlier = context.files.earlier(Plan.self, before: context.plan.revision)
        let pacing = context.checkIns.last.map {
            Pacing.make(plan: context.plan, checkIns: context.checkIns, week: $0.week, earlier: earlier)
        }
        if json {
            out.stdout += TrackingJSON.show(context.plan, pacing: pacing, words: words)
            return out
        }
        out.say(PlanScreen(words: words).render(context.plan, width: width))
        if let pacing {
            out.say("")
            out.say(TrackingWords(words: words).pacing(pacing))
        }
        return out
    }
}

/// `salesplan list`: every rep in the plans folder.
public struct ListPlans: Sendable {
    public var place: Place
    public var json: Bool

    public init(place: Place, json: Bool) {
        self.place = place
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let plans = place.plansFolder(words: words, into: &out) else { return out }
        var rows: [(plan: Plan, lastCheckIn: Day?)] = []
        let slugs = plans.slugs()
        for slug in slugs {
            do {
                let plan = try plans.rep(slug).plan()
                let files = try plans.rep(slug)
                var ignored = Outcome()
                let checkIns = (try? RepContext.readCheckIns(files, today: place.today, words: words, into: &ignored)) ?? nil
                rows.append((plan, checkIns?.last?.week))
            } catch {
                out.fail(error.words(words), .files)
            }
        }
        if json {
            out.stdout += TrackingJSON.list(rows)
            return out
        }
        guard !rows.isEmpty else {
            // Plans that could not be read are not "no plans": what is wrong was said above.
            out.say(words.text(slugs.isEmpty ? "tracking.list_empty" : "tracking.list_unreadable", ["dir": plans.root.path]))
            return out
        }
        out.say(TrackingWords(words: words).list(rows))
        return out
    }
}
