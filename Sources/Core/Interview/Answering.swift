import Planner
import Understanding

/// Reading a line as answers: fills, corrections, refusals, and where the conversation goes next.
extension Interview {
    mutating func answer(_ line: String, to q: Question) -> [Effect] {
        let text = line.trimmingSpaces
        if text.isEmpty { return takeFallback(for: q) }
        var listening = context
        if q == .confirm { listening.question = nil }
        let heard = Hearing.read(text, listening)
        if let command = heard.command { return run(command) }
        if q == .confirm, let effects = stretch(text) { return effects }
        if q == .confirm, heard.fills.isEmpty, heard.channels.isEmpty, heard.unplaced.isEmpty,
            case .success(let yes) = Understand.yesNo(text)
        {
            return yes.value ? confirmSave() : [.say(.changeWhich), ask(.confirm)]
        }
        return apply(heard, asked: q)
    }

    /// Applies what was heard: new answers at once, a change nobody asked for only once confirmed, figures that
    /// nothing placed asked about, a question answered, "I don't know" met with a usual figure. Then the question
    /// is asked again if it is still open, else the next one.
    mutating func apply(_ heard: Heard, asked q: Question, accepted alreadyAccepted: Bool = false) -> [Effect] {
        var effects: [Effect] = []
        var readBack: [Fill] = []
        var accepted = alreadyAccepted
        if heard.asks {
            // "what's typical?" before any answer: the usual figure is offered to take with a yes.
            if let slot = currentSlot, q == .slot(slot), !answers.has(slot), heard.value(slot) == nil, let offer = usual(for: slot),
                !heard.unplaced.contains(where: { SlotReading.accepts(slot, $0.kind) })
            {
                effects.append(.say(.explain(q, nil)))
                checks.append(.usual(slot, offer))
            } else {
                effects.append(.say(.explain(q, currentSlot.flatMap(usual(for:)))))
            }
        }
        for fill in heard.fills {
            let was = answers[fill.slot]
            if let was, was != fill.value, !isOpenToChange(fill.slot, asked: q, saidSo: heard.corrects) {
                checks.append(.change(fill, was: was))
                continue
            }
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
        if !readBack.isEmpty { effects.insert(.say(.readBack(readBack)), at: heard.asks ? 1 : 0) }
        if heard.fills.contains(where: { $0.slot == .timeBlocks }), let blocks = try? plan(withOdds: false).timeBlocks, blocks.short {
            effects.append(.say(.blocksShort(blocks)))
        }
        for channel in heard.channels {
            addChannel(channel)
            // An activity told again is shown whole, what was known of it kept.
            let merged = answers.channels?.first { $0.name.lowercased() == channel.name.lowercased() } ?? channel
            effects.append(.say(.channelAdded(merged)))
            accepted = true
        }
        if !heard.channelNames.isEmpty {
            for name in heard.channelNames where !(answers.channels ?? []).contains(where: { $0.name.lowercased() == name.lowercased() }) {
                addChannel(ChannelDraft(name: name))
            }
            effects.append(.say(.channelsNamed(heard.channelNames)))
            accepted = true
        }
        var leftovers = heard.unplaced
        // "actually, make that 20%" a question later: a correction of the answer just given.
        if heard.corrects, let (k, fill) = correctsPrevious(leftovers, asked: q), let was = answers[fill.slot] {
            leftovers.remove(at: k)
            store(fill)
            effects.append(.say(.changed(fill, was: was)))
            accepted = true
        }
        for leftover in leftovers { checks.append(.leftover(leftover, guess: guess(for: leftover))) }
        if heard.dontKnow, let slot = currentSlot, heard.value(slot) == nil, q != .confirm {
            if accepted { effects.append(.saveDraft(answers)) }
            return effects + dontKnow(q)
        }
        if heard.asks, !accepted, heard.refusals.isEmpty {
            return effects + (checks.isEmpty ? [ask(q)] : askCheckOrNext())
        }
        if currentSlot == .channels, q == .slot(.channels), heard.fills.isEmpty, heard.channels.isEmpty,
            heard.channelNames.isEmpty, heard.refusals.isEmpty, checks.isEmpty
        {
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
        if let refusedHere, checks.isEmpty {
            return effects + refuse(q, refusedHere.why, said: refusedHere.said)
        }
        if !checks.isEmpty {
            // A line that only left figures unplaced counts as a miss: garbage on a pipe must still end.
            if !accepted, heard.fills.isEmpty, let stuck = stuck() { return effects + stuck }
            if accepted { misses = 0 }
            return effects + askCheckOrNext()
        }
        if !accepted, heard.refusals.isEmpty {
            let kind = currentSlot?.kind ?? .yesNo
            return effects + refuse(q, .notUnderstood(kind), said: "")
        }
        if !accepted { return effects + [ask(q)] }
        return effects + afterAnswer()
    }

    /// The one figure left over that the answer before the question asked can take, read as that answer.
    func correctsPrevious(_ leftovers: [Leftover], asked q: Question) -> (Int, Fill)? {
        guard case .slot(let current) = q, let at = answers.order.firstIndex(of: current),
            let previous = answers.order[..<at].last(where: { answers.values[$0] != nil })
        else { return nil }
        let fitting = leftovers.indices.filter { SlotReading.accepts(previous, leftovers[$0].kind) }
        guard fitting.count == 1, let k = fitting.first, case .success(let fill)? = leftovers[k].value(for: previous, period: period)
        else { return nil }
        return (k, fill)
    }

    /// Whether a new value may replace an answer without asking: the rep said they are changing it, it is the
    /// question asked (or the summary, which asks what to change), or the old value was never theirs.
    /// At the summary a change is taken as said, except the period (which re-bases every figure) and time off
    /// (which a rep more often adds to than replaces): those are asked, unless the line says it corrects.
    func isOpenToChange(_ slot: Slot, asked q: Question, saidSo: Bool) -> Bool {
        if q == .confirm, slot == .period || slot == .weeksOff { return saidSo }
        return saidSo || q == .slot(slot) || q == .confirm || answers.sources[slot] != nil
    }

    /// After an answer: anything to settle first, then the confirmation when everything is there, else the next
    /// open question.
    mutating func afterAnswer() -> [Effect] {
        if !checks.isEmpty { return askCheckOrNext() }
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
        // A figure waiting to be asked about as this answer is asked about as whatever is still open instead.
        checks = checks.map { check in
            guard case .leftover(let l, fill.slot?) = check else { return check }
            return .leftover(l, guess: guess(for: l))
        }
        answers.said[fill.slot] = fill.said
        answers.sources[fill.slot] = nil
        // A goal said again is the goal given: any stretch is of it from now on.
        if fill.slot == .goal || fill.slot == .incomeGoal { answers.stretchedFrom = nil }
    }

    /// Switches between a revenue goal and the income route; true when the route changed.
    mutating func switchRoute(to income: Bool) -> Bool {
        guard answers.incomeRoute != income else { return false }
        answers.incomeRoute = income
        return income
    }

    /// Counts a line that placed nothing; past the limit (no one at a terminal) the session ends, keeping the draft.
    mutating func stuck() -> [Effect]? {
        misses += 1
        guard let max = setup.maxMisses, misses >= max else { return nil }
        ending = .gaveUp
        question = nil
        checks.removeAll()
        return (answers.isEmpty ? [] : [.saveDraft(answers)]) + [.say(.gaveUp(misses: misses)), .end(.gaveUp)]
    }

    mutating func refuse(_ q: Question, _ why: Misunderstanding, said: String) -> [Effect] {
        if let giveUp = stuck() { return [.say(.refused(q, why, said: said, attempt: misses))] + giveUp }
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
        case .no where q == .confirm: return [.say(.changeWhich), ask(.confirm)]
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
            answers.sources[s] = .history(sample: own.sample)
            return
        }
        if let usual = teamValue(s) {
            answers.values[s] = usual
            answers.sources[s] = .team
            return
        }
        answers.values[s] = Answers.defaultValue(s)
        answers.sources[s] = .defaulted
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
            var listening = context
            listening.question = nil
            return apply(Hearing.read(text, listening), asked: .teamDefaults)
        }
        answers.teamOffered = true
        if text.isEmpty || (try? Understand.yesNo(text).get().value) == true {
            var taken: [Fill] = []
            for slot in Self.teamOffer where !answers.has(slot) {
                guard let usual = teamValue(slot) else { continue }
                answers.values[slot] = usual
                answers.sources[slot] = .team
                taken.append(Fill(slot: slot, value: usual, said: ""))
            }
            return [.say(.readBack(taken)), .saveDraft(answers)] + afterAnswer()
        }
        return [.saveDraft(answers)] + afterAnswer()
    }
}
