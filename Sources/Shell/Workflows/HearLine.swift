import Foundation
import PlanReport
import Planner
import Prompts
import Understanding

/// `salesplan hear`: what one line is heard as, given the question open; nothing kept, nothing written.
public struct HearLine {
    let text: String
    let question: Slot
    let asOf: Day
    let json: Bool

    public init(text: String, question: Slot, asOf: Day, json: Bool) {
        self.text = text
        self.question = question
        self.asOf = asOf
        self.json = json
    }

    public func run(words: PromptBook) -> Outcome {
        var outcome = Outcome()
        if text.utf8.count > Misunderstanding.longestAnswer {
            outcome.fail(ProblemWords(words: words).refusal(.tooLong(text.utf8.count), kind: AnswerKind.name.rawValue), .badInput)
            return outcome
        }
        let heard = Hearing.read(text, Hearing.Context(asOf: asOf, question: question))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(HeardReport(heard)), let out = String(data: data, encoding: .utf8) else {
                outcome.fail(words.text("hear.cannot_encode"), .files)
                return outcome
            }
            outcome.say(out)
            return outcome
        }
        let talk = InterviewWords(words: words)
        if let command = heard.command { outcome.say(words.text("hear.command", ["name": command.name])) }
        if !heard.fills.isEmpty { outcome.say(talk.say(.readBack(heard.fills))) }
        for channel in heard.channels { outcome.say(talk.say(.channelAdded(channel))) }
        if !heard.channelNames.isEmpty { outcome.say(talk.say(.channelsNamed(heard.channelNames))) }
        for refusal in heard.refusals { outcome.say(talk.say(.refusedOther(refusal.slot, refusal.why, said: refusal.said))) }
        for leftover in heard.unplaced { outcome.say(words.text("hear.unplaced", ["said": leftover.text])) }
        if heard.asks { outcome.say(words.text("hear.asks")) }
        if heard.dontKnow { outcome.say(words.text("hear.dont_know")) }
        if outcome.stdout.isEmpty { outcome.say(words.text("hear.nothing")) }
        return outcome
    }
}
