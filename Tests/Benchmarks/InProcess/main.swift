// In-process benchmarks: the planner and answer understanding per call, each beside a floor measured in the same
// run (reading a plain number with Double(_:)). Prints a Markdown table; `make bench` runs it in release.
import Foundation
import Planner
import Understanding

func nanoseconds(_ repeats: Int, _ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<repeats { body() }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(repeats)
}

/// Median and middle half of `rounds` timings of `repeats` calls each.
func measure(_ repeats: Int, rounds: Int = 15, _ body: () -> Void) -> (median: Double, low: Double, high: Double) {
    let times = (0..<rounds).map { _ in nanoseconds(repeats, body) }.sorted()
    return (times[rounds / 2], times[rounds / 4], times[rounds * 3 / 4])
}

var sink = 0.0
let floor = measure(200_000) { sink += Double("30000") ?? 0 }

let year = Period(start: Day(year: 2027, month: 1, day: 1)!, end: Day(year: 2027, month: 12, day: 31)!)
let inputs = PlanInputs(
    rep: "Mark Rivera", period: year, asOf: Day(year: 2026, month: 12, day: 15)!, goal: 1_200_000, dealSize: 30_000,
    closeRate: 0.25, meetingToOpportunity: 0.5, salesCycleWeeks: 8, weeksOff: 6, openOpportunities: 10,
    channels: [
        Channel(name: "calls", attemptsPerMeeting: 40, share: 0.5, minutesPerAttempt: 3),
        Channel(name: "referral asks", attemptsPerMeeting: 3, share: 0.3, minutesPerAttempt: 10),
        Channel(name: "networking events", attemptsPerMeeting: 0.5, share: 0.2, minutesPerAttempt: 120),
    ])

let rows: [(String, (median: Double, low: Double, high: Double))] = [
    ("floor: Double(\"30000\")", floor),
    ("Planner.plan with odds (worked example)", measure(200) { sink += (try? Planner.plan(inputs))?.confidence.chanceOfGoal ?? 0 }),
    ("  of which the simulated odds (100,000 draws)", measure(200) { sink += MeetingsNeeded(OddsModel(inputs)).chance(meetings: 305) }),
    (
        "  Planner.plan without any odds",
        measure(2_000) { sink += Double((try? Planner.plan(inputs, withOdds: false))?.weekly.meetings ?? 0) }
    ),
    ("money: \"about $1.2M\"", measure(5_000) { sink += (try? Understand.money("about $1.2M").get().value) ?? 0 }),
    (
        "money: \"seven hundred and fifty thousand\"",
        measure(5_000) { sink += (try? Understand.money("seven hundred and fifty thousand").get().value) ?? 0 }
    ),
    ("rate: \"one out of every four\"", measure(5_000) { sink += (try? Understand.rate("one out of every four").get().value) ?? 0 }),
    (
        "period: \"April through September 2027\"",
        measure(2_000) {
            sink += Double((try? Understand.period("April through September 2027", asOf: inputs.asOf).get().value.end.ordinal) ?? 0)
        }
    ),
    (
        "a line heard: \"my quota is 1.2M for 2027 and deals average 30k\"",
        measure(2_000) {
            sink += Double(Hearing.read("my quota is 1.2M for 2027 and deals average 30k", current: .rep, asOf: inputs.asOf).fills.count)
        }
    ),
]

print("| in-process call | median | spread (middle half) | × floor |")
print("|---|---:|---:|---:|")
for (name, m) in rows {
    func show(_ ns: Double) -> String {
        ns >= 1_000_000
            ? String(format: "%.2f ms", ns / 1e6) : ns >= 1_000 ? String(format: "%.1f µs", ns / 1e3) : String(format: "%.0f ns", ns)
    }
    print("| \(name) | \(show(m.median)) | \(show(m.low))–\(show(m.high)) | \(String(format: "%.0f", m.median / floor.median)) |")
}
if sink == -1 { print(sink) }
