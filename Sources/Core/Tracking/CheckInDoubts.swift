extension CheckIn {
    /// Figures of a week that don't sit together: said before saving, for a second look, never changed.
    public enum Doubt: Equatable, Sendable {
        /// More meetings booked than attempts made.
        case bookedMoreThanAttempts(activity: String)
        /// More opportunities created than first meetings held.
        case moreOpportunitiesThanMeetings
        /// Revenue closed with no deal won.
        case revenueWithoutDeal
        /// A deal won with no revenue.
        case dealWithoutRevenue
    }

    public var doubts: [Doubt] {
        var out = activities.filter { $0.meetings > $0.attempts }.map { Doubt.bookedMoreThanAttempts(activity: $0.name) }
        if opportunitiesCreated > meetingsHeld { out.append(.moreOpportunitiesThanMeetings) }
        if revenueClosed > 0, dealsWon == 0 { out.append(.revenueWithoutDeal) }
        if dealsWon > 0, revenueClosed == 0 { out.append(.dealWithoutRevenue) }
        return out
    }
}
