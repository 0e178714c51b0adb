import CustomDump
import Planner
import Testing

@testable import Interview
@testable import Understanding

/// Team defaults: read from team.yaml, taken on "I don't know", offered up front to a new rep.
struct TeamDefaultsTests {
    let source = """
        close_rate: 25%
        meeting_to_opportunity: half
        deal_size: $25,000
        sales_cycle_weeks: 8 weeks
        recalibrate_after_weeks: 6
        channels:
          - {name: calls, attempts_per_meeting: 40, minutes_per_attempt: 3}
          - {name: Door knocks, attempts_per_meeting: 12}
        ramp:
          - {weeks: 4, conversion: 50%}
          - {weeks: 4, conversion: 75%}
        """

    func team() throws -> TeamDefaults {
        try TeamDefaults.read(source, asOf: asOf).get()
    }

    @Test func theFileIsReadWithTheInterviewsReaders() throws {
        let t = try team()
        #expect(t.values[.closeRate] == .rate(0.25))
        #expect(t.values[.meetingToOpportunity] == .rate(0.5))
        #expect(t.values[.dealSize] == .money(25_000))
        #expect(t.values[.salesCycleWeeks] == .weeks(8))
        #expect(t.catalogue == ["calls": 40, "door knocks": 12])
        #expect(t.ramp == [.init(weeks: 4, conversion: 0.5), .init(weeks: 4, conversion: 0.75)])
    }

    @Test func aYearsTimeOffIsScaledToTheQuarterPlanned() throws {
        let team = try TeamDefaults.read("weeks_off: 4 weeks\n", asOf: asOf).get()
        var interview = Interview(setup: .init(asOf: asOf, team: team))
        _ = interview.start()
        for line in ["Mark Rivera", "Q1 2027", "$300k", "30k", "1 in 4", "half"] { _ = interview.receive(line) }
        _ = interview.receive("that's everything")
        // Jan 1 – Mar 31, 2027 is 90 days: 4 weeks a year × 90 ÷ 365.25 = 0.99 weeks, not 4 (a month) in a quarter.
        guard case .timeOff(let off)? = interview.answers[.weeksOff] else {
            Issue.record("no time off taken: \(interview.answers.values)")
            return
        }
        #expect(abs(off.weeks - 4 * 90 / 365.25) < 1e-9)
        #expect(interview.answers.sources[.weeksOff] == .team)
    }

    @Test func aBadFileNamesEachProblem() {
        guard case .failure(let problems) = TeamDefaults.read("close_rate: 150%\nclose_rat: 20%\n", asOf: asOf) else {
            Issue.record("accepted a bad team.yaml")
            return
        }
        #expect(problems.all.map(\.key) == ["close_rate", "close_rat"])
    }

    @Test func aBadActivityRampOrStageIsNamedNotDropped() {
        let source = """
            channels:
              - {name: calls, attempts_per_meeting: lots, minutes_per_attempt: 3}
              - {attempts_per_meeting: 40}
              - just calls
            ramp:
              - {weeks: 4, conversion: half}
              - {weeks: 4}
            stages:
              Discovery: 10%
              Proposal: maybe
            """
        guard case .failure(let problems) = TeamDefaults.read(source, asOf: asOf) else {
            Issue.record("accepted a bad team.yaml")
            return
        }
        #expect(
            problems.all.map(\.key) == [
                "channels[1].attempts_per_meeting", "channels[2].name", "channels[3]", "ramp[2].conversion", "stages.Proposal",
            ])
    }

    func interview(_ lines: [String]) throws -> Interview {
        var interview = Interview(setup: .init(asOf: asOf, team: try team()))
        _ = interview.start()
        for line in lines { _ = interview.receive(line) }
        return interview
    }

    @Test func iDontKnowOffersTheTeamsFigureAndYesTakesIt() throws {
        var interview = try interview(["Mark Rivera", "2027", "$1.2M", "30k"])
        #expect(interview.prompt(for: .slot(.closeRate)).fallback == .team(.rate(0.25)))
        let offer = Check.usual(.closeRate, .team(.rate(0.25), weeks: 6))
        expectDifference(interview) {
            let effects = interview.receive("I don't know")
            #expect(effects == [.ask(Prompt(question: .check, number: 5, of: 15, fallback: .yes, choices: ["yes", "no"], check: offer))])
        } changes: {
            $0.checks = [offer]
            $0.question = .check
        }
        expectDifference(interview) {
            _ = interview.receive("yes")
        } changes: {
            $0.checks = []
            $0.answers.values[.closeRate] = .rate(0.25)
            $0.answers.sources[.closeRate] = .team
            $0.question = .slot(.meetingToOpportunity)
        }
        _ = interview.receive("half")
        _ = interview.receive("that's everything")
        let inputs = try interview.inputs()
        #expect(inputs.ramp == nil)
        #expect(inputs.salesCycleWeeks == 8)
        #expect(
            inputs.assumptions.first { $0.key == "close_rate" }
                == Assumption(key: "close_rate", source: .team, recalibrateAfterWeeks: 6))
        #expect(
            inputs.assumptions.first { $0.key == "sales_cycle_weeks" }
                == Assumption(key: "sales_cycle_weeks", source: .team))
    }

    @Test func aNewRepIsOfferedTheTeamsFiguresUpFront() throws {
        var interview = try interview(["I'm Ana Li, a new rep"])
        #expect(interview.question == .teamDefaults)
        // Another answer waits for the offer; a yes takes the figures.
        _ = interview.receive("Q3 2027")
        #expect(interview.question == .teamDefaults)
        #expect(interview.answers.values[.period] != nil)
        _ = interview.receive("yes")
        #expect(interview.answers.values[.closeRate] == .rate(0.25))
        #expect(interview.answers.sources == [.closeRate: .team, .meetingToOpportunity: .team, .dealSize: .team])
        #expect(interview.question == .slot(.goal))
        _ = interview.receive("400k")
        _ = interview.receive("that's everything")
        #expect(try interview.inputs().ramp == Ramp(steps: [.init(weeks: 4, conversion: 0.5), .init(weeks: 4, conversion: 0.75)]))
        var declined = try self.interview(["I'm Ana Li, a new rep"])
        _ = declined.receive("no")
        #expect(!declined.answers.sources.values.contains(.team))
        #expect(declined.answers.teamOffered)
    }

    @Test func withNoUsualFigureARatioIsExplainedAndAskedAgain() {
        var interview = after(["Mark Rivera", "2027", "$1.2M", "30k"])
        let unchanged = interview
        #expect(interview.receive("I don't know").messages == [.dontKnowNeeded(.slot(.closeRate))])
        expectNoDifference(interview, unchanged)
    }
}
