import Planner
import Prompts

/// Why inputs could not be planned, in words.
public enum PlanProblemWords {
    public static func words(for refusal: Planner.Refusal, _ words: PromptBook) -> String {
        let figures = Figures(words: words)
        switch refusal {
        case .asOfAfterPeriod(let asOf, let end):
            return words.text("planner.as_of_after_period", ["as_of": figures.date(asOf), "end": figures.date(end)])
        case .periodEndsBeforeItStarts(let period):
            return words.text(
                "planner.period_backwards",
                [
                    "start": figures.date(period.start), "end": figures.date(period.end),
                ])
        case .periodTooLong(let period):
            return words.text(
                "planner.period_too_long",
                [
                    "span": figures.span(period.start, period.end), "years": Figures.decimal(Planner.longestPeriodMonths / 12),
                ])
        case .outsideYears(let period):
            return words.text(
                "planner.outside_years",
                [
                    "span": figures.span(period.start, period.end),
                    "first": String(Day.plausibleYears.lowerBound), "last": String(Day.plausibleYears.upperBound),
                ])
        case .beyondBounds(let key):
            return words.text("planner.beyond_bounds", ["key": key])
        }
    }
}
