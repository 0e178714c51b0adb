/// The contract's funnel worked backwards, one formula each, rounded up as the contract says: revenue to deals,
/// deals to opportunities, opportunities to first meetings, and a total to a count a week or a month.
public enum Funnel {
    /// ⌈revenue ÷ deal size⌉.
    public static func deals(revenue: Double, dealSize: Double) -> Int {
        Rounding.upCount(revenue / dealSize)
    }

    /// ⌈deals ÷ close rate⌉, less the opportunities already open (never below zero).
    public static func opportunities(deals: Int, closeRate: Double, open: Int = 0) -> Int {
        max(0, Rounding.upCount(Double(deals) / closeRate) - open)
    }

    /// ⌈opportunities ÷ meeting→opportunity rate⌉.
    public static func meetings(opportunities: Int, meetingToOpportunity: Double) -> Int {
        Rounding.upCount(Double(opportunities) / meetingToOpportunity)
    }

    /// ⌈total ÷ periods⌉: so many a week over weeks, or a month over months.
    public static func perPeriod(_ total: Int, over periods: Double) -> Int {
        Rounding.upCount(Double(total) / periods)
    }
}
