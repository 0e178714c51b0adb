/// A line as the listener reads it: its tokens, the text each was typed as, and where sentences and clauses break.
struct Line {
    let lexemes: [Lexeme]
    /// The tokens, with a dash that stands apart ("calls — 40 dials") made a separator, never a minus sign.
    let tokens: [Token]

    init(_ text: String) {
        lexemes = Lexer.lexemes(text)
        var tokens = lexemes.map(\.token)
        // A dash with a space after it separates ("calls — 40", "texts - 1 in 20"); against a figure it is a minus ("-2").
        for i in tokens.indices where tokens[i].isSymbol("-") {
            let spacedAfter = i + 1 < lexemes.count ? lexemes[i + 1].spaced : true
            if spacedAfter || (lexemes[i].spaced && i > 0 && tokens[i + 1].number == nil) { tokens[i] = .symbol(Line.dash) }
        }
        self.tokens = tokens
    }

    static let dash: Character = "—"

    var count: Int { tokens.count }
    var indices: Range<Int> { tokens.indices }

    func word(_ i: Int) -> String? {
        i >= 0 && i < tokens.count ? tokens[i].word : nil
    }

    func isWord(_ i: Int, _ candidates: Set<String>) -> Bool {
        word(i).map(candidates.contains) ?? false
    }

    /// The words of `range` as typed, spaced as typed.
    func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range where i >= 0 && i < lexemes.count {
            if !out.isEmpty, lexemes[i].spaced { out += " " }
            out += lexemes[i].raw
        }
        return out
    }

    /// Whether one of `phrases` is said starting at `i`: "no wait", "make it".
    func says(_ phrases: [[String]], at i: Int) -> Bool {
        phrases.contains { phrase in phrase.indices.allSatisfy { word(i + $0) == phrase[$0] } }
    }

    /// "1 in 30, no, 1 in 40", "25%, no wait, 20%": correction words said between `a` and `b`.
    func corrects(between a: Int, _ b: Int) -> Bool {
        a < b && (a..<b).contains { says(CueWords.corrections, at: $0) }
    }

    /// Ends a sentence: nothing said after it explains what came before.
    func endsSentence(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return true }
        if tokens[i].isSymbol(";", "!", "?") { return true }
        // "." ends a sentence; "Q1." and "65k." too, but not "U.S."
        if tokens[i].isSymbol(".") { return i + 1 >= tokens.count || lexemes[i + 1].spaced }
        return false
    }

    /// A pause inside a sentence: a comma, a dash standing apart, a bracket, or a joining word.
    func breaksClause(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return true }
        if tokens[i].isSymbol(",", "(", ")", Line.dash, "[", "]") { return true }
        return isWord(i, Line.joiners)
    }

    static let joiners: Set<String> = ["and", "but", "plus", "also", "while", "whereas", "which", "who", "so", "then"]

    /// The sentence holding token `i`: from just after the last sentence end to just before the next.
    func sentence(around i: Int) -> Range<Int> {
        var start = i
        while start > 0, !endsSentence(start - 1) { start -= 1 }
        var end = i
        while end < tokens.count, !endsSentence(end) { end += 1 }
        return start..<end
    }

    /// Every sentence of the line, in order, without their ending marks.
    var sentences: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where endsSentence(i) {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }
}
