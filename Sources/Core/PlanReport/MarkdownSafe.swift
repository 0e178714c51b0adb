import Planner

/// Text a person typed, made inert in plan.md: a `|` cannot end a table cell, `<` cannot open HTML, `[` cannot start
/// a link, a backtick cannot open code. It still reads as typed once rendered.
enum MarkdownSafe {
    static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "|", "[", "]", "`", "*", "#": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }
}

extension Plan {
    /// This plan with every text that came from a person made inert for plan.md; the figures are untouched.
    var markdownSafe: Plan {
        var plan = self
        let safe = MarkdownSafe.text
        plan.rep = safe(rep)
        plan.manager = manager.map(safe)
        plan.inputs.rep = safe(inputs.rep)
        plan.inputs.manager = inputs.manager.map(safe)
        /// The items with their names made safe.
        func safeNames<Item>(_ items: [Item], _ name: WritableKeyPath<Item, String>) -> [Item] {
            items.map { item in
                var item = item
                item[keyPath: name] = safe(item[keyPath: name])
                return item
            }
        }
        plan.inputs.channels = safeNames(inputs.channels, \.name)
        plan.inputs.assumptions = inputs.assumptions.map {
            var a = $0
            a.said = a.said.map(safe)
            return a
        }
        plan.weekly.activities = safeNames(weekly.activities, \.name)
        plan.daily.activities = safeNames(daily.activities, \.name)
        plan.revisions = revisions.map { r in
            var r = r
            r.reason = safe(r.reason)
            r.leakChannel = r.leakChannel.map(safe)
            r.previousActivities = r.previousActivities.map { safeNames($0, \.name) }
            return r
        }
        if var ramp = plan.ramp {
            ramp.activities = safeNames(ramp.activities, \.name)
            plan.ramp = ramp
        }
        return plan
    }
}
