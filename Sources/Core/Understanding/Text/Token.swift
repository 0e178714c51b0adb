import Planner

/// One piece of what a person typed: a number, a word, a date or a symbol.
public enum Token: Equatable, Sendable {
    case number(Double, digits: String)
    case word(String)
    case date(Day)
    /// Shaped like a date but no such day: `2027-02-30`.
    case notADate(String)
    case symbol(Character)

    var invalidDate: String? {
        if case .notADate(let text) = self { return text }
        return nil
    }

    var word: String? {
        if case .word(let w) = self { return w }
        return nil
    }

    var number: Double? {
        if case .number(let n, _) = self { return n }
        return nil
    }

    func isWord(_ candidates: String...) -> Bool {
        guard let w = word else { return false }
        return candidates.contains(w)
    }

    func isSymbol(_ candidates: Character...) -> Bool {
        if case .symbol(let s) = self { return candidates.contains(s) }
        return false
    }
}

/// One token with the text it came from: as typed (case kept), and whether white space stood before it.
public struct Lexeme: Equatable, Sendable {
    public var token: Token
    public var raw: String
    public var spaced: Bool
}

/// Splits text into tokens: lower-case words (typing slips in the planning words mended), numbers (with
/// thousands separators and exponents), ISO and US dates, symbols.
public enum Lexer {
    public static func tokens(_ text: String) -> [Token] {
        lexemes(text).map(\.token)
    }

    public static func lexemes(_ text: String) -> [Lexeme] {
        let chars = Array(normalized(text))
        var out: [Lexeme] = []
        var i = 0
        func add(_ token: Token, from start: Int, to end: Int) {
            out.append(Lexeme(token: token, raw: String(chars[start..<end]), spaced: start == 0 || chars[start - 1].isWhitespace))
        }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if let (day, next) = date(chars, at: i) {
                add(day.map(Token.date) ?? .notADate(String(chars[i..<next])), from: i, to: next)
                i = next
            } else if let next = hexadecimal(chars, at: i) {
                // "0x1p1023": not a figure anyone says; kept whole so no part of it is read as one.
                add(.word(String(chars[i..<next]).lowercased()), from: i, to: next)
                i = next
            } else if c.isASCII,
                c.isNumber
                    || (c == "." && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber
                        && !(i > 0 && chars[i - 1].isNumber))
            {
                let (digits, next) = number(chars, at: i)
                let value = Double(digits) ?? 0
                // "1e308": an exponent past any figure a plan holds is kept whole and read as no figure at all.
                if digits.contains("e"), !(value.isFinite && abs(value) < 1e15) {
                    add(.word(String(chars[i..<next]).lowercased()), from: i, to: next)
                } else {
                    add(.number(value, digits: digits), from: i, to: next)
                }
                i = next
            } else if c.isLetter {
                var j = i
                while j < chars.count, chars[j].isLetter || (chars[j] == "'" && j + 1 < chars.count && chars[j + 1].isLetter) {
                    j += 1
                }
                add(.word(Vocabulary.mended(String(chars[i..<j]).lowercased())), from: i, to: j)
                i = j
            } else {
                add(.symbol(c), from: i, to: i + 1)
                i += 1
            }
        }
        return out
    }

    /// With typographic dashes and quotes made plain, and terminal escapes and control characters dropped.
    static func normalized(_ text: String) -> String {
        var out = ""
        for c in TerminalText.stripped(text) {
            switch c {
            case "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out.append("-")
            case "\u{2018}", "\u{2019}", "`": out.append("'")
            case "\u{00A0}", "\u{202F}": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// Digits with optional comma groups and a decimal part: `1,200,000.00`, `12.5`, `.25`.
    private static func number(_ chars: [Character], at start: Int) -> (String, Int) {
        if let grouped = dotGrouped(chars, at: start) { return grouped }
        var digits = ""
        var i = start
        var sawPoint = false
        while i < chars.count {
            let c = chars[i]
            if c.isASCII, c.isNumber {
                digits.append(c)
                i += 1
            } else if c == ",", !sawPoint, isGroup(chars, at: i + 1) {
                i += 1
            } else if c == ".", !sawPoint, i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                sawPoint = true
                digits.append(".")
                i += 1
            } else {
                break
            }
        }
        // "2.5e-1": an exponent read exactly, when nothing but digits follows it.
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            var j = i + 1
            var exponent = "e"
            if j < chars.count, chars[j] == "-" || chars[j] == "+" {
                exponent.append(chars[j])
                j += 1
            }
            let first = j
            while j < chars.count, chars[j].isASCII, chars[j].isNumber {
                exponent.append(chars[j])
                j += 1
            }
            if j > first, j - first <= 3, j == chars.count || !(chars[j].isLetter || chars[j].isNumber) {
                return (digits + exponent, j)
            }
        }
        return (digits, i)
    }

    /// `0x1p1023`, `0xFF`: the end of a hexadecimal literal starting at `start`, or nil.
    private static func hexadecimal(_ chars: [Character], at start: Int) -> Int? {
        guard start + 2 < chars.count, chars[start] == "0", chars[start + 1] == "x" || chars[start + 1] == "X",
            chars[start + 2].isHexDigit, start == 0 || !(chars[start - 1].isLetter || chars[start - 1].isNumber)
        else { return nil }
        var j = start + 2
        while j < chars.count,
            chars[j].isHexDigit || chars[j] == "." || chars[j] == "p" || chars[j] == "P"
                || ((chars[j] == "-" || chars[j] == "+") && (chars[j - 1] == "p" || chars[j - 1] == "P"))
        {
            j += 1
        }
        return j
    }

    /// "1.200.000", "45.000": thousands grouped with points, as much of Europe writes them. One group is read so only
    /// when it is "000" ("2.500" stays two and a half).
    private static func dotGrouped(_ chars: [Character], at start: Int) -> (String, Int)? {
        var i = start
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber, digits.count < 4 {
            digits.append(chars[i])
            i += 1
        }
        guard (1...3).contains(digits.count) else { return nil }
        var groups: [String] = []
        while i < chars.count, chars[i] == ".", isGroup(chars, at: i + 1) {
            groups.append(String(chars[(i + 1)...(i + 3)]))
            i += 4
        }
        let more =
            i < chars.count && (chars[i] == "." || chars[i] == ",") && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber
        guard !more, groups.count >= 2 || (groups.count == 1 && groups[0] == "000") else { return nil }
        return (digits + groups.joined(), i)
    }

    /// Three digits not followed by a fourth: a thousands group after a comma.
    private static func isGroup(_ chars: [Character], at i: Int) -> Bool {
        guard i + 2 < chars.count else { return false }
        let three = chars[i...(i + 2)].allSatisfy { $0.isASCII && $0.isNumber }
        let fourth = i + 3 < chars.count && chars[i + 3].isASCII && chars[i + 3].isNumber
        return three && !fourth
    }

    /// `2027-01-31` or `1/31/2027` (month first, as US exports write it).
    private static func date(_ chars: [Character], at start: Int) -> (Day?, Int)? {
        guard start == 0 || !(chars[start - 1].isNumber || chars[start - 1].isLetter) else { return nil }
        var fields: [Int] = []
        var widths: [Int] = []
        var separator: Character?
        var i = start
        while fields.count < 3 {
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            guard j > i, let value = Int(String(chars[i..<j])) else { return nil }
            fields.append(value)
            widths.append(j - i)
            i = j
            if fields.count < 3 {
                guard i < chars.count, chars[i] == "-" || chars[i] == "/" else { return nil }
                if let s = separator, s != chars[i] { return nil }
                separator = chars[i]
                i += 1
            }
        }
        if i < chars.count, chars[i].isNumber || chars[i].isLetter { return nil }
        if separator == "-", widths == [4, 2, 2] {
            return (Day(year: fields[0], month: fields[1], day: fields[2]), i)
        }
        if separator == "/", widths[2] == 4, widths[0] <= 2, widths[1] <= 2 {
            return (Day(year: fields[2], month: fields[0], day: fields[1]), i)
        }
        return nil
    }
}
