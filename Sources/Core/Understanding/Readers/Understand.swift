import Planner

/// Turns what people type into values: money, rates, counts, weeks, working days, periods, yes/no.
public enum Understand {
    // MARK: Money

    /// An amount of money: "$1.2M", "half a million", "30 grand", "between 800k and 1.2M".
    public static func money(_ text: String, allowZero: Bool = false) -> Result<Reading<Double>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.money)) }
        if allowZero, saysNothing(tokens) { return .success(Reading(0)) }
        let found = QuantityScanner.scan(tokens).filter { !$0.percent }
        let marked = found.filter { $0.currency || $0.scaled }
        guard let q = marked.first ?? (found.count == 1 ? found.first : nil) else {
            if found.count > 1 { return .failure(.ambiguous(.money, found.map(\.signed))) }
            if !allowZero, saysNothing(tokens) { return .failure(.zero(.money)) }
            return .failure(.notUnderstood(.money))
        }
        return checkedMoney(q.signed, allowZero: allowZero).map { Reading($0, range: q.bounds) }
    }

    /// An amount a plan can hold: not below zero (the refusal says the figure as given), zero only where allowed, not
    /// beyond any plan.
    static func checkedMoney(_ v: Double, allowZero: Bool) -> Result<Double, Misunderstanding> {
        if v < 0 { return .failure(.negative(.money, v)) }
        if v == 0, !allowZero { return .failure(.zero(.money)) }
        if v > PlanCheck.largestMoney { return .failure(.tooLarge(.money, v)) }
        return .success(v)
    }

    // MARK: Rates

    /// A share: "25%", "1 in 4", "a quarter", "0.25" or a bare "25" (a number above 1 is a percent).
    public static func rate(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.rate)) }
        if let ratio = ratio(tokens) {
            guard ratio.of != 0 else { return .failure(.outOfNothing) }
            return checkedRate(ratio.some / ratio.of, negative: ratio.some < 0, range: nil)
        }
        let found = QuantityScanner.scan(tokens)
        guard let q = found.first(where: \.percent) ?? found.first else {
            if saysNothing(tokens) || tokens.contains(where: { $0.isWord("never") }) { return .failure(.zero(.rate)) }
            return .failure(.notUnderstood(.rate))
        }
        func fraction(_ v: Double) -> Double { q.percent || (v > 1 && !q.spelledFraction) ? v / 100 : v }
        let value = fraction(q.value)
        let range = q.bounds.flatMap { ClosedRange.spanning(fraction($0.lowerBound), fraction($0.upperBound)) }
        return checkedRate(value, negative: q.negative, range: range)
    }

    static func checkedRate(_ value: Double, negative: Bool, range: ClosedRange<Double>?)
        -> Result<Reading<Double>, Misunderstanding>
    {
        if negative { return .failure(.negative(.rate, -abs(value))) }
        if value <= 0 { return .failure(.zero(.rate)) }
        if value > 1 + 1e-12 { return .failure(.rateAboveAll(value)) }
        return .success(Reading(min(value, 1), range: range))
    }

    /// "1 in 4", "one out of every four", "1:4", "1/4", "3 of 10".
    static func ratio(_ tokens: [Token]) -> (some: Double, of: Double)? {
        let found = QuantityScanner.scan(tokens)
        for (a, b) in zip(found, found.dropFirst()) where !a.percent && !b.percent {
            var gap = Array(tokens[a.tokens.upperBound..<b.tokens.lowerBound])
            gap.removeAll { $0.isWord("every", "each", "all", "the") }
            let joined = gap.map { $0.word ?? ($0.isSymbol(":") ? ":" : ($0.isSymbol("/") ? "/" : "?")) }
            switch joined {
            case ["in"], ["out", "of"], [":"], ["/"], ["of"], ["from"], ["for"]:
                return (a.signed, b.value)
            default:
                continue
            }
        }
        return nil
    }

    // MARK: Counts

    /// A whole count, zero allowed: "a dozen", "about 15", "none", "1,000".
    public static func count(_ text: String) -> Result<Reading<Int>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        if isEmpty(tokens) { return .failure(.empty(.count)) }
        let found = QuantityScanner.scan(tokens).filter { !$0.percent }
        guard let q = found.first else {
            return saysNothing(tokens) ? .success(Reading(0)) : .failure(.notUnderstood(.count))
        }
        if found.count > 1, q.bounds == nil { return .failure(.ambiguous(.count, found.map(\.signed))) }
        if q.negative { return .failure(.negative(.count, -q.value)) }
        if q.value > PlanCheck.largestCount { return .failure(.tooLarge(.count, q.value)) }
        let value = q.bounds == nil ? q.value : q.value.rounded(.up)
        guard value == value.rounded() else { return .failure(.notWhole(.count, q.value)) }
        return .success(Reading(Int(value), range: q.bounds))
    }

    // MARK: Helpers

    static func isEmpty(_ tokens: [Token]) -> Bool {
        !tokens.contains { if case .symbol = $0 { return false } else { return true } }
    }

    /// "none", "nothing yet", "zero", "no".
    static func saysNothing(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.word.map(NumberWords.zeros.contains) ?? false }
            && !tokens.contains { $0.number != nil }
    }
}

extension Quantity {
    /// "a quarter", "two thirds": a fraction in words, never a percent.
    var spelledFraction: Bool { spelled && value <= 1 }
}

extension Understand {
    /// How much higher a goal should be: "115%", "115", "1.15" or "15% more" all mean × 1.15 (up to × 3).
    public static func raise(_ text: String) -> Result<Reading<Double>, Misunderstanding> {
        let tokens = Lexer.tokens(text)
        guard let q = QuantityScanner.scan(tokens).first else { return .failure(.notUnderstood(.rate)) }
        if q.negative { return .failure(.negative(.rate, -q.value)) }
        var factor = q.percent || q.value > 3 ? q.value / 100 : q.value
        if factor < 1 { factor += 1 }
        guard factor > 1, factor <= 3 else { return .failure(.tooLarge(.rate, factor)) }
        return .success(Reading(factor))
    }
}
