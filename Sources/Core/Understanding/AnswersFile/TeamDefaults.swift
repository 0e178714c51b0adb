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

    static let slots: [Slot] = [.closeRate, .meetingToOpportunity, .dealSize, .salesCycleWeeks, .weeksOff, .workingDays]
    static let keys = slots.map(\.rawValue) + ["recalibrate_after_weeks", "channels", "ramp", "meeting_minutes", "stages", "seasonality"]

    public init() {}

    /// Reads team.yaml with the answers file's `KeyReader`: every problem named by key and path
    /// (`channels[2].attempts_per_meeting`), in the order the file gives them.
    public static func read(_ source: String, asOf: Day) -> Result<TeamDefaults, AnswerProblems> {
        let tree: AnswerTree
        do {
            tree = try AnswerTree.parse(source)
        } catch {
            return .failure(AnswerProblems([error]))
        }
        var sheet: KeyReader
        switch KeyReader.mapping(tree, known: keys) {
        case .success(let reader): sheet = reader
        case .failure(let problems): return .failure(problems)
        }
        var team = TeamDefaults()
        for slot in slots {
            if let value = sheet.read(slot.rawValue, { Understand.value(for: slot, $0, asOf: asOf).map { Reading($0.value) } }) {
                team.values[slot] = value
            }
        }
        team.recalibrateAfterWeeks = sheet.read("recalibrate_after_weeks", Understand.count) ?? team.recalibrateAfterWeeks
        team.meetingMinutes = sheet.read("meeting_minutes", Understand.minutes)
        if let stages = sheet.values["stages"] { team.stages = readStages(stages, into: &sheet) }
        if let season = sheet.values["seasonality"], season != .null {
            switch Understand.seasonality(season, source: .team) {
            case .success(let read): team.seasonality = read
            case .failure(let problem): sheet.problems.append(problem)
            }
        }
        team.channels = eachMapping(in: sheet.values["channels"], key: "channels", known: channelKeys, into: &sheet) { item in
            guard let name = item.read("name", required: true, { .success(Reading($0)) }) else { return nil }
            var channel = ChannelDraft(name: name)
            channel.attemptsPerMeeting = item.read("attempts_per_meeting", Understand.attemptsPerMeeting)
            channel.minutesPerAttempt = item.read("minutes_per_attempt", Understand.minutes)
            return channel
        }
        team.ramp = eachMapping(in: sheet.values["ramp"], key: "ramp", known: rampKeys, into: &sheet) { step in
            let weeks = step.read("weeks", required: true, Understand.count)
            let conversion = step.read("conversion", required: true, Understand.rate)
            guard let weeks, let conversion else { return nil }
            return Ramp.Step(weeks: weeks, conversion: conversion)
        }
        guard sheet.problems.isEmpty else {
            let order = Dictionary(keysInOrder(tree).enumerated().map { ($1, $0) }) { first, _ in first }
            let topKey = { (key: String) in String(key.prefix { $0 != "." && $0 != "[" }) }
            let sorted = sheet.problems.enumerated().sorted {
                (order[topKey($0.element.key)] ?? .max, $0.offset) < (order[topKey($1.element.key)] ?? .max, $1.offset)
            }
            return .failure(AnswerProblems(sorted.map(\.element)))
        }
        return .success(team)
    }

    static let channelKeys = ["name", "attempts_per_meeting", "minutes_per_attempt"]
    static let rampKeys = ["weeks", "conversion"]

    private static func keysInOrder(_ tree: AnswerTree) -> [String] {
        guard case .mapping(let pairs) = tree else { return [] }
        return pairs.map(\.key)
    }

    /// Each stage's chance of closing, by lower-case name.
    private static func readStages(_ tree: AnswerTree, into sheet: inout KeyReader) -> [String: Double] {
        guard case .mapping(let pairs) = tree else {
            if tree != .null { sheet.problem("stages", given: tree.quoted, .notAMapping) }
            return [:]
        }
        var stages = KeyReader(pairs: pairs, known: pairs.map(\.key), path: "stages.")
        var chances: [String: Double] = [:]
        for (stage, _) in pairs {
            if let chance = stages.read(stage, Understand.rate) { chances[stage.lowercased()] = chance }
        }
        sheet.problems += stages.problems
        return chances
    }

    /// `read` applied to each mapping of the list at `key` (`channels[2].`), its problems kept; an item that is not
    /// a mapping is a problem too.
    private static func eachMapping<T>(
        in tree: AnswerTree?, key: String, known: [String], into sheet: inout KeyReader, _ read: (inout KeyReader) -> T?
    ) -> [T] {
        guard let tree, tree != .null else { return [] }
        guard case .list(let items) = tree else {
            sheet.problem(key, given: tree.quoted, .notAList)
            return []
        }
        var values: [T] = []
        for (i, item) in items.enumerated() {
            let path = "\(key)[\(i + 1)]"
            guard case .mapping(let fields) = item else {
                sheet.problem(path, given: item.quoted, .notAMapping)
                continue
            }
            var reader = KeyReader(pairs: fields, known: known, path: path + ".")
            if let value = read(&reader) { values.append(value) }
            sheet.problems += reader.problems
        }
        return values
    }

    /// Usual attempts per meeting by lower-case activity name.
    public var catalogue: [String: Double] {
        Dictionary(channels.compactMap { c in c.attemptsPerMeeting.map { (c.name.lowercased(), $0) } }, uniquingKeysWith: { a, _ in a })
    }
}
