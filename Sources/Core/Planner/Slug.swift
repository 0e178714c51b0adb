import Foundation

/// The contract's folder name for a rep: lower case, letters and digits joined by single hyphens.
public enum Slug {
    /// `"Mark O'Neil"` → `mark-o-neil`, `"José"` → `jose`. Never empty, never `.` or `..`, never holds a `/`.
    public static func make(_ name: String) -> String {
        let slug = words(name)
        return slug.isEmpty ? "rep" : String(slug.prefix(80))
    }

    /// What makes two names the same rep: their letters and digits, whole; a name with none is its own text.
    public static func identity(_ name: String) -> String {
        let whole = words(name)
        return whole.isEmpty ? name.trimmingCharacters(in: .whitespaces) : whole
    }

    static func words(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }
}
