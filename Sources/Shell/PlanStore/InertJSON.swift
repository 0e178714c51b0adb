import Foundation

/// Every JSON file salesplan reads back, decoded with the characters that could drive a terminal taken out first:
/// `\u001b`, `\u0007` and the other controls, and direction overrides (U+202E), escaped or raw. A hand-edited
/// plan.json cannot make `list`, `show` or `team` print an escape sequence.
public enum InertJSON {
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(T.self, from: inert(data))
    }

    static func inert(_ data: Data) -> Data {
        // Most files hold none of the bytes that begin an escape, a C1 control or an override: read them as they are.
        let suspect = data.withUnsafeBytes { raw in raw.contains { $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 } }
        guard suspect else { return data }
        let bytes = Array(data)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            // \uXXXX naming a control or an override (an escaped backslash before it is left alone).
            if b == 0x5C, i + 1 < bytes.count {
                if bytes[i + 1] == 0x5C {
                    out += [b, bytes[i + 1]]
                    i += 2
                    continue
                }
                if bytes[i + 1] == 0x75, i + 5 < bytes.count,
                    let code = UInt32(String(decoding: bytes[(i + 2)...(i + 5)], as: UTF8.self), radix: 16)
                {
                    if drops(code) {
                        i += 6
                        continue
                    }
                }
            }
            // Raw C1 controls (C2 80–9F) and raw overrides (E2 80 8E/8F/AA–AE, E2 81 A6–A9).
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < bytes.count,
                let code = String(bytes: bytes[i...(i + 2)], encoding: .utf8)?.unicodeScalars.first?.value, drops(code)
            {
                i += 3
                continue
            }
            out.append(b)
            i += 1
        }
        return Data(out)
    }

    static func drops(_ code: UInt32) -> Bool {
        switch code {
        case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
