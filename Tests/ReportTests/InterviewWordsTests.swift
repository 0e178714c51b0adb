import Interview
import Planner
import Testing
import Understanding

@testable import PlanReport

/// Every message and question the interview can produce has words in Prompts/ (a missing key shows as `[key]`).
struct InterviewWordsTests {
    let talk = InterviewWords(words: words)

    var answers: Answers {
        var a = Answers()
        a.values[.rep] = .text("Mark Rivera")
        a.values[.dealSize] = .money(30_000)
        a.channels = [ChannelDraft(name: "calls", attemptsPerMeeting: 40, share: 0.5, minutesPerAttempt: 3)]
        return a
    }

    func noMissingKeys(_ text: String, _ what: String) {
        let missing = text.range(of: #"\[[a-z_]+(\.[a-z_0-9]+)+\]"#, options: .regularExpression)
        #expect(missing == nil, "\(what): \(text)")
        #expect(!text.isEmpty, "\(what) is empty")
    }

    @Test func everyMessageHasWords() {
        let fill = Fill(slot: .dealSize, value: .money(25_000), said: "20-30k", range: 20_000...30_000)
        let questions: [Question] =
            Slot.allCases.map { .slot($0) }
            + [.channelAttempts(0), .moreChannels, .shares, .confirm, .resume, .restart]
        var messages: [Message] = [
            .welcome, .readBack([fill]), .changed(fill, was: .money(10_000)), .incomeRoute,
            .channelAdded(answers.channels![0]), .channelsNamed(["calls", "emails"]), .sharesSettled(answers.channels!),
            .refusedOther(.closeRate, .notUnderstood(.rate), said: "lots"), .summary(answers, nil),
            .finishing([Fill(slot: .closedToDate, value: .money(0), said: ""), Fill(slot: .manager, value: .text(""), said: "")]),
            .nothingToGoBackTo, .changeWhich, .restarted, .notRestarted,
            .resumed(answers), .freshStart, .quitting, .gaveUp(misses: 5),
            .cannotPlan(.asOfAfterPeriod(asOf: Day(iso: "2027-07-01")!, end: Day(iso: "2027-06-30")!)),
            .sharesAsked(answers.channels!, total: 1.2),
            .blocksShort(TimeBlocks(blocks: [TimeBlock(weekday: 2, start: 540, end: 660)], suggested: false, activityMinutes: 480)),
        ]
        for q in questions {
            messages += [
                .refused(q, .notUnderstood(.rate), said: "x", attempt: 3), .needsAnswer(q), .help(q), .why(q, nil), .why(q, .new),
                .skipped(q, .value(.money(0))), .cannotSkip(q),
            ]
        }
        for message in messages { noMissingKeys(talk.say(message), "\(message)") }
        for q in questions {
            let prompt = Prompt(question: q, number: 3, of: 14, fallback: .required)
            noMissingKeys(talk.question(prompt, answers: answers), "\(q)")
        }
    }

    @Test func aRangeIsReadBackAsItsMidpoint() {
        let fill = Fill(slot: .dealSize, value: .money(25_000), said: "20-30k", range: 20_000...30_000)
        #expect(talk.say(.readBack([fill])) == "Got it: average deal $25,000 (the midpoint of $20,000–$30,000).")
    }

    @Test func questionsShowProgressAndWhatEnterTakes() {
        let prompt = Prompt(question: .slot(.workingDays), number: 11, of: 14, fallback: .value(.days(5)))
        #expect(talk.question(prompt, answers: Answers()) == "[11/14] How many days a week do you sell? [5]")
    }
}
