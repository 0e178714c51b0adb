import Planner

/// Everything understood from one line the person typed.
public struct Heard: Equatable, Sendable {
    public var command: Command?
    /// Slots filled, in the order they were said.
    public var fills: [Fill] = []
    /// Slots talked about whose value could not be read.
    public var refusals: [Refusal] = []
    /// An activity talked through ("calls: 40 dials per meeting, ...").
    public var channel: ChannelDraft?
    /// Activities named in a list ("calls, LinkedIn and referrals").
    public var channelNames: [String] = []

    public struct Refusal: Equatable, Sendable {
        public var slot: Slot
        public var said: String
        public var why: Misunderstanding
    }

    public var isEmpty: Bool {
        command == nil && fills.isEmpty && refusals.isEmpty && channel == nil && channelNames.isEmpty
    }
}

/// Reads a line of conversation: commands, any slots it fills (mixed initiative), or a bare answer to the question asked.
public enum Hearing {
    public static func read(_ line: String, current: Slot?, asOf: Day) -> Heard {
        var heard = Heard()
        let text = TerminalText.stripped(line).trimming(" ")
        if let command = Command.read(text) {
            heard.command = command
            return heard
        }
        if let channel = ChannelTalk.line(text) {
            switch channel {
            case .success(let draft): heard.channel = draft
            case .failure(let why): heard.refusals.append(.init(slot: .channels, said: text, why: why))
            }
            return heard
        }
        let clauses = Clause.split(text)
        let talksAboutSlots = clauses.contains { $0.slot != nil || $0.namesPeriod }
        let name = Cues.introducedName(text)
        if let name, current != .manager {
            heard.fills.append(Fill(slot: .rep, value: .text(name), said: name))
        }
        guard talksAboutSlots else {
            if name != nil { return heard }
            guard let current else { return heard }
            if current == .channels {
                heard.channelNames = ChannelTalk.names(text)
                return heard
            }
            let answer = current == .rep || current == .manager ? Cues.bareName(text) : text
            record(Understand.value(for: current, answer, asOf: asOf), slot: current, said: answer, into: &heard)
            return heard
        }
        for clause in clauses {
            if let slot = clause.slot {
                if slot == .manager, let manager = managerName(clause.text) {
                    heard.fills.append(Fill(slot: .manager, value: .text(manager), said: clause.text))
                    continue
                }
                record(Understand.value(for: slot, clause.text, asOf: asOf), slot: slot, said: clause.text, into: &heard)
                if clause.namesPeriod, slot != .period, case .success(let p) = Understand.period(clause.text, asOf: asOf) {
                    heard.fills.append(Fill(slot: .period, value: .period(p.value), said: clause.text))
                }
            } else if clause.namesPeriod {
                record(Understand.value(for: .period, clause.text, asOf: asOf), slot: .period, said: clause.text, into: &heard)
                // "1.2M for 2027" to the goal question: the figure left after the period answers it.
                if let current, current != .period, current != .rep, let rest = clause.withoutPeriodWords,
                   case .success(let fill) = Understand.value(for: current, rest, asOf: asOf) {
                    heard.fills.append(Fill(slot: current, value: fill.value, said: rest, range: fill.range))
                }
            } else if let current, name == nil, clause.hasFigure, current != .rep {
                record(Understand.value(for: current, clause.text, asOf: asOf), slot: current, said: clause.text, into: &heard)
            }
        }
        return heard
    }

    private static func record(_ result: Result<Fill, Misunderstanding>, slot: Slot, said: String, into heard: inout Heard) {
        switch result {
        case .success(let fill):
            heard.fills.append(Fill(slot: slot, value: fill.value, said: said.trimming(" ,;."), range: fill.range))
        case .failure(let why):
            heard.refusals.append(.init(slot: slot, said: said.trimming(" ,;."), why: why))
        }
    }

    /// "my manager is Dana Cole", "Dana Cole is my manager".
    static func managerName(_ text: String) -> String? {
        let words = text.split(separator: " ").map { String($0).trimming(",.!:;") }
        let capitalised = words.filter { w in
            w.first?.isUppercase == true && w.lowercased() != "i" && !Cues.managerWords.contains(w.lowercased())
        }
        return capitalised.isEmpty ? nil : capitalised.prefix(4).joined(separator: " ")
    }
}

/// A stretch of a line about one thing, split at "and", commas and semicolons where the talk moves on.
struct Clause {
    var text: String
    var tokens: [Token]
    var slot: Slot?
    var namesPeriod: Bool

    var hasFigure: Bool {
        !QuantityScanner.scan(tokens).isEmpty || Understand.saysNothing(tokens)
            || tokens.contains { $0.word.map { Understand.weekdays[$0] != nil } ?? false }
    }

    init(_ text: String) {
        self.text = text
        tokens = Lexer.tokens(text)
        slot = Cues.slot(of: tokens)
        namesPeriod = Cues.namesPeriod(tokens)
    }

    /// The clause with its years and quarter names taken out, if a figure is left.
    var withoutPeriodWords: String? {
        var kept: [String] = []
        var skipNext = false
        for word in text.split(separator: " ").map(String.init) {
            let lowered = word.lowercased().trimming(",.;:")
            if skipNext {
                skipNext = false
                continue
            }
            if let n = Int(lowered), (1900...2200).contains(n) { continue }
            if lowered.count == 2, let f = lowered.first, f == "q" || f == "h", lowered.last?.isNumber == true { continue }
            if ["this", "next", "rest", "for", "in"].contains(lowered) { continue }
            if ["year", "quarter", "half", "month"].contains(lowered) { continue }
            kept.append(word)
        }
        let rest = kept.joined(separator: " ")
        return QuantityScanner.scan(Lexer.tokens(rest)).isEmpty ? nil : rest
    }

    static let separators = [";", ", ", " and ", " but ", " also ", " plus ", ". "]

    /// "Tuesday and Thursday 9 to 11", "9 to 11 on Tuesday and Thursday": bare days belong with the hours beside them.
    static func sameHours(_ a: Clause, _ b: Clause) -> Bool {
        func bareDays(_ c: Clause) -> Bool { c.slot == .workingDays && !Lexer.tokens(c.text).contains { $0.number != nil } }
        return (a.slot == .timeBlocks && bareDays(b)) || (bareDays(a) && b.slot == .timeBlocks)
    }

    static func split(_ line: String) -> [Clause] {
        var pieces: [String] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            let lower = rest.lowercased()
            let hits = separators.compactMap { sep -> (Range<String.Index>, String)? in
                guard let r = lower.range(of: sep) else { return nil }
                let start = rest.index(rest.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
                let end = rest.index(start, offsetBy: sep.count)
                return (start..<end, sep)
            }
            guard let first = hits.min(by: { $0.0.lowerBound < $1.0.lowerBound }) else {
                pieces.append(String(rest))
                break
            }
            pieces.append(String(rest[..<first.0.lowerBound]))
            pieces.append(first.1)
            rest = rest[first.0.upperBound...]
        }
        // Merge a piece back when it names nothing new: "two and a half million", "2 weeks vacation and 1 week training".
        var clauses: [Clause] = []
        var pendingSeparator = ""
        for (i, piece) in pieces.enumerated() {
            if i % 2 == 1 {
                pendingSeparator = piece
                continue
            }
            let candidate = Clause(piece)
            if let last = clauses.last,
               candidate.slot == nil && !candidate.namesPeriod || candidate.slot == last.slot && candidate.slot != nil
                || (last.slot == nil && !last.namesPeriod && !last.hasFigure) || Self.sameHours(last, candidate) {
                clauses[clauses.count - 1] = Clause(last.text + pendingSeparator + piece)
            } else if !piece.trimming(" ").isEmpty {
                clauses.append(candidate)
            }
        }
        return clauses
    }
}
