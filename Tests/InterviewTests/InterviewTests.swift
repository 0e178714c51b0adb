import CustomDump
import Planner
import Testing
import Understanding

@testable import Interview

/// Each behaviour of the interview with its exact state change: anything else changing fails the test.
struct InterviewTests {
    @Test func itOpensWithAWelcomeAndTheFirstQuestion() {
        var interview = Interview(setup: .init(asOf: asOf))
        let effects = interview.start()
        #expect(
            effects == [
                .say(.welcome),
                .ask(
                    Prompt(
                        question: .slot(.rep), number: 1, of: 15, fallback: .required, choices: interview.prompt(for: .slot(.rep)).choices)),
            ])
        #expect(interview.question == .slot(.rep))
    }

    @Test func aBareAnswerIsReadInTheQuestionsContext() {
        var interview = after(Array(requiredLines.prefix(4)))
        #expect(interview.question == .slot(.closeRate))
        expectDifference(interview) {
            _ = interview.receive("25")
        } changes: {
            $0.answers.values[.closeRate] = .rate(0.25)
            $0.answers.said[.closeRate] = "25"
            $0.question = .slot(.meetingToOpportunity)
        }
    }

    @Test func oneLineFillsEverythingItTalksAboutAndTheQuestionIsAskedAgain() {
        var interview = after(["Mark Rivera"])
        let effects = interview.receive("my quota is 1.2M for 2027 and deals average 30k")
        #expect(interview.answers.values[.goal] == .money(1_200_000))
        #expect(interview.answers.values[.period] == .period(year2027))
        #expect(interview.answers.values[.dealSize] == .money(30_000))
        #expect(interview.question == .slot(.closeRate))
        guard case .readBack(let fills) = effects.messages.first else {
            Issue.record("no read-back: \(effects)")
            return
        }
        #expect(fills.map(\.slot) == [.goal, .period, .dealSize])
    }

    @Test func anAnswerForAnotherQuestionIsNeverTakenForTheCurrentOne() {
        var interview = after(Array(requiredLines.prefix(4)))
        expectDifference(interview) {
            let effects = interview.receive("the sales cycle is around 8 weeks")
            #expect(effects.asked == .slot(.closeRate))
        } changes: {
            $0.answers.values[.salesCycleWeeks] = .weeks(8)
            $0.answers.said[.salesCycleWeeks] = "the sales cycle is around 8 weeks"
        }
    }

    @Test func aCorrectionKeepsEveryOtherAnswer() {
        var interview = after(Array(requiredLines.prefix(5)))
        expectDifference(interview) {
            let effects = interview.receive("actually my deal size is 35k")
            #expect(effects.messages.contains { if case .changed(_, was: .money(30_000)) = $0 { true } else { false } })
        } changes: {
            $0.answers.values[.dealSize] = .money(35_000)
            $0.answers.said[.dealSize] = "actually my deal size is 35k"
        }
    }

    @Test func refusalsEscalateAndEachSaysWhatWasWrong() {
        var interview = after(Array(requiredLines.prefix(4)))
        var attempts: [Int] = []
        for line in ["lots", "plenty", "a bunch"] {
            let before = interview
            let effects = interview.receive(line)
            for message in effects.messages {
                if case .refused(.slot(.closeRate), _, _, let attempt) = message { attempts.append(attempt) }
            }
            var expected = before
            expected.misses += 1
            expectNoDifference(interview, expected)
        }
        #expect(attempts == [1, 2, 3])
        _ = interview.receive("30%")
        #expect(interview.misses == 0)
    }

    @Test func withNoOneAtATerminalRefusalsEndTheSessionKeepingTheDraft() {
        var interview = after(["Mark Rivera"], maxMisses: 3)
        _ = interview.receive("zzz")
        _ = interview.receive("zzz")
        let effects = interview.receive("zzz")
        #expect(effects.suffix(3) == [.saveDraft(interview.answers), .say(.gaveUp(misses: 3)), .end(.gaveUp)])
        #expect(interview.ending == .gaveUp)
        #expect(interview.question == nil)
        #expect(interview.receive("2027") == [])
    }

    @Test func aLineFarLongerThanAnyAnswerIsRefusedUnreadAndCountsAsAMiss() {
        var interview = after(Array(requiredLines.prefix(4)))
        // A paste gone wrong that happens to hold a valid answer: still not read.
        let pasted = "30% " + String(repeating: "x", count: Misunderstanding.longestAnswer)
        expectDifference(interview) {
            let effects = interview.receive(pasted)
            #expect(
                effects.messages.contains {
                    if case .refused(.slot(.closeRate), .tooLong(pasted.utf8.count), _, 1) = $0 { true } else { false }
                })
        } changes: {
            $0.misses = 1
        }
        let exactlyTheLimit = "30%" + String(repeating: " ", count: Misunderstanding.longestAnswer - 3)
        _ = interview.receive(exactlyTheLimit)
        #expect(interview.answers.values[.closeRate] == .rate(0.3))
    }

    @Test func helpWhyAndSummaryChangeNothing() {
        var interview = after(Array(requiredLines.prefix(3)))
        for command in ["help", "/why", "summary", "why?"] {
            let unchanged = interview
            _ = interview.receive(command)
            expectNoDifference(interview, unchanged)
        }
        var fresh = after(["Mark Rivera"])
        #expect(fresh.receive("why").messages == [.why(.slot(.period), nil)])
    }

    @Test func backAsksThePreviousQuestionAndKeepsLaterAnswers() {
        var interview = after(Array(requiredLines.prefix(4)))
        expectDifference(interview) {
            let effects = interview.receive("back")
            #expect(effects == [.ask(interview.prompt(for: .slot(.dealSize)))])
            #expect(interview.prompt(for: .slot(.dealSize)).fallback == .current(.money(30_000)))
        } changes: {
            $0.question = .slot(.dealSize)
        }
        // Enter keeps the answer and returns to the first open question.
        _ = interview.receive("")
        #expect(interview.question == .slot(.closeRate))
        #expect(interview.answers.values[.dealSize] == .money(30_000))
    }

    @Test func changeAsksAgainOrTakesTheNewValueAtOnce() {
        var interview = after(requiredLines)
        expectDifference(interview) {
            _ = interview.receive("change close rate")
        } changes: {
            $0.question = .slot(.closeRate)
        }
        expectDifference(interview) {
            _ = interview.receive("/change deal size to 40k")
        } changes: {
            $0.answers.values[.dealSize] = .money(40_000)
            $0.answers.said[.dealSize] = "40k"
            $0.question = .slot(.closedToDate)
        }
    }

    @Test func skipTakesTheDefaultOnlyWhereThereIsOne() {
        var interview = after(requiredLines)
        #expect(interview.question == .slot(.closedToDate))
        expectDifference(interview) {
            let effects = interview.receive("skip")
            #expect(effects.messages == [.skipped(.slot(.closedToDate), .value(.money(0)))])
        } changes: {
            $0.answers.values[.closedToDate] = .money(0)
            $0.answers.sources[.closedToDate] = .defaulted
            $0.question = .slot(.openOpportunities)
        }
        var required = after(["Mark Rivera"])
        let unchanged = required
        #expect(required.receive("skip").messages == [.cannotSkip(.slot(.period))])
        expectNoDifference(required, unchanged)
    }

    @Test func enterTakesTheDefaultInBrackets() {
        var interview = after(requiredLines + ["", "", ""])
        #expect(interview.question == .slot(.weeksOff))
        expectDifference(interview) {
            _ = interview.receive("")
        } changes: {
            $0.answers.values[.weeksOff] = .timeOff(.init(weeks: 0))
            $0.answers.sources[.weeksOff] = .defaulted
            $0.question = .slot(.workingDays)
        }
        var required = after([])
        let unchanged = required
        #expect(required.receive("").messages == [.needsAnswer(.slot(.rep))])
        expectNoDifference(required, unchanged)
    }

    @Test func restartAsksFirstThenForgetsEverything() {
        var interview = after(Array(requiredLines.prefix(3)))
        _ = interview.receive("restart")
        #expect(interview.question == .restart)
        var keep = interview
        _ = keep.receive("no")
        #expect(keep.question == .slot(.dealSize))
        #expect(keep.answers.values.count == 3)
        expectDifference(interview) {
            _ = interview.receive("yes")
        } changes: {
            $0.answers = Answers()
            $0.question = .slot(.rep)
            $0.returnTo = nil
        }
    }

    @Test func quitKeepsTheDraftAndEnds() {
        var interview = after(Array(requiredLines.prefix(2)))
        let answers = interview.answers
        let effects = interview.receive("quit")
        #expect(effects == [.saveDraft(answers), .say(.quitting), .end(.quit)])
        #expect(interview.ending == .quit)
    }

    @Test func thatsEverythingFillsDefaultsAndShowsTheSummary() {
        var interview = after(requiredLines)
        let effects = interview.receive("that's everything")
        #expect(interview.question == .confirm)
        guard case .finishing(let fills) = effects.messages.first else {
            Issue.record("no finishing message")
            return
        }
        #expect(
            fills.map(\.slot) == [
                .closedToDate, .openOpportunities, .salesCycleWeeks, .weeksOff, .workingDays, .channels, .timeBlocks, .manager,
                .profile,
            ])
        #expect(fills.first?.value == .money(0))
        guard case .summary(_, let plan?) = effects.messages.last else {
            Issue.record("no summary with a plan")
            return
        }
        #expect(plan.totals.deals == 40)
        #expect(interview.answers.channels == [])
    }

    @Test func thatsEverythingStillAsksWhatIsRequired() {
        var interview = after(["Mark Rivera", "2027"])
        let effects = interview.receive("that's everything")
        #expect(effects.asked == .slot(.goal))
    }

    @Test func yesSavesThePlanTheAnswersMake() throws {
        var interview = after(requiredLines + ["that's everything"])
        let effects = interview.receive("yes")
        guard case .savePlan(let inputs) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(effects.last == .end(.saved))
        #expect(inputs.goal == 1_200_000)
        #expect(inputs.dealSize == 30_000)
        #expect(inputs.closeRate == 0.25)
        #expect(inputs.workingDays == 5)
        #expect(inputs.assumptions.first { $0.key == "close_rate" } == Assumption(key: "close_rate", source: .given, said: "1 in 4"))
        #expect(inputs.assumptions.first { $0.key == "weeks_off" } == Assumption(key: "weeks_off", source: .defaulted))
    }

    @Test func noAtTheSummaryAsksWhatToChange() {
        var interview = after(requiredLines + ["that's everything"])
        let unchanged = interview
        #expect(interview.receive("no").messages == [.changeWhich])
        expectNoDifference(interview, unchanged)
        _ = interview.receive("my close rate is 30%")
        #expect(interview.question == .confirm)
        #expect(interview.answers.values[.closeRate] == .rate(0.3))
    }

    @Test func theIncomeRouteAsksBaseAndCommission() throws {
        var interview = after(["Sam Okafor", "H2 2027"])
        let effects = interview.receive("I want to earn $180k")
        #expect(effects.messages.contains(.incomeRoute))
        #expect(interview.question == .slot(.baseSalary))
        #expect(interview.prompt(for: .slot(.baseSalary)).of == 17)
        _ = interview.receive("60000")
        _ = interview.receive("10%")
        #expect(interview.question == .slot(.dealSize))
        _ = interview.receive("8k")
        _ = interview.receive("30%")
        _ = interview.receive("60%")
        #expect(try interview.inputs().goal == 1_200_000)
        #expect(try interview.inputs().assumptions.first { $0.key == "goal" }?.source == .derived)
    }

    @Test func namedChannelsAreTalkedThroughWithDefaults() {
        var interview = after(requiredLines + ["", "", "", "", ""])
        #expect(interview.question == .slot(.channels))
        _ = interview.receive("calls, emails and referrals")
        #expect(interview.answers.channels?.map(\.name) == ["calls", "emails", "referrals"])
        #expect(interview.question == .channelAttempts(0))
        #expect(interview.prompt(for: .channelAttempts(0)).fallback == .attempts(40))
        _ = interview.receive("")
        #expect(interview.answers.channels?[0].attemptsPerMeeting == 40)
        _ = interview.receive("1 in 100")
        #expect(interview.answers.channels?[1].attemptsPerMeeting == 100)
        #expect(interview.prompt(for: .channelAttempts(2)).fallback == .required)
        _ = interview.receive("3 asks per meeting")
        #expect(interview.question == .moreChannels)
        _ = interview.receive("no")
        #expect(interview.question == .slot(.timeBlocks))
        // No activity has a time per attempt yet, so the plan has no blocks to suggest.
        #expect(interview.prompt(for: .slot(.timeBlocks)).fallback == .none)
        _ = interview.receive("that's everything")
        #expect(interview.answers.channels?.compactMap(\.share).count == 3)
    }

    @Test func sharesThatDoNotMakeAHundredAreSettledWithTheRep() {
        var interview = after(requiredLines + ["calls: 40 per meeting, 70% of meetings", "emails: 1 in 80, 50% of meetings"])
        let asked = interview.receive("that's everything")
        #expect(asked.messages.contains { if case .sharesAsked(_, let total) = $0 { abs(total - 1.2) < 1e-9 } else { false } })
        #expect(interview.question == .shares)
        _ = interview.receive("scale")
        #expect(interview.question == .confirm)
        let shares = interview.answers.channels?.compactMap(\.share) ?? []
        #expect(abs(shares[0] - 0.7 / 1.2) < 1e-9)
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
        var given = after(
            requiredLines + [
                "calls: 40 per meeting, 70% of meetings", "emails: 1 in 80, 50% of meetings", "that's everything",
            ])
        _ = given.receive("calls 60%, emails 40%")
        #expect(given.answers.channels?.compactMap(\.share) == [0.6, 0.4])
    }

    @Test func aDraftIsOfferedAndResumedOrDiscarded() {
        let draft = after(Array(requiredLines.prefix(3))).answers
        var interview = Interview(setup: .init(asOf: asOf))
        _ = interview.start(draft: draft)
        #expect(interview.question == .resume)
        var resumed = interview
        _ = resumed.receive("yes")
        #expect(resumed.answers == draft)
        #expect(resumed.question == .slot(.dealSize))
        let effects = interview.receive("no")
        #expect(effects.first == .setDraftAside(draft))
        #expect(interview.answers == Answers())
        #expect(interview.question == .slot(.rep))
    }

    @Test func theEndOfInputKeepsTheDraft() {
        var interview = after(Array(requiredLines.prefix(2)))
        let answers = interview.answers
        #expect(interview.endOfInput() == [.saveDraft(answers), .say(.quitting), .end(.inputEnded)])
    }

    @Test func endingBeforeAnyAnswerKeepsNoDraftAndSaysNoneIsKept() {
        var interview = after([])
        #expect(interview.endOfInput() == [.end(.inputEnded)])
        var quitting = after([])
        #expect(quitting.quit() == [.end(.quit)])
    }

    @Test func everyAcceptedAnswerSavesADraft() {
        var interview = after([])
        let effects = interview.receive("Mark Rivera")
        #expect(effects.contains(.saveDraft(interview.answers)))
        let refused = interview.receive("sometime")
        #expect(!refused.contains { if case .saveDraft = $0 { true } else { false } })
    }

    @Test func progressCountsTheQuestionsOfTheRoute() {
        let interview = after(Array(requiredLines.prefix(3)))
        let prompt = interview.prompt(for: .slot(.dealSize))
        #expect(prompt.number == 4)
        #expect(prompt.of == 15)
        #expect(interview.prompt(for: .slot(.workingDays)).fallback == .value(.days(5)))
        #expect(interview.prompt(for: .slot(.profile)).choices.contains("solid"))
    }
}

/// Profiles: over-achievers are offered stretch goals; why notes carry the profile.
struct ProfileTests {
    @Test func anOverAchieverSeesStretchGoalsAndCanPickOne() throws {
        // The profile is heard out of turn; the summary offers the stretch.
        var fresh = after(requiredLines + ["she's an over-achiever"])
        let messages = fresh.receive("that's everything").messages
        guard case .stretch(let options) = messages.last else {
            Issue.record("no stretch options: \(messages)")
            return
        }
        #expect(options.map(\.percent) == [1.10, 1.15, 1.20, 1.25])
        #expect(options.map(\.goal) == [1_320_000, 1_380_000, 1_440_000, 1_500_000])
        #expect(zip(options, options.dropFirst()).allSatisfy { $0.weeklyMeetings <= $1.weeklyMeetings })
        expectDifference(fresh) {
            let effects = fresh.receive("stretch 115%")
            #expect(
                effects.messages.first == .stretched(Stretch(percent: 1.15, goal: 1_380_000, weeklyMeetings: 0, chance: 0), base: 1_200_000)
            )
        } changes: {
            $0.answers.values[.goal] = .money(1_380_000)
            $0.answers.said[.goal] = "stretch 115%"
            $0.answers.stretchedFrom = 1_200_000
        }
        #expect(try fresh.inputs().goal == 1_380_000)
        // The list shown again is of the goal given, and a second stretch replaces the first: 120% of $1.2M, not of $1.38M.
        let again = fresh.receive("stretch 120%")
        #expect(again.messages.first == .stretched(Stretch(percent: 1.2, goal: 1_440_000, weeklyMeetings: 0, chance: 0), base: 1_200_000))
        guard case .stretch(let shown)? = again.messages.last(where: { if case .stretch = $0 { true } else { false } }) else {
            Issue.record("no stretch options after a stretch")
            return
        }
        #expect(shown.map(\.goal) == [1_320_000, 1_380_000, 1_440_000, 1_500_000])
    }

    @Test func othersAreNotOfferedAStretch() {
        var solid = after(requiredLines + ["profile: solid"])
        #expect(!solid.receive("that's everything").messages.contains { if case .stretch = $0 { true } else { false } })
    }

    @Test func whyCarriesTheProfile() {
        var interview = after(requiredLines + ["I'm a new rep"])
        _ = interview.receive("change close rate")
        #expect(interview.receive("why").messages == [.why(.slot(.closeRate), .new)])
    }
}

/// The prospecting blocks question: read, warned about when short, changed by name.
struct TimeBlocksQuestionTests {
    /// Every answer up to the blocks question, with one timed activity: 320 calls of 3 minutes, 16 h a week.
    func atTheBlocksQuestion() -> Interview {
        after(requiredLines + ["none", "10", "8 weeks", "6 weeks", "5", "calls: 40 dials per meeting, 3 minutes each", "no"])
    }

    @Test func theSuggestionCoversTheWeekAndShortBlocksAreSaidAtOnce() {
        var interview = atTheBlocksQuestion()
        #expect(interview.question == .slot(.timeBlocks))
        #expect(
            interview.prompt(for: .slot(.timeBlocks)).fallback
                == .value(.timeBlocks((1...5).map { TimeBlock(weekday: $0, start: 540, end: 750) })), "16 h over 5 days: 9:00–12:30")
        let tuesThurs: SlotValue = .timeBlocks([TimeBlock(weekday: 2, start: 540, end: 660), TimeBlock(weekday: 4, start: 540, end: 660)])
        expectDifference(interview) {
            let effects = interview.receive("Tuesday and Thursday mornings 9 to 11")
            #expect(
                effects.messages.contains {
                    if case .blocksShort(let blocks) = $0 { blocks.minutes == 240 && blocks.activityMinutes == 960 } else { false }
                })
            // The activities are timed, so the hours for prospecting come next.
            #expect(effects.asked == .slot(.prospectingHours))
        } changes: {
            $0.answers.values[.timeBlocks] = tuesThurs
            $0.answers.said[.timeBlocks] = "Tuesday and Thursday mornings 9 to 11"
            $0.question = .slot(.prospectingHours)
        }
        _ = interview.receive("change time blocks")
        #expect(interview.question == .slot(.timeBlocks))
        let effects = interview.receive("every weekday 9 to 1")
        #expect(interview.answers.values[.timeBlocks] == .timeBlocks((1...5).map { TimeBlock(weekday: $0, start: 540, end: 780) }))
        #expect(!effects.messages.contains { if case .blocksShort = $0 { true } else { false } }, "20 h covers 16 h")
    }
}
