import Foundation

/// The text of an exported file, whatever the CRM saved it as: UTF-8, UTF-16 (with or without a byte-order mark),
/// or, when the bytes are not UTF-8, Windows-1252 (which covers Latin-1's letters).
enum ExportText {
    enum Encoding: String {
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    /// The text, and the encoding assumed when it was not UTF-8.
    static func decode(_ data: Data) -> (text: String, assumed: Encoding?) {
        let bytes = [UInt8](data.prefix(4096))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes),
            let text = String(
                data: data, encoding: bytes.starts(with: [0xFE, 0xFF]) || bigEndian(bytes) ? .utf16BigEndian : .utf16LittleEndian)
        {
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .utf16)
        }
        if let text = String(data: data, encoding: .utf8) {
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, nil)
        }
        if let text = String(data: data, encoding: .windowsCP1252) { return (text, .windows1252) }
        return (String(decoding: data, as: UTF8.self), nil)
    }

    /// Text of ASCII letters written as UTF-16 has a zero in every other byte.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        let even = stride(from: 0, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        let odd = stride(from: 1, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        return max(even, odd) * 4 >= bytes.count
    }

    static func bigEndian(_ bytes: [UInt8]) -> Bool {
        let skip = bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        return bytes.count > skip + 1 && bytes[skip] == 0 && bytes[skip + 1] != 0
    }
}
