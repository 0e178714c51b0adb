/// Comma-separated values as spreadsheets write them: quoted fields, doubled quotes, CRLF or LF, a BOM.
public enum CSV {
    /// Rows of fields. Never fails: a stray quote is read as text.
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty: quoted = true
                case ",":
                    row.append(field)
                    field = ""
                case "\r" where i + 1 < chars.count && chars[i + 1] == "\n":
                    break
                case "\n", "\r":
                    row.append(field)
                    rows.append(row)
                    row = []
                    field = ""
                default: field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
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
                || f.hasPrefix(" ") || f.hasSuffix(" ") {
                return "\"" + f.replacingQuotes() + "\""
            }
            return f
        }.joined(separator: ",") + "\r\n"
    }

    /// Undoes the apostrophe `line` puts before a formula-looking cell.
    public static func unescaped(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.dropFirst().unicodeScalars.first,
              "=+-@\t\r".unicodeScalars.contains(second) else { return field }
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
