import CustomDump
import Planner
import TestSupport
import Testing
import Understanding

@testable import Interview

/// The interview's listening policy, each rule with its exact state change and every effect: nothing changed
/// behind the rep's back, no figure dropped, questions answered, "I don't know" met with a usual figure.
struct ListeningPolicyTests {
    /// Every required answer given; the question open is how much is closed so far.
    func atClosedSoFar(starting: [Slot: SlotValue] = [:]) -> Interview {
        var interview = Interview(
            setup: .init(asOf: asOf, catalogue: ["calls": 40, "emails": 80], starting: starting, startingRecalibration: 6))
        _ = interview.start()
        for line in requiredLines { _ = interview.receive(line) }
        return interview
    }

    func prompt(_ interview: Interview, _ q: Question) -> Effect {
        .ask(interview.prompt(for: q))
    }

    @Test func aChangeNotAskedForIsConfirmedAndNoKeepsTheAnswer() {
        var interview = atClosedSoFar()
        #expect(interview.question == .slot(.closedToDate))
        let change = Check.change(Fill(slot: .goal, value: .money(1_500_000), said: "my quota is 1.5M"), was: .money(1_200_000))
        expectDifference(interview) {
            let effects = interview.receive("my quota is 1.5M")
            #expect(effects == [.ask(Prompt(question: .check, number: 7, of: 15, fallback: .no, choices: ["yes", "no"], check: change))])
        } changes: {
            $0.checks = [change]
            $0.question = .check
        }
        let closed = interview.prompt(for: .slot(.closedToDate))
        expectDifference(interview) {
            let effects = interview.receive("no")
            #expect(effects == [.say(.kept(.goal, .money(1_200_000))), .ask(closed)])
        } changes: {
            $0.checks = []
            $0.question = .slot(.closedToDate)
        }
    }

    @Test func yesToTheChangeMakesIt() {
        var interview = atClosedSoFar()
        _ = interview.receive("my quota is 1.5M")
        let fill = Fill(slot: .goal, value: .money(1_500_000), said: "my quota is 1.5M")
        expectDifference(interview) {
            let effects = interview.receive("yes")
            #expect(
                effects == [
                    .say(.changed(fill, was: .money(1_200_000))), .saveDraft(interview.answers), prompt(interview, .slot(.closedToDate)),
                ])
        } changes: {
            $0.checks = []
            $0.answers.values[.goal] = .money(1_500_000)
            $0.answers.said[.goal] = "my quota is 1.5M"
            $0.question = .slot(.closedToDate)
        }
    }

    @Test func saidAsACorrectionTheChangeIsMadeAtOnce() {
        var interview = atClosedSoFar()
        let fill = Fill(slot: .goal, value: .money(1_500_000), said: "actually my quota is 1.5M")
        expectDifference(interview) {
            let effects = interview.receive("actually my quota is 1.5M")
            #expect(
                effects == [
                    .say(.changed(fill, was: .money(1_200_000))), .saveDraft(interview.answers), prompt(interview, .slot(.closedToDate)),
                ])
        } changes: {
            $0.answers.values[.goal] = .money(1_500_000)
            $0.answers.said[.goal] = "actually my quota is 1.5M"
        }
    }

    @Test func timeOffSaidLaterNeverMovesThePeriod() {
        var interview = atClosedSoFar()
        let period = interview.answers.values[.period]
        _ = interview.receive("I'm off four weeks this year")
        #expect(interview.answers.values[.period] == period)
        #expect(interview.answers.values[.weeksOff] == .timeOff(.init(weeks: 4)))
        _ = interview.receive("2 weeks of bootcamp training in feb plus a week off in august")
        #expect(interview.answers.values[.period] == period)
        #expect(interview.question == .check)
    }

    @Test func aFigureNothingPlacedIsAskedAboutWithItsLikelyAnswer() {
        var interview = after(Array(requiredLines.prefix(4)))
        #expect(interview.question == .slot(.closeRate))
        let leftover = Leftover(text: "$60k", kind: .money(60_000, range: nil), tokens: 4..<7)
        expectDifference(interview) {
            let effects = interview.receive("25%, and $60k")
            #expect(
                effects == [
                    .say(.readBack([Fill(slot: .closeRate, value: .rate(0.25), said: "25%")])), .saveDraft(interview.answers),
                    .ask(
                        Prompt(
                            question: .check, number: 5, of: 15, fallback: .yes, choices: ["yes", "no"],
                            check: .leftover(leftover, guess: .closedToDate))),
                ])
        } changes: {
            $0.answers.values[.closeRate] = .rate(0.25)
            $0.answers.said[.closeRate] = "25%"
            $0.checks = [.leftover(leftover, guess: .closedToDate)]
            $0.question = .check
        }
        expectDifference(interview) {
            _ = interview.receive("no")
        } changes: {
            $0.checks = []
            $0.question = .slot(.meetingToOpportunity)
        }
    }

    @Test func aFigureWaitingToBeAskedAboutIsNeverGuessedAsAnAnswerJustGiven() {
        var interview = after(Array(requiredLines.prefix(4)))
        _ = interview.receive("25%, and $60k, $40k")
        let guesses = interview.checks.map { check -> Slot? in if case .leftover(_, let guess) = check { guess } else { nil } }
        #expect(guesses == [.closedToDate, .closedToDate])
        _ = interview.receive("yes")
        #expect(interview.answers.values[.closedToDate] == .money(60_000))
        guard case .leftover(let l, let guess)? = interview.checks.first else {
            Issue.record("no second check")
            return
        }
        #expect(l.text == "$40k")
        #expect(guess == nil)
    }

    @Test func yesPutsTheFigureWhereItWasGuessed() {
        var interview = after(Array(requiredLines.prefix(3)))
        _ = interview.receive("30k, and 40%")
        #expect(interview.question == .check)
        let effects = interview.receive("yes")
        #expect(effects.messages == [.readBack([Fill(slot: .closeRate, value: .rate(0.4), said: "40%")])])
        #expect(interview.answers.values[.closeRate] == .rate(0.4))
    }

    @Test func aFigureWithNoLikelyAnswerIsLeftOutOnEnter() {
        var interview = atClosedSoFar()
        _ = interview.receive("none so far, and 14")
        #expect(interview.answers.values[.closedToDate] == .money(0))
        guard case .leftover(let l, nil)? = interview.checks.first else {
            Issue.record("no leftover asked: \(interview.checks)")
            return
        }
        #expect(l.text == "14")
        #expect(interview.prompt(for: .check).fallback == .leaveOut)
        let effects = interview.receive("")
        #expect(effects.messages == [.leftOut("14")])
        #expect(interview.question == .slot(.openOpportunities))
    }

    @Test func aQuestionIsAnsweredNotTakenAsAnAnswer() {
        var interview = after(["Mark Rivera"])
        let unchanged = interview
        let effects = interview.receive("what does that mean? like her quota period?")
        #expect(effects == [.say(.explain(.slot(.period), nil)), prompt(interview, .slot(.period))])
        expectNoDifference(interview, unchanged)
    }

    @Test func askingWhatIsNormalForARatioOffersTheUsualFigure() {
        var interview = atClosedSoFar(starting: [.closeRate: .rate(0.2)])
        _ = interview.receive("back")
        _ = interview.receive("back")
        #expect(interview.question == .slot(.closeRate))
        let effects = interview.receive("what's normal?")
        #expect(effects.messages == [.explain(.slot(.closeRate), .starting(.rate(0.2), weeks: 6))])
    }

    @Test func iDontKnowOffersAStartingFigureNeverZero() throws {
        var interview = Interview(setup: .init(asOf: asOf, starting: [.closeRate: .rate(0.2)], startingRecalibration: 6))
        _ = interview.start()
        for line in requiredLines.prefix(4) { _ = interview.receive(line) }
        let offer = Check.usual(.closeRate, .starting(.rate(0.2), weeks: 6))
        expectDifference(interview) {
            let effects = interview.receive("no idea, she's brand new")
            #expect(
                effects == [
                    .say(.readBack([Fill(slot: .profile, value: .profile(.new), said: "she's brand new")])), .saveDraft(interview.answers),
                    .ask(Prompt(question: .check, number: 5, of: 15, fallback: .yes, choices: ["yes", "no"], check: offer)),
                ])
        } changes: {
            $0.answers.values[.profile] = .profile(.new)
            $0.answers.said[.profile] = "she's brand new"
            $0.checks = [offer]
            $0.question = .check
        }
        expectDifference(interview) {
            _ = interview.receive("yes")
        } changes: {
            $0.checks = []
            $0.answers.values[.closeRate] = .rate(0.2)
            $0.answers.sources[.closeRate] = .starting
            $0.question = .slot(.meetingToOpportunity)
        }
        _ = interview.receive("half")
        _ = interview.receive("that's everything")
        #expect(
            try interview.inputs().assumptions.first { $0.key == "close_rate" }
                == Assumption(key: "close_rate", source: .starting, recalibrateAfterWeeks: 6))
    }

    @Test func aLengthSaidInPassingIsAskedWithNoAsItsDefault() throws {
        var interview = atClosedSoFar()
        _ = interview.receive("none, I've been here 8 weeks")
        let check = try #require(interview.checks.first)
        guard case .leftover(_, let guess) = check else {
            Issue.record("not a leftover: \(check)")
            return
        }
        #expect(guess == .salesCycleWeeks)
        #expect(interview.checkFallback(check) == .no)
        _ = interview.receive("")
        #expect(interview.answers.values[.salesCycleWeeks] == nil)
        #expect(interview.answers.values[.closedToDate] == .money(0))
    }

    @Test func aFigureGivenInReplyToAnOfferIsTheAnswerNotAYes() {
        var interview = Interview(setup: .init(asOf: asOf, starting: [.closeRate: .rate(0.2)], startingRecalibration: 6))
        _ = interview.start()
        for line in requiredLines.prefix(4) { _ = interview.receive(line) }
        _ = interview.receive("not sure")
        #expect(interview.checks == [.usual(.closeRate, .starting(.rate(0.2), weeks: 6))])
        expectDifference(interview) {
            let effects = interview.receive("go with 1 in 3")
            #expect(
                effects == [
                    .say(.readBack([Fill(slot: .closeRate, value: .rate(1.0 / 3), said: "go with 1 in 3")])), .saveDraft(interview.answers),
                    prompt(interview, .slot(.meetingToOpportunity)),
                ])
        } changes: {
            $0.checks = []
            $0.answers.values[.closeRate] = .rate(1.0 / 3)
            $0.answers.said[.closeRate] = "go with 1 in 3"
            $0.question = .slot(.meetingToOpportunity)
        }
    }

    @Test func aCorrectionTheQuestionCannotTakeChangesTheAnswerBefore() {
        var interview = atClosedSoFar()
        let fill = Fill(slot: .meetingToOpportunity, value: .rate(0.4), said: "40%")
        expectDifference(interview) {
            let effects = interview.receive("actually make that 40%")
            #expect(
                effects == [.say(.changed(fill, was: .rate(0.5))), .saveDraft(interview.answers), prompt(interview, .slot(.closedToDate))])
        } changes: {
            $0.answers.values[.meetingToOpportunity] = .rate(0.4)
            $0.answers.said[.meetingToOpportunity] = "40%"
        }
    }

    @Test func aBareAmountTooSmallForDollarsIsAskedAgainKeepingTheRest() {
        var interview = atClosedSoFar()
        expectDifference(interview) {
            let effects = interview.receive("10")
            #expect(
                effects == [
                    .say(.refused(.slot(.closedToDate), .bareSmallAmount(10), said: "10", attempt: 1)),
                    prompt(interview, .slot(.closedToDate)),
                ])
        } changes: {
            $0.misses = 1
        }
    }

    @Test func askingWhatIsNormalBeforeAnsweringOffersTheFigureToTake() {
        var interview = Interview(setup: .init(asOf: asOf, starting: [.closeRate: .rate(0.2)], startingRecalibration: 6))
        _ = interview.start()
        for line in requiredLines.prefix(4) { _ = interview.receive(line) }
        let offer = Check.usual(.closeRate, .starting(.rate(0.2), weeks: 6))
        expectDifference(interview) {
            let effects = interview.receive("what's normal?")
            #expect(
                effects == [
                    .say(.explain(.slot(.closeRate), nil)),
                    .ask(Prompt(question: .check, number: 5, of: 15, fallback: .yes, choices: ["yes", "no"], check: offer)),
                ])
        } changes: {
            $0.checks = [offer]
            $0.question = .check
        }
        expectDifference(interview) {
            _ = interview.receive("ok sure")
        } changes: {
            $0.checks = []
            $0.answers.values[.closeRate] = .rate(0.2)
            $0.answers.sources[.closeRate] = .starting
            $0.question = .slot(.meetingToOpportunity)
        }
    }

    @Test func askingWhatIsNormalAboutAnActivityExplainsIt() {
        var interview = after(requiredLines + ["none", "10", "8 weeks", "6 weeks", "5", "calls and emails"])
        #expect(interview.question == .channelAttempts(0))
        let before = interview
        let asked = interview.receive("what's normal?")
        #expect(asked == [.say(.explain(.channelAttempts(0), nil)), prompt(interview, .channelAttempts(0))])
        expectNoDifference(interview, before)
        let effects = interview.receive("1 in 30?")
        #expect(effects.messages == [.channelAdded(ChannelDraft(name: "calls", attemptsPerMeeting: 30))])
    }

    @Test func anActivitysVolumeAndMeetingsGiveItsRate() {
        var interview = after(requiredLines + ["none", "10", "8 weeks", "6 weeks", "5", "calls and emails", "1 in 30"])
        #expect(interview.question == .channelAttempts(1))
        _ = interview.receive("i send like 200 a week and get maybe 3 meetings from it")
        #expect(interview.answers.channels?.last?.attemptsPerMeeting.map { ($0 * 10).rounded() / 10 } == 66.7)
    }

    @Test func anActivitysRateIsReadWithItsMinutes() {
        var interview = after(requiredLines + ["none", "10", "8 weeks", "6 weeks", "5", "calls and emails"])
        #expect(interview.question == .channelAttempts(0))
        let effects = interview.receive("40 dials per meeting, 3 minutes each")
        #expect(interview.answers.channels?.first == ChannelDraft(name: "calls", attemptsPerMeeting: 40, minutesPerAttempt: 3))
        #expect(effects.messages == [.channelAdded(ChannelDraft(name: "calls", attemptsPerMeeting: 40, minutesPerAttempt: 3))])
        #expect(interview.question == .channelAttempts(1))
    }

    @Test func anActivityCanBeTakenAway() {
        var interview = after(
            requiredLines + ["none", "10", "8 weeks", "6 weeks", "5", "mostly cold calls and emails, she doesn't have referrals yet"])
        #expect(interview.answers.channels?.map(\.name) == ["cold calls", "emails"])
        let effects = interview.receive("remove emails")
        #expect(effects.messages == [.channelRemoved("emails")])
        #expect(interview.answers.channels?.map(\.name) == ["cold calls"])
    }

    @Test func aNameChangedKeepsItsCapitals() {
        var interview = after(["Marcus Bel", "2027"])
        _ = interview.receive("change name to Marcus Bell")
        #expect(interview.answers.rep == "Marcus Bell")
    }

    @Test func twoPeopleInOneLineEachGetTheirRole() {
        let interview = after(["This is Dana Kim, Jamie's manager; Jamie Ortiz is the rep"])
        #expect(interview.answers.rep == "Jamie Ortiz")
        #expect(interview.answers.values[.manager] == .text("Dana Kim"))
    }

    /// With every answer given, a line that says nothing of changing changes none of them: it asks first.
    @Test func noLineChangesAnAnswerWithoutAsking() {
        var lines = TestDepth.sample(Utterance.all, quick: 30).map(\.say)
        lines += TestDepth.sample(Array(1...200), quick: 10).map { FactLines.line(seed: UInt64($0)).text }
        let base = after(requiredLines + ["40k", "10", "8 weeks", "6 weeks", "5", "none", "none", "Dana Cole", "solid"])
        #expect(base.question == .confirm)
        var atBlocks = base
        _ = atBlocks.receive("change time blocks")
        #expect(atBlocks.question == .slot(.timeBlocks))
        for line in lines where Hearing.read(line, current: .timeBlocks, asOf: asOf).corrects == false {
            var interview = atBlocks
            _ = interview.receive(line)
            for slot in Slot.allCases where slot != .timeBlocks && slot != .channels {
                guard let before = atBlocks.answers.values[slot] else { continue }
                #expect(interview.answers.values[slot] == before, "\(line): \(slot.rawValue) changed without asking")
            }
        }
    }
}

/// At the summary, what would re-base the plan or drop time already off is asked, never taken silently.
struct SummaryChangeTests {
    func atSummary(_ extra: [String]) -> Interview {
        var interview = started()
        for line in requiredLines + extra { _ = interview.receive(line) }
        while interview.question != .confirm, interview.question != nil {
            if interview.receive("").isEmpty { break }
        }
        return interview
    }

    @Test func aDateRangeSaidAtTheSummaryIsTimeOffNotANewPeriod() {
        var interview = atSummary([])
        #expect(interview.question == .confirm)
        let effects = interview.receive("the easter week is mar 29 - apr 2")
        // Time off was 0 weeks (skipped): said now, it is asked about like any change, and the period is untouched.
        #expect(effects.asked == .check)
        #expect(interview.answers[.period] == .period(year2027))
        _ = interview.receive("yes")
        guard case .timeOff(let off)? = interview.answers[.weeksOff] else {
            Issue.record("no time off")
            return
        }
        #expect(off.dates == [DatesOff(from: Day(year: 2027, month: 3, day: 29)!, to: Day(year: 2027, month: 4, day: 2)!)])
    }

    @Test func moreTimeOffCanBeAddedToWhatWasSaid() {
        var interview = atSummary([])
        _ = interview.receive("change time off")
        _ = interview.receive("off Aug 2 to 13")
        while interview.question != .confirm, interview.question != nil { if interview.receive("").isEmpty { break } }
        let effects = interview.receive("also out dec 20-31")
        #expect(effects.asked == .check, "a second holiday is asked about, not put in the first one's place")
        _ = interview.receive("no, both")
        guard case .timeOff(let off)? = interview.answers[.weeksOff] else {
            Issue.record("no time off")
            return
        }
        #expect(off.weeks(workingDaysPerWeek: 5) == 4, "Aug 2–13 and Dec 20–31, ten selling days each")
        #expect(off.dates.count == 2)
    }
}
