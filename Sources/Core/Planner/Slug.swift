import Foundation

/// The contract's folder name for a rep: lower case, letters and digits joined by single hyphens.
public enum Slug {
    /// `"Mark O'Neil"` → `mark-o-neil`, `"José"` → `jose`. Never empty, never `.` or `..`, never holds a `/`.
    public static func make(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isLetter || $0.isNumber) }
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "rep" : String(slug.prefix(80))
    }
}
