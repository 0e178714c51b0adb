/// Common starting figures (Prompts/en/starting.yaml): what a rep who doesn't know a ratio yet is offered, when
/// neither their history nor the team gives one.
public enum StartingFigures {
    /// The figures by slot, read with the answers file's readers, and the weeks of check-ins to recalibrate after.
    public static func read(_ entries: [String: String]) -> (figures: [Slot: SlotValue], weeks: Int?) {
        var figures: [Slot: SlotValue] = [:]
        for (key, text) in entries {
            guard let slot = Slot(rawValue: key), case .success(let fill) = Understand.value(for: slot, text, asOf: .init(ordinal: 0))
            else { continue }
            figures[slot] = fill.value
        }
        let weeks = entries["recalibrate_after_weeks"].flatMap { Int($0) }
        return (figures, weeks)
    }
}
