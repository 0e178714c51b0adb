/// The English words for numbers, scales and fractions that people use when they talk figures.
enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Scales that close a group: "thousand", "k", "million", "m", "billion".
    static let scales: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "k": 1e3, "grand": 1e3, "g": 1e3, "thou": 1e3,
        "million": 1e6, "millions": 1e6, "m": 1e6, "mm": 1e6, "mil": 1e6, "mill": 1e6, "mn": 1e6,
        "billion": 1e9, "billions": 1e9, "b": 1e9, "bn": 1e9,
        // As India counts: a lakh is a hundred thousand, a crore ten million.
        "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    ]
    /// Scales said short, after which no more of the figure follows: "200k twelve opps" is two figures.
    static let abbreviatedScales: Set<String> = ["k", "m", "mm", "b", "bn", "g", "mil", "mill", "mn", "grand", "thou"]
    /// Denominators of fraction words: "a quarter" is 1/4, "two thirds" is 2/3.
    static let fractions: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]
    /// Words that stand for a count on their own.
    static let collectives: [String: Double] = ["dozen": 12, "couple": 2, "pair": 2]
    /// Words that mean "about": they never change the figure.
    static let hedges: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "circa", "ca", "nearly", "almost", "maybe",
        "probably", "somewhere", "some", "like", "just", "over", "under", "up", "to",
    ]
    static let zeros: Set<String> = ["none", "nothing", "zero", "nil", "nada", "zilch", "no"]

    static func isNumberWord(_ w: String) -> Bool {
        units[w] != nil || tens[w] != nil || w == "hundred" || collectives[w] != nil
    }
}
