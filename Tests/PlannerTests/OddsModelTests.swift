import Foundation
import TestSupport
import Testing

@testable import Planner

/// The simulated odds against an independent simulation written the slow, plain way: every meeting and every
/// opportunity a coin, every deal its own size, the ratios drawn by inverting their Beta distribution on a grid.
struct OddsModelTests {
    /// The worked example with a deal-size spread of 0.6 and ratios known from 50 past cases each.
    static let workedExample = OddsModel(
        need: 1_200_000, dealSize: 30_000, meetingToOpportunity: 0.5, closeRate: 0.25,
        evidence: OddsEvidence(
            meetingTrials: 50, meetingTrialsFrom: .history, closeTrials: 50, closeTrialsFrom: .history,
            dealSizeCV: 0.6, dealSizeCVFrom: .history),
        openByCount: 10)

    static let cases: [(String, OddsModel, [Int])] = [
        ("worked example", workedExample, [250, 343, 450]),
        (
            "a few large deals, ratios only said",
            OddsModel(
                need: 300_000, dealSize: 100_000, meetingToOpportunity: 0.4, closeRate: 0.3, evidence: OddsEvidence(),
                openByCount: 0), [20, 45, 90]
        ),
        (
            "a pipeline known deal by deal",
            OddsModel(
                need: 500_000, dealSize: 40_000, meetingToOpportunity: 0.35, closeRate: 0.2,
                evidence: OddsEvidence(meetingTrials: 30, closeTrials: 25, dealSizeCV: 0.4),
                open: [
                    OpenOpportunity(amount: 120_000, probability: 0.6), OpenOpportunity(amount: 80_000, probability: 0.2),
                    OpenOpportunity(probability: 0.9), OpenOpportunity(),
                ],
                openByCount: 3), [60, 120, 200]
        ),
    ]

    @Test(arguments: TestDepth.sample(Array(cases.indices), quick: 1))
    func theChanceMatchesAPlainSimulationWithinOneAndAHalfPoints(index: Int) {
        let (_, model, meetingCounts) = Self.cases[index]
        let needed = MeetingsNeeded(model)
        let plain = PlainSimulation(model: model)
        for meetings in TestDepth.sample(meetingCounts, quick: 1) {
            let simulated = needed.chance(meetings: meetings), independent = plain.chance(meetings: meetings)
            #expect(
                abs(simulated - independent) <= 0.015,
                "\(Self.cases[index].0), \(meetings) meetings: model \(simulated), plain \(independent)")
        }
    }

    @Test func theWorkedExampleWithRealSpreadIsFarFromEightyPercentAtNineAWeek() throws {
        let needed = MeetingsNeeded(Self.workedExample)
        let weeks = 343.0 / 9
        let chance = needed.chance(meetings: Int((9 * weeks).rounded(.down)))
        #expect(chance > 0.5 && chance < 0.65, "\(chance)")
        let weekly = try #require(needed.weeklyMeetings(forChance: 0.8, weeks: weeks))
        #expect((11...13).contains(weekly))
        guard TestDepth.full else { return }
        let plain = PlainSimulation(model: Self.workedExample, draws: 10_000)
        #expect(plain.chance(meetings: Int((Double(weekly) * weeks).rounded(.down))) >= 0.785)
        #expect(plain.chance(meetings: Int((Double(weekly - 1) * weeks).rounded(.down))) < 0.815)
    }

    @Test func theSameSeedGivesTheSameOdds() {
        let a = MeetingsNeeded(Self.workedExample), b = MeetingsNeeded(Self.workedExample)
        #expect(a.chance(meetings: 300) == b.chance(meetings: 300))
        #expect(a.meetings(forChance: 0.8) == b.meetings(forChance: 0.8))
    }

    @Test func aGoalAlreadyCoveredIsCertainAndNoMeetingIsNeeded() {
        var model = Self.workedExample
        model.need = 0
        let needed = MeetingsNeeded(model)
        #expect(needed.chance(meetings: 0) == 1)
        #expect(needed.weeklyMeetings(forChance: 0.8, weeks: 30) == 0)
    }

    @Test func aRangeOfDealSizesGivesTheSpread() {
        #expect(OddsEvidence.dealSizeCV(low: 10_000, high: 60_000, mean: 30_000) == 50_000.0 / 4 / 30_000)
    }
}
