/// Text with terminal escape sequences and control characters removed, so typed or pasted junk never reaches a screen or a file.
public enum TerminalText {
    public static func stripped(_ text: String) -> String {
        // Printable ASCII throughout (nearly every cell and name): nothing to strip.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            switch s.value {
            case 0x1B:
                // ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), or ESC and one character.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = scalars.next(), c.value != 0x07, c.value != 0x1B {}
                }
            case 0x09, 0x0A, 0x0D:
                out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0:
                continue
            default:
                if s.properties.generalCategory == .format, s.value != 0x200D { continue }
                out.append(s)
            }
        }
        return String(out)
    }

    /// Text from a file or a person, fit to say back on one line: stripped, and cut at `limit` characters.
    public static func printable(_ text: String, limit: Int = 80) -> String {
        let cleaned = stripped(text)
        return cleaned.count > limit ? String(cleaned.prefix(limit - 3)) + "..." : cleaned
    }
}
