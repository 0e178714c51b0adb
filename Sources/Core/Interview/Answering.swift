import Planner
import Understanding

/// Reading a line as answers: fills, corrections, refusals, and where the conversation goes next.
extension Interview {
    mutating func answer(_ line: String, to q: Question) -> [Effect] {
        let text = line.trimmingSpaces
        if text.isEmpty { return takeFallback(for: q) }
        let heard = Hearing.read(text, current: q == .confirm ? nil : currentSlot, asOf: setup.asOf)
        if let command = heard.command { return run(command) }
        if q == .confirm, let effects = stretch(text) { return effects }
        if q == .confirm, heard.fills.isEmpty, heard.channel == nil, case .success(let yes) = Understand.yesNo(text) {
            return yes.value ? confirmSave() : [.say(.changeWhich), ask(.confirm)]
        }
        return apply(heard, asked: q)
    }

    /// Applies what was heard; re-asks the question if it is still open, else moves on.
    mutating func apply(_ heard: Heard, asked q: Question) -> [Effect] {
        var effects: [Effect] = []
        var readBack: [Fill] = []
        var accepted = false
        for fill in heard.fills {
            let was = answers[fill.slot]
            store(fill)
            if let was, was != fill.value {
                effects.append(.say(.changed(fill, was: was)))
            } else {
                readBack.append(fill)
            }
            if fill.slot == .incomeGoal || fill.slot == .goal, switchRoute(to: fill.slot == .incomeGoal) {
                effects.append(.say(.incomeRoute))
            }
            accepted = true
        }
        if !readBack.isEmpty { effects.insert(.say(.readBack(readBack)), at: 0) }
        if heard.fills.contains(where: { $0.slot == .timeBlocks }), let blocks = try? plan().timeBlocks, blocks.short {
            effects.append(.say(.blocksShort(blocks)))
        }
        if let channel = heard.channel {
            addChannel(channel)
            effects.append(.say(.channelAdded(channel)))
            accepted = true
        }
        if !heard.channelNames.isEmpty {
            for name in heard.channelNames where !(answers.channels ?? []).contains(where: { $0.name.lowercased() == name.lowercased() }) {
                addChannel(ChannelDraft(name: name))
            }
            effects.append(.say(.channelsNamed(heard.channelNames)))
            accepted = true
        }
        if currentSlot == .channels, q == .slot(.channels), heard.fills.isEmpty, heard.channel == nil,
           heard.channelNames.isEmpty, heard.refusals.isEmpty {
            return effects + refuse(q, .notUnderstood(.name), said: "")
        }
        var refusedHere: Heard.Refusal?
        for refusal in heard.refusals {
            if .slot(refusal.slot) == q {
                refusedHere = refusal
            } else {
                effects.append(.say(.refusedOther(refusal.slot, refusal.why, said: refusal.said)))
            }
        }
        if accepted { effects.append(.saveDraft(answers)) }
        if let refusedHere {
            return effects + refuse(q, refusedHere.why, said: refusedHere.said)
        }
        if !accepted, heard.refusals.isEmpty {
            let kind = currentSlot?.kind ?? .yesNo
            return effects + refuse(q, .notUnderstood(kind), said: "")
        }
        if !accepted { return effects + [ask(q)] }
        return effects + afterAnswer()
    }

    /// After an answer: back to the confirmation when everything is there, else the next open question.
    mutating func afterAnswer() -> [Effect] {
        let next = nextQuestion
        if next == .confirm { return summaryAndConfirm() }
        if next == .shares, let channels = answers.channels, question != .shares {
            let total = channels.compactMap(\.share).reduce(0, +)
            return [.say(.sharesAsked(channels, total: total)), ask(next)]
        }
        return [ask(next)]
    }

    mutating func store(_ fill: Fill) {
        answers.values[fill.slot] = fill.value
        answers.said[fill.slot] = fill.said
        answers.defaulted.remove(fill.slot)
    }

    /// Switches between a revenue goal and the income route; true when the route changed.
    mutating func switchRoute(to income: Bool) -> Bool {
        guard answers.incomeRoute != income else { return false }
        answers.incomeRoute = income
        return income
    }

    mutating func refuse(_ q: Question, _ why: Misunderstanding, said: String) -> [Effect] {
        misses += 1
        if let max = setup.maxMisses, misses >= max {
            ending = .gaveUp
            question = nil
            return [.say(.refused(q, why, said: said, attempt: misses))]
                + (answers.isEmpty ? [] : [.saveDraft(answers)]) + [.say(.gaveUp), .end(.gaveUp)]
        }
        let count = misses
        let prompt = ask(q)
        misses = count
        return [.say(.refused(q, why, said: said, attempt: count)), prompt]
    }

    /// Enter on an empty line: the default, or a reminder that this one needs an answer.
    mutating func takeFallback(for q: Question) -> [Effect] {
        switch fallback(for: q) {
        case .required: return [.say(.needsAnswer(q)), ask(q)]
        case .yes where q == .confirm: return confirmSave()
        default:
            guard case .slot(let s) = q else { return [ask(q)] }
            return skip(s)
        }
    }

    mutating func skip(_ s: Slot) -> [Effect] {
        let fallback = fallback(for: .slot(s))
        switch fallback {
        case .required: return [.say(.cannotSkip(.slot(s))), ask(.slot(s))]
        case .current: return afterAnswer()
        default: break
        }
        setDefault(s)
        return [.say(.skipped(.slot(s), fallback)), .saveDraft(answers)] + afterAnswer()
    }

    mutating func setDefault(_ s: Slot) {
        if s == .channels {
            answers.channels = answers.channels ?? []
            answers.channelsDone = true
            return
        }
        answers.said[s] = nil
        if let own = history?.values[s] {
            answers.values[s] = own.value
            answers.fromHistory[s] = own.sample
            return
        }
        if let usual = setup.team?.values[s] {
            answers.values[s] = usual
            answers.fromTeam.insert(s)
            return
        }
        answers.values[s] = Answers.defaultValue(s)
        answers.defaulted.insert(s)
    }

    /// A new rep, with team defaults and ratios still open: offer the team's figures up front.
    var offersTeamDefaults: Bool {
        guard setup.team != nil, !answers.teamOffered, case .profile(.new) = answers[.profile] else { return false }
        return Self.teamOffer.contains { !answers.has($0) && setup.team?.values[$0] != nil }
    }

    static let teamOffer: [Slot] = [.closeRate, .meetingToOpportunity, .dealSize]

    mutating func answerTeamDefaults(_ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        if let command = Command.read(text), command != .skip { return run(command) }
        // Anything but a yes or a no is an answer to something else; the offer waits.
        guard text.isEmpty || (try? Understand.yesNo(text).get()) != nil else {
            return apply(Hearing.read(text, current: nil, asOf: setup.asOf), asked: .teamDefaults)
        }
        answers.teamOffered = true
        if text.isEmpty || (try? Understand.yesNo(text).get().value) == true {
            var taken: [Fill] = []
            for slot in Self.teamOffer where !answers.has(slot) {
                guard let usual = setup.team?.values[slot] else { continue }
                answers.values[slot] = usual
                answers.fromTeam.insert(slot)
                taken.append(Fill(slot: slot, value: usual, said: ""))
            }
            return [.say(.readBack(taken)), .saveDraft(answers)] + afterAnswer()
        }
        return [.saveDraft(answers)] + afterAnswer()
    }
}
