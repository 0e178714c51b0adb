import Planner

/// Where the funnel leaks, each stage's shortfall measured in deals, against the plan's weekly targets and ratios.
public struct Diagnosis: Equatable, Sendable {
    public enum Leak: String, Equatable, Sendable, Codable, CaseIterable {
        case activityVolume = "activity_volume"
        case activityConversion = "activity_conversion"
        case meetingToOpportunity = "meeting_to_opportunity"
        case closeRate = "close_rate"
        case dealSize = "deal_size"
        case none
    }

    /// One stage's shortfall, in its own unit and in deals.
    public struct Gap: Equatable, Sendable, Codable {
        public var leak: Leak
        /// Meetings (activity gaps), opportunities, deals, or revenue (deal size).
        public var amount: Double
        public var deals: Double
        /// The activity the gap is biggest in, for the activity gaps.
        public var channel: String?
    }

    /// A stage short by less than this many deals is not a leak.
    public static let threshold = 0.25

    public var weeks: Int
    public var gaps: [Gap]
    public var biggest: Gap

    public init(plan: Plan, totals t: CheckInTotals) {
        let inputs = plan.inputs
        let w = Double(t.weeks)
        let m2o = inputs.meetingToOpportunity, close = inputs.closeRate
        var volume = 0.0, conversion = 0.0
        var volumeBy: [(String, Double)] = [], conversionBy: [(String, Double)] = []
        for (channel, weekly) in zip(inputs.channels, plan.weekly.activities) {
            let attempts = Double(t.attempts(channel.name))
            let v = (w * Double(weekly.count) - attempts) / channel.attemptsPerMeeting
            let c = attempts / channel.attemptsPerMeeting - Double(t.booked(channel.name))
            volume += v
            conversion += c
            volumeBy.append((channel.name, v))
            conversionBy.append((channel.name, c))
        }
        let opportunities = Double(t.meetingsHeld) * m2o - Double(t.opportunitiesCreated)
        let deals = Double(t.dealsWon + t.dealsLost) * close - Double(t.dealsWon)
        let revenue = Double(t.dealsWon) * inputs.dealSize - t.revenueClosed
        gaps = [
            Gap(
                leak: .activityVolume, amount: volume, deals: volume * m2o * close,
                channel: volumeBy.max { $0.1 < $1.1 }?.0),
            Gap(
                leak: .activityConversion, amount: conversion, deals: conversion * m2o * close,
                channel: conversionBy.max { $0.1 < $1.1 }?.0),
            Gap(leak: .meetingToOpportunity, amount: opportunities, deals: opportunities * close),
            Gap(leak: .closeRate, amount: deals, deals: deals),
            Gap(leak: .dealSize, amount: revenue, deals: revenue / inputs.dealSize),
        ]
        weeks = t.weeks
        let worst = gaps.max { $0.deals < $1.deals }
        if let worst, worst.deals >= Self.threshold {
            biggest = worst
        } else {
            biggest = Gap(leak: .none, amount: 0, deals: 0)
        }
    }
}
