import CustomDump
import Planner
import Testing
import Tracking
import Understanding

@testable import Interview

/// A 13-week plan: 30 deals of $10k at 25% from 50% of meetings, all from calls at 40 per meeting.
func quarterPlan() throws -> Plan {
    try Planner.plan(
        PlanInputs(
            rep: "Pat Quinn", period: Period(start: Day(iso: "2027-01-04")!, end: Day(iso: "2027-04-04")!), asOf: Day(iso: "2027-01-04")!,
            goal: 300_000, dealSize: 10_000, closeRate: 0.25, meetingToOpportunity: 0.5,
            channels: [Channel(name: "calls", attemptsPerMeeting: 40, share: 1, minutesPerAttempt: 3)]))
}

/// The revisit conversation, each event with its exact state change and every action it returns.
struct RevisitDialogueTests {
    static let today = Day(iso: "2027-02-01")!
    static let weeks = ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"].map {
        CheckIn(
            week: Day(iso: $0)!, activities: [.init(name: "calls", attempts: 500, meetings: 10)], meetingsHeld: 10,
            opportunitiesCreated: 4, dealsWon: 1, dealsLost: 2, revenueClosed: 10_000)
    }

    func started(checkIns: [CheckIn] = weeks) throws -> (RevisitDialogue, [RevisitDialogue.Action]) {
        var dialogue = RevisitDialogue(setup: .init(previous: try quarterPlan(), checkIns: checkIns, today: Self.today))
        let actions = dialogue.start()
        return (dialogue, actions)
    }

    @Test func withCheckInsItSaysWhatItWillDoShowsTheFindingsAndAsksTheRatios() throws {
        let (dialogue, actions) = try started()
        let first = try Revisit(previous: try quarterPlan(), checkIns: Self.weeks, choices: .init(today: Self.today))
        #expect(actions == [.say(.opening(weeksCheckedIn: 4)), .findings(first, fromTotals: false), .askChoice(.ratios, number: 1, of: 5)])
        #expect(dialogue.choosing?.asking == .ratios)
        #expect(dialogue.choosing?.entries.fallbacks[.openOpportunities] == .count(first.plan.inputs.openOpportunities))
    }

    @Test func aQuestionAboutTheRatiosIsExplainedNotTakenAsTheAnswer() throws {
        var (dialogue, _) = try started()
        expectNoDifference(
            dialogue.receive("what does blended mean?"),
            [
                .say(.choice(.explain(.ratios))), .askChoice(.ratios, number: 1, of: 5),
            ])
        expectDifference(dialogue) {
            let actions = dialogue.receive("my own numbers")
            #expect(
                actions == [
                    .say(.choice(.heard([.init(field: .ratios, value: .choice("actual"), was: nil)]))),
                    .saveDraft(.init(choices: dialogue.choosing?.entries)), .askChoice(.openOpportunities, number: 2, of: 5),
                ])
        } changes: {
            $0.choosing?.entries.values[.ratios] = .choice("actual")
            $0.choosing?.asking = .openOpportunities
        }
    }

    @Test func theLastChoiceShowsTheNewPlanAndYesSavesIt() throws {
        var (dialogue, _) = try started()
        _ = dialogue.receive("blended")
        _ = dialogue.receive("that's everything")
        let outlook = try #require(dialogue.outlook)
        #expect(outlook.choices.ratios == .blended)
        expectDifference(dialogue) {
            #expect(dialogue.receive("yes") == [.saveRevision(outlook), .end(.saved)])
        } changes: {
            $0.ending = .saved
        }
    }

    @Test func noKeepsThePlanInForceAndChangeGoesBackToTheChoice() throws {
        var (dialogue, _) = try started()
        _ = dialogue.receive("that's everything")
        var changing = dialogue
        #expect(changing.receive("change the ratios") == [.askChoice(.ratios, number: 1, of: 5)])
        #expect(changing.outlook == nil)
        expectDifference(dialogue) {
            #expect(dialogue.receive("no") == [.say(.notSaved), .end(.declined)])
        } changes: {
            $0.ending = .declined
        }
    }

    @Test func withNoCheckInsItAsksTotalsOverTheWeeksFirst() throws {
        var (dialogue, actions) = try started(checkIns: [])
        #expect(actions == [.say(.opening(weeksCheckedIn: 0)), .askTotal(.weeks, number: 1, of: 8)])
        _ = dialogue.receive("4")
        expectDifference(dialogue) {
            let actions = dialogue.receive("2000 calls, 40 meetings from them, held 40, 16 opps, won 4 lost 8, $40k")
            let entries = dialogue.totals?.entries ?? .init(fields: [], fallbacks: [:])
            #expect(actions.count == 3)
            #expect(actions.dropFirst() == [.saveDraft(.init(totals: entries)), .confirmTotals(entries)])
        } changes: {
            $0.totals?.entries.values = [
                .weeks: .count(4), .attempts("calls"): .count(2000), .booked("calls"): .count(40), .meetingsHeld: .count(40),
                .opportunitiesCreated: .count(16), .dealsWon: .count(4), .dealsLost: .count(8), .revenueClosed: .money(40_000),
            ]
            $0.totals?.isConfirming = true
        }
        let actionsAfterYes = dialogue.receive("yes")
        let spread = TrackingAnswers.spread(
            CheckIn(
                dialogue.draft.totals ?? .init(fields: [], fallbacks: [:]), activities: ["calls"],
                week: Day(iso: "2027-01-25")!), weeks: 4)
        let first = try Revisit(previous: try quarterPlan(), checkIns: spread, choices: .init(today: Self.today))
        #expect(actionsAfterYes == [.findings(first, fromTotals: true), .askChoice(.ratios, number: 1, of: 5)])
        #expect(first.totals.meetingsHeld == 40)
    }

    @Test func quittingKeepsTheTotalsAndChoicesAsADraftToResume() throws {
        var (dialogue, _) = try started(checkIns: [])
        _ = dialogue.receive("3")
        let draft = dialogue.draft
        #expect(dialogue.quit() == [.saveDraft(draft), .end(.quit)])
        var again = RevisitDialogue(setup: .init(previous: try quarterPlan(), checkIns: [], today: Self.today))
        #expect(again.start(draft: draft) == [.say(.opening(weeksCheckedIn: 0)), .offerResume(draft)])
        #expect(again.receive("yes") == [.say(.resumed), .askTotal(.attempts("calls"), number: 2, of: 8)])
        #expect(again.totals?.entries.values[.weeks] == .count(3))
        var declined = RevisitDialogue(setup: .init(previous: try quarterPlan(), checkIns: [], today: Self.today))
        _ = declined.start(draft: draft)
        #expect(declined.receive("no") == [.setDraftAside(draft), .askTotal(.weeks, number: 1, of: 8)])
    }

    @Test func aRatioTakenBackOrTwoAtOnceIsNotTheChoice() throws {
        let listener = RevisitListener(workingDays: 5)
        #expect(listener.hear("planned, the actuals are a fluke", asking: .ratios).facts == [.init(.ratios, .choice("planned"))])
        #expect(listener.hear("not blended, my own", asking: .ratios).facts == [.init(.ratios, .choice("actual"))])
        #expect(listener.hear("actual for calls but planned for everything else", asking: .ratios).facts.isEmpty)
        #expect(listener.hear("about 2 hours a day", asking: .prospectingHours).facts == [.init(.prospectingHours, .hours(10))])
        #expect(listener.hear("10 hours", asking: .prospectingHours).facts == [.init(.prospectingHours, .hours(10))])
    }

    @Test func aChangeSaidAtTheNewPlanIsTakenAndTheNewPlanShown() throws {
        var (dialogue, _) = try started()
        _ = dialogue.receive("that's everything")
        let actions = dialogue.receive("no, hours should be 12")
        #expect(actions.first == .say(.choice(.heard([.init(field: .prospectingHours, value: .hours(12), was: .text(""))]))))
        let outlook = try #require(dialogue.outlook)
        #expect(outlook.choices.prospectingHours == 12)
        #expect(actions.last == .outlook(outlook))
        #expect(dialogue.ending == nil)
    }

    @Test func withNoCheckInsTheWeeksSoFarAreWhatEnterTakes() throws {
        let (dialogue, _) = try started(checkIns: [])
        #expect(dialogue.totals?.entries.fallbacks[.weeks] == .count(4), "Jan 4 to Feb 1")
    }
}
