import Planner
import Understanding

/// The words that steer: help, why, back, change, skip, summary, restart, quit, that's everything.
extension Interview {
    mutating func run(_ command: Command) -> [Effect] {
        guard let q = question else { return [] }
        switch command {
        case .help: return [.say(.help(q)), ask(q)]
        case .why:
            var profile: Profile?
            if case .profile(let p) = answers[.profile] { profile = p }
            return [.say(.why(q, profile)), ask(q)]
        case .summary: return [.say(.summary(answers, try? plan())), ask(q)]
        case .quit: return quit()
        case .restart:
            returnTo = q
            return [ask(.restart)]
        case .skip:
            switch q {
            case .slot(let s): return skip(s)
            case .channelAttempts(let i): return answerChannelAttempts(i, "")
            case .moreChannels: return answerMoreChannels("")
            case .shares: return answerShares("")
            default: return [.say(.cannotSkip(q)), ask(q)]
            }
        case .back: return back(from: q)
        case .change(let slot, let rest): return change(slot, rest: rest, from: q)
        case .finish: return finish()
        case .dontKnow: return dontKnow(q)
        case .remove(let name): return remove(name, from: q)
        }
    }

    /// "remove LinkedIn", "that's not an activity": takes an activity away (the last one added when none is named).
    mutating func remove(_ name: String?, from q: Question) -> [Effect] {
        var channels = answers.channels ?? []
        let index =
            name.map { n in
                channels.lastIndex { $0.name.lowercased() == n.lowercased() }
                    ?? channels.lastIndex {
                        $0.name.lowercased().contains(n.lowercased()) || n.lowercased().contains($0.name.lowercased())
                    }
            } ?? channels.indices.last
        guard let i = index else {
            return [.say(.noSuchChannel(name ?? "", channels.map(\.name))), ask(q)]
        }
        let removed = channels.remove(at: i)
        answers.channels = channels.isEmpty && !answers.channelsDone ? nil : channels
        return [.say(.channelRemoved(removed.name)), .saveDraft(answers)] + afterAnswer()
    }

    /// The previous question in the order, keeping every answer.
    mutating func back(from q: Question) -> [Effect] {
        let order = answers.order
        let position: Int
        switch q {
        case .slot(let s): position = order.firstIndex(of: s) ?? 0
        case .confirm: position = order.count
        default: position = order.firstIndex(of: .channels) ?? 0
        }
        guard position > 0 else { return [.say(.nothingToGoBackTo), ask(q)] }
        return [ask(.slot(order[position - 1]))]
    }

    /// "change deal size" asks it again; "change deal size to 35k" takes the new value at once.
    mutating func change(_ slot: Slot?, rest: String, from q: Question) -> [Effect] {
        guard let slot else { return [.say(.changeWhich), ask(q)] }
        var listening = context
        listening.question = slot
        let heard = Hearing.read(SlotNames.value(in: rest, for: slot), listening)
        if heard.fills.contains(where: { $0.slot == slot }) { return apply(heard, asked: .slot(slot)) }
        if slot == .goal || slot == .incomeGoal { _ = switchRoute(to: slot == .incomeGoal) }
        if slot == .channels {
            answers.channels = nil
            answers.channelsDone = false
        }
        return [ask(.slot(slot))]
    }

    /// "That's everything": defaults for what is optional; what is still needed is asked.
    mutating func finish() -> [Effect] {
        var defaulted: [Slot] = []
        for slot in answers.order
        where !answers.has(slot)
            && (!Answers.isRequired(slot) || setup.team?.values[slot] != nil || history?.values[slot] != nil)
        {
            setDefault(slot)
            defaulted.append(slot)
        }
        answers.channelsDone = true
        if var channels = answers.channels {
            for i in channels.indices where channels[i].attemptsPerMeeting == nil {
                channels[i].attemptsPerMeeting = setup.catalogue[channels[i].name.lowercased()]
            }
            answers.channels = channels
        }
        let filled = defaulted.map { slot -> Fill in
            // The blocks the plan will suggest, rather than "none".
            if slot == .timeBlocks, case .value(let suggested) = fallback(for: .slot(slot)) {
                return Fill(slot: slot, value: suggested, said: "")
            }
            return Fill(slot: slot, value: answers[slot] ?? .text(""), said: "")
        }
        var effects: [Effect] = defaulted.isEmpty ? [] : [.say(.finishing(filled))]
        effects.append(.saveDraft(answers))
        if let channels = answers.channels, channels.contains(where: { $0.share == nil }),
            let settled = Shares.settle(channels.map(\.share))
        {
            answers.channels = zip(channels, settled).map { draft, share in
                var d = draft
                d.share = share
                return d
            }
            effects.append(.say(.sharesSettled(answers.channels ?? [])))
        }
        if case .slot(let s) = nextQuestion, Answers.isRequired(s) { effects.append(.say(.needsAnswer(.slot(s)))) }
        return effects + afterAnswer()
    }

    mutating func answerRestart(_ line: String) -> [Effect] {
        let back = returnTo ?? nextQuestion
        if case .success(let r) = Understand.yesNo(line), r.value {
            answers = Answers()
            returnTo = nil
            return [.say(.restarted), .saveDraft(answers), askNext()]
        }
        returnTo = nil
        return [.say(.notRestarted), ask(back)]
    }

    mutating func answerResume(_ line: String) -> [Effect] {
        let text = line.trimmingSpaces
        let yes: Bool
        if text.isEmpty {
            yes = true
        } else if case .success(let r) = Understand.yesNo(text) {
            yes = r.value
        } else {
            return [.say(.refused(.resume, .notUnderstood(.yesNo), said: text, attempt: 1)), ask(.resume)]
        }
        guard let draft else { return [askNext()] }
        question = nil
        if yes {
            answers = draft
            return [.say(.resumed(draft))] + afterAnswer()
        }
        return [.setDraftAside(draft), .say(.freshStart), askNext()]
    }
}
