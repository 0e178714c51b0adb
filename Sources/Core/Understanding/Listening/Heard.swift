import Planner

/// Everything understood from one line the person typed, and everything in it that could not be placed.
public struct Heard: Equatable, Sendable {
    public var command: Command?
    /// Slots filled, in the order they were said.
    public var fills: [Fill] = []
    /// Slots talked about whose value could not be read.
    public var refusals: [Refusal] = []
    /// Activities talked through, with whatever figures were given for each.
    public var channels: [ChannelDraft] = []
    /// Activities named without figures ("calls, LinkedIn and referrals").
    public var channelNames: [String] = []
    /// Activities said not to be one ("no referrals yet", "remove events").
    public var notChannels: [String] = []
    /// Figures said that no slot took: each is asked about, never dropped.
    public var unplaced: [Leftover] = []
    /// The line asks something ("what does that mean?") rather than answering.
    public var asks = false
    /// The person does not know the answer to the question open ("no idea", "not sure").
    public var dontKnow = false
    /// The line says it changes an answer on purpose ("actually", "change", "make it").
    public var corrects = false
    /// Token positions of everything heard or placed, for checking that no figure vanished.
    public var accounted: [Range<Int>] = []

    public struct Refusal: Equatable, Sendable {
        public var slot: Slot
        public var said: String
        public var why: Misunderstanding
    }

    public var isEmpty: Bool {
        command == nil && fills.isEmpty && refusals.isEmpty && channels.isEmpty && channelNames.isEmpty
            && notChannels.isEmpty && unplaced.isEmpty && !asks && !dontKnow
    }

    /// The value heard for `slot`, if any.
    public func value(_ slot: Slot) -> SlotValue? {
        fills.last { $0.slot == slot }?.value
    }
}

/// A figure said that nothing in the line placed: "You also said $2.4M: is that your goal?"
public struct Leftover: Equatable, Sendable {
    public var text: String
    public var kind: Mention.Kind
    public var tokens: Range<Int>

    public init(text: String, kind: Mention.Kind, tokens: Range<Int>) {
        self.text = text
        self.kind = kind
        self.tokens = tokens
    }

    /// The slots this figure could answer, in the order a plan asks them.
    public var candidates: [Slot] {
        Slot.allCases.filter { SlotReading.accepts($0, kind) }
    }
}

/// How a value was worked out from what was said, for reading it back: "60k a month × 12 months".
public enum Worked: Equatable, Sendable {
    /// So much per span, times the spans in the period.
    case perSpan(each: Double, per: Mention.Span, times: Double)
    /// So many deals at so much each (per span, times the spans in the period).
    case deals(count: Double, each: Double, per: Mention.Span?, times: Double)
}

extension Leftover {
    /// This figure as the answer to `slot`: nil when it can't be one, a misunderstanding when it can but not as said.
    public func value(for slot: Slot, period: Period?) -> Result<Fill, Misunderstanding>? {
        SlotReading.value(kind, for: slot, period: period)?.map { Fill(slot: slot, value: $0.0, said: text, range: $0.1, worked: $0.2) }
    }
}
