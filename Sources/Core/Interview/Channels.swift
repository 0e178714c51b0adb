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
        let no: Bool = {
            if text.isEmpty { return true }
            if case .success(let r) = Understand.yesNo(text), !r.value { return true }
            // "done" ends the activities here; "that's everything" ends the interview.
            return ["done", "no more", "nothing else", "none", "that's all for activities"].contains(text.lowercased())
        }()
        if no {
            answers.channelsDone = true
            return [.saveDraft(answers)] + afterAnswer()
        }
        if case .success(let r) = Understand.yesNo(text), r.value {
            return [.say(.help(.moreChannels)), ask(.moreChannels)]
        }
        let heard = Hearing.read(text, current: .channels, asOf: setup.asOf)
        if let command = heard.command { return run(command) }
        return apply(heard, asked: .moreChannels)
    }

    mutating func answerChannelAttempts(_ i: Int, _ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        let q = Question.channelAttempts(i)
        if let command = Command.read(text), command != .skip { return run(command) }
        let value: Double
        if text.isEmpty || Command.read(text) == .skip {
            guard case .attempts(let usual) = fallback(for: q) else { return [.say(.needsAnswer(q)), ask(q)] }
            value = usual
        } else {
            switch Understand.attemptsPerMeeting(text) {
            case .success(let r): value = r.value
            case .failure(let why): return refuse(q, why, said: text)
            }
        }
        guard var channels = answers.channels, channels.indices.contains(i) else { return [askNext()] }
        channels[i].attemptsPerMeeting = value
        answers.channels = channels
        return [.say(.channelAdded(channels[i])), .saveDraft(answers)] + afterAnswer()
    }

    mutating func answerChannelMinutes(_ i: Int, _ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        let q = Question.channelMinutes(i)
        guard var channels = answers.channels, channels.indices.contains(i) else { return [askNext()] }
        if !text.isEmpty, Command.read(text) != .skip {
            switch Understand.minutes(text) {
            case .success(let r): channels[i].minutesPerAttempt = r.value
            case .failure(let why): return refuse(q, why, said: text)
            }
        }
        answers.channels = channels
        return [.saveDraft(answers)] + afterAnswer()
    }

    /// "scale" (or Enter) scales the given shares to 100%; "calls 60%, emails 40%" sets them.
    mutating func answerShares(_ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        guard var channels = answers.channels else { return [askNext()] }
        if let command = Command.read(text), command != .skip { return run(command) }
        let scale = text.isEmpty || Command.read(text) == .skip || (try? Understand.yesNo(text).get().value) == true
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
