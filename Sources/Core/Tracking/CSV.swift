/// Comma-separated values as spreadsheets write them: quoted fields, doubled quotes, CRLF or LF, a BOM.
public enum CSV {
    /// Rows of fields. Never fails: a stray quote is read as text. `separator` is a comma unless given
    /// (spreadsheets in many countries write semicolons; `detectSeparator` tells).
    public static func parse(_ text: String, separator: UInt8 = 0x2C) -> [[String]] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote: UInt8 = 0x22, comma = separator, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false, wasQuoted = false
        var i = 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while i < bytes.count {
            let c = bytes[i]
            if quoted {
                if c == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == quote, field.isEmpty, !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == comma {
                endField()
            } else if c == lf || c == cr {
                if c == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                endField()
                rows.append(row)
                row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    /// The separator of the first line: a comma, a semicolon or a tab, whichever it has most of.
    public static func detectSeparator(_ text: String) -> UInt8 {
        let first = text.utf8.prefix { $0 != 0x0A }
        let counts = [UInt8(0x2C), 0x3B, 0x09].map { sep in (sep, first.filter { $0 == sep }.count) }
        return counts.max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : 0x2C } ?? 0x2C
    }

    /// One row, each field quoted when it needs to be; a cell a spreadsheet would run as a formula is
    /// written with a leading apostrophe so it stays text.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            var f = field
            if let first = f.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(f) == nil {
                f = "'" + f
            }
            if f.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                || f.hasPrefix(" ") || f.hasSuffix(" ")
            {
                return "\"" + f.replacingQuotes() + "\""
            }
            return f
        }.joined(separator: ",") + "\r\n"
    }

    /// Undoes the apostrophe `line` puts before a formula-looking cell.
    public static func unescaped(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.dropFirst().unicodeScalars.first,
            "=+-@\t\r".unicodeScalars.contains(second)
        else { return field }
        return String(field.dropFirst())
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self {
            if c == "\"" { out += "\"\"" } else { out.append(c) }
        }
        return out
    }
}
