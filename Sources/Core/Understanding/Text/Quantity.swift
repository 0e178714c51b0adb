/// A figure found in what a person typed, with what stood around it.
public struct Quantity: Equatable, Sendable {
    public var value: Double
    /// Token positions the figure spans.
    public var tokens: Range<Int>
    /// A magnitude was said ("k", "million", "thousand").
    public var scaled = false
    /// A currency was said ("$", "USD", "dollars").
    public var currency = false
    /// A percent was said ("%", "percent").
    public var percent = false
    public var negative = false
    /// The word right after the figure, when the caller asked to know it ("weeks", "days").
    public var unit: String?
    /// Both ends, when the person gave a range ("20-30k"); `value` is then the midpoint.
    public var bounds: ClosedRange<Double>?
    /// Spelled in words rather than digits.
    public var spelled = false

    public var signed: Double { negative ? -value : value }
}

/// Finds the figures in a run of tokens: digits, number words, magnitudes, fractions and ranges.
enum QuantityScanner {
    static let currencySymbols: Set<Character> = ["$", "£", "€", "¥", "₹"]
    static let currencyWords: Set<String> = [
        "usd", "eur", "gbp", "cad", "aud", "dollar", "dollars", "bucks", "euro", "euros", "pound", "pounds",
        "quid", "us",
    ]
    static let percentWords: Set<String> = ["percent", "pct", "percentage"]

    /// Every figure in `tokens`, ranges merged into one; `units` names the words to report as a unit.
    static func scan(_ tokens: [Token], units: Set<String> = []) -> [Quantity] {
        var found: [Quantity] = []
        var i = 0
        while i < tokens.count {
            if var q = phrase(tokens, from: i, units: units) {
                decorate(&q, in: tokens, units: units)
                // A sign or currency before this figure may already be the last figure's "%" or unit: one owner each.
                if let last = found.last, q.tokens.lowerBound < last.tokens.upperBound {
                    q.tokens = last.tokens.upperBound..<max(q.tokens.upperBound, last.tokens.upperBound)
                }
                found.append(q)
                i = max(q.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return mergeRanges(halves(found, in: tokens), in: tokens)
    }

    /// "half a dozen", "half a million": half of the figure said after it, one figure.
    static func halves(_ found: [Quantity], in tokens: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        for q in found {
            let start = q.tokens.lowerBound
            guard start >= 1, tokens[start - 1].isWord("half"), tokens[start].isWord("a", "an") else {
                out.append(q)
                continue
            }
            if let last = out.last, last.tokens.upperBound == start, last.tokens.lowerBound == start - 1 { out.removeLast() }
            var half = q
            half.value = q.value / 2
            half.tokens = (start - 1)..<q.tokens.upperBound
            out.append(half)
        }
        return out
    }

    // MARK: - One figure

    /// Reads one figure starting at `start`, or nil when none starts there.
    static func phrase(_ t: [Token], from start: Int, units: Set<String>) -> Quantity? {
        var total = 0.0
        var group: Double?
        var scaled = false, spelled = false
        var additive = false
        var lastScale = 1.0
        var last: Double?  // the last value added, so "twenty five" adds but "five six" stops
        var i = start
        var end = start  // just past the last token that gave the figure a value

        func isTens(_ v: Double?) -> Bool { v.map { NumberWords.tens.values.contains($0) } ?? false }
        func word(_ j: Int) -> String? { j < t.count ? t[j].word : nil }
        func startsFigure(_ j: Int) -> Bool {
            guard j < t.count else { return false }
            if t[j].number != nil { return true }
            guard let w = t[j].word else { return false }
            return NumberWords.isNumberWord(w) || NumberWords.fractions[w] != nil
                || ((w == "a" || w == "an") && j + 1 < t.count && startsAfterArticle(t[j + 1], units: units))
        }

        var lastDigits = false
        /// "a million two": a digit said after millions is tenths of them.
        var tenthsAfterScale = false
        /// "seven fifty k": a unit then tens, said before a scale, are hundreds.
        func scaleAhead(_ j: Int) -> Bool {
            var k = j
            while k < min(t.count, j + 3) {
                if let w = word(k), NumberWords.scales[w] != nil { return true }
                guard let w = word(k), NumberWords.units[w] != nil || NumberWords.tens[w] != nil else {
                    if t[k].isSymbol("-") {
                        k += 1
                        continue
                    }
                    return false
                }
                k += 1
            }
            return false
        }

        scan: while i < t.count {
            let token = t[i]
            if let n = token.number {
                if group != nil, !additive { break }
                group = (group ?? 0) + n
                last = n
                lastDigits = true
                additive = false
                i += 1
                end = i
                continue
            }
            guard let w = token.word else {
                // "twenty-five": a hyphen inside a spelled number.
                if token.isSymbol("-"), spelled, isTens(last), let u = word(i + 1), let v = NumberWords.units[u],
                    v > 0, v < 10
                {
                    i += 1
                    continue
                }
                break
            }
            switch w {
            case _ where NumberWords.units[w] != nil || NumberWords.tens[w] != nil:
                let v = NumberWords.units[w] ?? NumberWords.tens[w] ?? 0
                if group == nil, total > 0, lastScale >= 1e6, !additive { tenthsAfterScale = true }
                if group != nil, !additive {
                    // "twenty five", "seven hundred fifty"; "five six" and "30 three" are two figures.
                    let afterTens = isTens(last) && !lastDigits && v > 0 && v < 10
                    let afterHundred = last == nil && (group ?? 0).truncatingRemainder(dividingBy: 100) == 0 && v > 0
                    let hundreds = !lastDigits && (last ?? 0) >= 1 && (last ?? 0) <= 9 && v >= 10 && scaleAhead(i + 1)
                    guard afterTens || afterHundred || hundreds else { break scan }
                    if hundreds { group = (group ?? 0) * 100 }
                }
                group = (group ?? 0) + v
                last = v
                lastDigits = false
                spelled = true
                additive = false
            case "hundred", "hundreds":
                guard group != nil else { break scan }
                group = (group ?? 1) * 100
                last = nil
                spelled = true
            case _ where NumberWords.scales[w] != nil:
                // A scale needs a figure before it: "30k", "a million", "two and a half million".
                guard group != nil, let scale = NumberWords.scales[w] else { break scan }
                total += (group ?? 1) * scale
                group = nil
                last = nil
                lastScale = scale
                scaled = true
                additive = false
                // "200k twelve opps": an abbreviated scale ends the figure.
                if NumberWords.abbreviatedScales.contains(w) {
                    i += 1
                    end = i
                    break scan
                }
            case _ where NumberWords.fractions[w] != nil && !units.contains(w):
                let d = NumberWords.fractions[w] ?? 1
                // "1 in 40 half": a half typed after digits is another thing said.
                if w == "half", lastDigits, !additive { break scan }
                // "quarter million": a fraction of the scale said next.
                let ofScale = word(i + 1).map { NumberWords.scales[$0] != nil && $0.count > 1 } ?? false
                guard group != nil || additive || w == "half" || (i > start && t[i - 1].isWord("a", "an")) || ofScale else {
                    break scan
                }
                if additive, group == nil, total > 0 {
                    // "a million and a half": half of the last scale.
                    total += lastScale / d
                } else {
                    group = additive ? (group ?? 0) + 1 / d : (group ?? 1) / d
                }
                last = nil
                spelled = true
                additive = false
                // "half a million", "three quarters of a million": the article is not a second figure.
                var j = i + 1
                if word(j) == "of" { j += 1 }
                if let a = word(j), a == "a" || a == "an", let s = word(j + 1),
                    NumberWords.scales[s] != nil || units.contains(s)
                {
                    i = j
                }
            case _ where NumberWords.collectives[w] != nil:
                group = (group ?? 1) * (NumberWords.collectives[w] ?? 1)
                last = nil
                spelled = true
                if word(i + 1) == "of" { i += 1 }
            case "a", "an":
                // "50 a day" is so many per day; the article starts no more of a figure already said.
                guard (group == nil && total == 0) || additive, i + 1 < t.count, startsAfterArticle(t[i + 1], units: units) else {
                    break scan
                }
                let next = word(i + 1) ?? ""
                if !units.contains(next), NumberWords.fractions[next] != nil || NumberWords.collectives[next] != nil {
                    // "a half", "a dozen": the next word sets the figure.
                    i += 1
                    continue
                }
                if group == nil { group = 1 }
            case "and":
                // "seven hundred and fifty", "two and a half"; after "800k", "and 1.2M" is a second figure.
                guard group != nil || total > 0, startsFigure(i + 1) else { break scan }
                if group == nil, t[i + 1].number != nil { break scan }
                let next = word(i + 1) ?? ""
                // "two and a half"; "4 and half my meetings" is two things.
                guard next == "a" || next == "an" || NumberWords.fractions[next] == nil else { break scan }
                additive = next == "a" || next == "an"
                i += 1
                continue
            case "point":
                guard group != nil else { break scan }
                var fraction = "0."
                var j = i + 1
                while let u = word(j), let v = NumberWords.units[u], v < 10 {
                    fraction += String(Int(v))
                    j += 1
                }
                guard j > i + 1, let f = Double(fraction) else { break scan }
                group = (group ?? 0) + f
                last = nil
                i = j
                end = i
                continue
            default:
                break scan
            }
            i += 1
            end = i
        }
        guard end > start, group != nil || total > 0 || scaled else { return nil }
        if tenthsAfterScale, let tail = group, (1...9).contains(tail), tail == tail.rounded() {
            return Quantity(value: total + tail / 10 * lastScale, tokens: start..<end, scaled: scaled, spelled: spelled)
        }
        return Quantity(value: total + (group ?? 0), tokens: start..<end, scaled: scaled, spelled: spelled)
    }

    private static func startsAfterArticle(_ token: Token, units: Set<String>) -> Bool {
        guard let w = token.word else { return false }
        return NumberWords.scales[w].map { _ in w.count > 1 } ?? false
            || NumberWords.fractions[w] != nil || NumberWords.collectives[w] != nil
            || w == "hundred" || units.contains(w)
    }

    // MARK: - What stands around it

    private static func decorate(_ q: inout Quantity, in t: [Token], units: Set<String>) {
        var before = q.tokens.lowerBound - 1
        // Skip hedges and currency between a sign and the figure: "~$900k", "$ 1.6 million".
        while before >= 0 {
            let token = t[before]
            if case .symbol(let s) = token, currencySymbols.contains(s) {
                q.currency = true
            } else if let w = token.word, currencyWords.contains(w) {
                q.currency = true
            } else if token.isSymbol("~", "≈") {
                // a hedge
            } else {
                break
            }
            before -= 1
        }
        if before >= 0, t[before].isSymbol("-"), before == 0 || !isFigureEnd(t[before - 1]) {
            q.negative = true
        }
        if before >= 0, t[before].isWord("minus", "negative") { q.negative = true }
        // The currency and hedges said before the figure belong to it: "to $1.4M" ends a range.
        let lower = before + 1

        var after = q.tokens.upperBound
        while after < t.count {
            let token = t[after]
            if token.isSymbol("%") {
                q.percent = true
            } else if let w = token.word, percentWords.contains(w) {
                q.percent = true
            } else if token.isWord("per"), after + 1 < t.count, t[after + 1].isWord("cent") {
                q.percent = true
                after += 1
            } else if case .symbol(let s) = token, currencySymbols.contains(s) {
                q.currency = true
            } else if let w = token.word, currencyWords.contains(w) {
                q.currency = true
            } else if let w = token.word, units.contains(w), q.unit == nil {
                q.unit = w
            } else if token.isWord("working", "business", "selling", "work", "calendar", "full"), q.unit == nil,
                after + 1 < t.count, let w = t[after + 1].word, units.contains(w)
            {
                // "15 working days"
            } else if token.isWord("of"), q.unit == nil, after + 1 < t.count, let w = t[after + 1].word, units.contains(w) {
                // "a couple of weeks"
            } else {
                break
            }
            after += 1
        }
        q.tokens = lower..<after
    }

    private static func isFigureEnd(_ token: Token) -> Bool {
        switch token {
        case .number: return true
        case .word(let w): return NumberWords.scales[w] != nil || NumberWords.isNumberWord(w)
        case .symbol(let s): return s == "%"
        case .date, .notADate: return true
        }
    }

    // MARK: - Ranges

    /// "20-30k", "between 800k and 1.2M", "6 to 8 weeks": one figure, the midpoint.
    private static func mergeRanges(_ found: [Quantity], in t: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < found.count {
            var q = found[i]
            if i + 1 < found.count, let joined = range(q, found[i + 1], in: t) {
                q = joined
                i += 2
            } else {
                i += 1
            }
            out.append(q)
        }
        return out
    }

    private static func range(_ a: Quantity, _ b: Quantity, in t: [Token]) -> Quantity? {
        let gap = Array(t[a.tokens.upperBound..<b.tokens.lowerBound])
        let between = a.tokens.lowerBound > 0 && hasBetween(t, before: a.tokens.lowerBound)
        let connector: Bool
        switch gap.count {
        case 1:
            connector =
                gap[0].isSymbol("-") || gap[0].isWord("to", "through", "thru", "or", "till", "until")
                || (between && gap[0].isWord("and"))
        case 0:
            // "20-30k": the hyphen was read as a minus sign on the second figure.
            connector = b.negative && b.tokens.lowerBound > 0 && t[b.tokens.lowerBound - 1].isSymbol("-")
        default:
            connector = false
        }
        guard connector, !a.negative else { return nil }
        // "6 weeks to 6 months": each end has its own unit; read later, in one unit.
        if let u = a.unit, let v = b.unit, singular(u) != singular(v) { return nil }
        var low = a, high = b
        high.negative = false
        // A magnitude or percent said once covers both ends: "20-30k", "20 to 30%".
        if !low.scaled, high.scaled, let scale = trailingScale(high, in: t), low.value * scale <= high.value {
            low.value *= scale
            low.scaled = true
        }
        if !low.percent, high.percent { low.percent = true }
        if low.unit == nil { low.unit = high.unit }
        guard low.value <= high.value else { return nil }
        var merged = high
        merged.value = (low.value + high.value) / 2
        merged.bounds = low.value...high.value
        merged.tokens = a.tokens.lowerBound..<b.tokens.upperBound
        merged.currency = low.currency || high.currency
        return merged
    }

    private static func singular(_ word: String) -> String {
        word.hasSuffix("s") ? String(word.dropLast()) : word
    }

    private static func hasBetween(_ t: [Token], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0 {
            if t[j].isWord("between", "from") { return true }
            if let w = t[j].word, NumberWords.hedges.contains(w) || currencyWords.contains(w) {
                j -= 1
                continue
            }
            if t[j].isSymbol("$", "£", "€", "~") {
                j -= 1
                continue
            }
            return false
        }
        return false
    }

    /// The magnitude said last in a figure ("30k" → 1,000), so the low end of a range can share it.
    private static func trailingScale(_ q: Quantity, in t: [Token]) -> Double? {
        for j in q.tokens.reversed() {
            if let w = t[j].word, let s = NumberWords.scales[w] { return s }
        }
        return nil
    }
}

extension ClosedRange where Bound == Double {
    /// The range between two figures, whichever is larger; nil when either is not a number.
    static func spanning(_ a: Double, _ b: Double) -> ClosedRange<Double>? {
        guard !a.isNaN, !b.isNaN else { return nil }
        return Swift.min(a, b)...Swift.max(a, b)
    }
}
