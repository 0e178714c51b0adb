import Understanding

/// The activities: named, talked through, their attempts per meeting, time per attempt and shares.
extension Interview {
    mutating func addChannel(_ channel: ChannelDraft) {
        var channels = answers.channels ?? []
        if let i = channels.firstIndex(where: { $0.name.lowercased() == channel.name.lowercased() }) {
            var merged = channels[i]
            merged.attemptsPerMeeting = channel.attemptsPerMeeting ?? merged.attemptsPerMeeting
            merged.share = channel.share ?? merged.share
            merged.minutesPerAttempt = channel.minutesPerAttempt ?? merged.minutesPerAttempt
            channels[i] = merged
        } else {
            channels.append(channel)
        }
        answers.channels = channels
    }

    mutating func answerMoreChannels(_ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        // "referrals is actually 4 asks, not 0.3" says a figure: it is an answer, not a no.
        let plain = !Understand.saysFigure(text)
        let no: Bool = {
            if text.isEmpty { return true }
            if plain, case .success(let r) = Understand.yesNo(text), !r.value { return true }
            // "done" ends the activities here; "that's everything" ends the interview.
            return ["done", "no more", "nothing else", "none", "that's all for activities"].contains(text.lowercased())
        }()
        if no {
            answers.channelsDone = true
            return [.saveDraft(answers)] + afterAnswer()
        }
        if plain, case .success(let r) = Understand.yesNo(text), r.value {
            return [.say(.help(.moreChannels)), ask(.moreChannels)]
        }
        var listening = context
        listening.question = .channels
        let heard = Hearing.read(text, listening)
        if let command = heard.command { return run(command) }
        return apply(heard, asked: .moreChannels)
    }

    /// "40 dials per meeting, 3 minutes each", "1 in 30", "each event gets me 3 meetings": read as this activity's.
    mutating func answerChannelAttempts(_ i: Int, _ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        let q = Question.channelAttempts(i)
        guard var channels = answers.channels, channels.indices.contains(i) else { return [askNext()] }
        if let command = Command.read(text), command != .skip, command != .dontKnow { return run(command) }
        if text.isEmpty || [.skip, .dontKnow].contains(Command.read(text)) {
            guard case .attempts(let usual) = fallback(for: q) else { return [.say(.needsAnswer(q)), ask(q)] }
            channels[i].attemptsPerMeeting = usual
            answers.channels = channels
            return [.say(.channelAdded(channels[i])), .saveDraft(answers)] + afterAnswer()
        }
        var listening = context
        listening.channel = channels[i].name
        let heard = Hearing.read(text, listening)
        guard let told = heard.channels.first, told.attemptsPerMeeting != nil else {
            // "3 minutes each": kept, and the attempts asked again.
            if let minutes = heard.channels.first?.minutesPerAttempt {
                channels[i].minutesPerAttempt = minutes
                answers.channels = channels
                return [.say(.channelAdded(channels[i])), .saveDraft(answers), ask(q)]
            }
            if heard.asks, heard.fills.isEmpty { return [.say(.explain(q, nil)), ask(q)] }
            if heard.fills.isEmpty, heard.unplaced.isEmpty {
                if case .failure(let why) = Understand.attemptsPerMeeting(text) { return refuse(q, why, said: text) }
                return refuse(q, .notUnderstood(.attemptsPerMeeting), said: text)
            }
            // Something else was said here: heard as such, and this question asked again.
            var other = heard
            other.channels = []
            return apply(other, asked: q)
        }
        channels[i].attemptsPerMeeting = told.attemptsPerMeeting
        channels[i].minutesPerAttempt = told.minutesPerAttempt ?? channels[i].minutesPerAttempt
        channels[i].share = told.share ?? channels[i].share
        answers.channels = channels
        var rest = heard
        rest.channels = []
        rest.channelNames = []
        return [.say(.channelAdded(channels[i]))] + apply(rest, asked: q, accepted: true)
    }

    /// "scale" (or Enter) scales the given shares to 100%; "calls 60%, emails 40%" sets them.
    mutating func answerShares(_ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        guard var channels = answers.channels else { return [askNext()] }
        if let command = Command.read(text), command != .skip { return run(command) }
        let scale =
            text.isEmpty || Command.read(text) == .skip || (try? Understand.yesNo(text).get().value) == true
            || text.lowercased().contains("scale")
        if scale {
            let given = channels.map { $0.share ?? 0 }
            let total = given.reduce(0, +)
            let shares = total > 0 ? given.map { $0 / total } : given.map { _ in 1 / Double(given.count) }
            for i in channels.indices { channels[i].share = shares[i] }
        } else {
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let piece = String(part)
                guard let i = channels.firstIndex(where: { piece.lowercased().contains($0.name.lowercased()) }) else { continue }
                switch Understand.rate(piece) {
                case .success(let r): channels[i].share = r.value
                case .failure(let why): return refuse(.shares, why, said: piece)
                }
            }
        }
        answers.channels = channels
        if Shares.settle(channels.map(\.share)) == nil {
            return refuse(.shares, .notUnderstood(.rate), said: text)
        }
        return [.say(.sharesSettled(channels)), .saveDraft(answers)] + afterAnswer()
    }
}
