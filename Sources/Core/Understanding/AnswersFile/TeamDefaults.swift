import Planner

/// The manager's team defaults (`team.yaml`): usual ratios and calendar, the activity catalogue, and a new rep's ramp.
public struct TeamDefaults: Equatable, Sendable {
    public var values: [Slot: SlotValue] = [:]
    /// Weeks of check-ins after which a default should give way to the rep's own ratio.
    public var recalibrateAfterWeeks = 6
    public var channels: [ChannelDraft] = []
    public var ramp: [Ramp.Step] = []
    /// How long a first meeting usually takes, in minutes.
    public var meetingMinutes: Double?
    /// The chance an open opportunity at each stage closes, by lower-case stage name, for CRM imports.
    public var stages: [String: Double] = [:]
    /// The team's season: a weight for each month.
    public var seasonality: Seasonality?

    public static let fileName = "team.yaml"
    static let slots: [Slot] = [.closeRate, .meetingToOpportunity, .dealSize, .salesCycleWeeks, .weeksOff, .workingDays]
    static let keys = slots.map(\.rawValue) + ["recalibrate_after_weeks", "channels", "ramp", "meeting_minutes", "stages", "seasonality"]

    public init() {}

    /// Reads team.yaml; every problem named by key, as in an answers file.
    public static func read(_ source: String, asOf: Day) -> Result<TeamDefaults, AnswerProblems> {
        let tree: AnswerTree
        do {
            tree = try AnswerTree.parse(source)
        } catch {
            return .failure(AnswerProblems([error]))
        }
        guard case .mapping(let pairs) = tree else {
            return .failure(AnswerProblems([AnswerProblem(key: "", given: tree.quoted, issue: .notAMapping)]))
        }
        var team = TeamDefaults()
        var problems: [AnswerProblem] = []
        for (key, value) in pairs {
            if let slot = Slot(rawValue: key), slots.contains(slot), case .text(let text) = value {
                switch Understand.value(for: slot, text, asOf: asOf) {
                case .success(let fill): team.values[slot] = fill.value
                case .failure(let why): problems.append(AnswerProblem(key: key, given: text, issue: .misunderstood(why)))
                }
            } else if key == "recalibrate_after_weeks", case .text(let text) = value {
                switch Understand.count(text) {
                case .success(let r): team.recalibrateAfterWeeks = r.value
                case .failure(let why): problems.append(AnswerProblem(key: key, given: text, issue: .misunderstood(why)))
                }
            } else if key == "meeting_minutes", case .text(let text) = value {
                switch Understand.minutes(text) {
                case .success(let r): team.meetingMinutes = r.value
                case .failure(let why): problems.append(AnswerProblem(key: key, given: text, issue: .misunderstood(why)))
                }
            } else if key == "stages", case .mapping(let stages) = value {
                for (stage, chance) in stages {
                    guard case .text(let text) = chance else { continue }
                    switch Understand.rate(text) {
                    case .success(let r): team.stages[stage.lowercased()] = r.value
                    case .failure(let why): problems.append(AnswerProblem(key: "stages.\(stage)", given: text, issue: .misunderstood(why)))
                    }
                }
            } else if key == "seasonality" {
                switch Understand.seasonality(value, source: .team) {
                case .success(let season): team.seasonality = season
                case .failure(let problem): problems.append(problem)
                }
            } else if key == "channels", case .list(let items) = value {
                for (i, item) in items.enumerated() {
                    guard case .mapping(let fields) = item else { continue }
                    let sub = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                    guard case .text(let name) = sub["name"] else {
                        problems.append(AnswerProblem(key: "channels[\(i + 1)].name", issue: .missing))
                        continue
                    }
                    var channel = ChannelDraft(name: name)
                    if case .text(let a) = sub["attempts_per_meeting"] { channel.attemptsPerMeeting = try? Understand.attemptsPerMeeting(a).get().value }
                    if case .text(let m) = sub["minutes_per_attempt"] { channel.minutesPerAttempt = try? Understand.minutes(m).get().value }
                    team.channels.append(channel)
                }
            } else if key == "ramp", case .list(let items) = value {
                for (i, item) in items.enumerated() {
                    guard case .mapping(let fields) = item else { continue }
                    let sub = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                    guard case .text(let w) = sub["weeks"], let weeks = try? Understand.count(w).get().value,
                          case .text(let c) = sub["conversion"], let conversion = try? Understand.rate(c).get().value
                    else {
                        problems.append(AnswerProblem(key: "ramp[\(i + 1)]", given: item.quoted, issue: .notAMapping))
                        continue
                    }
                    team.ramp.append(Ramp.Step(weeks: weeks, conversion: conversion))
                }
            } else if value != .null {
                problems.append(AnswerProblem(key: key, given: value.quoted,
                                              issue: .unknownKey(suggestion: AnswerSheet.suggestion(for: key, among: keys))))
            }
        }
        return problems.isEmpty ? .success(team) : .failure(AnswerProblems(problems))
    }

    /// Usual attempts per meeting by lower-case activity name.
    public var catalogue: [String: Double] {
        Dictionary(channels.compactMap { c in c.attemptsPerMeeting.map { (c.name.lowercased(), $0) } }, uniquingKeysWith: { a, _ in a })
    }
}
