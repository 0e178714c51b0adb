import Foundation

/// Finds where a JSON text first goes wrong, so a damaged plan.json is reported by line and column.
public enum JSONSyntax {
    /// Where the text stops being JSON.
    public enum Fault: Equatable, Sendable {
        /// The text stops before the value is complete: a file cut short.
        case endsEarly
        case unexpected(line: Int, column: Int)
    }

    /// nil when `data` is one well-formed JSON value.
    public static func fault(in data: Data) -> Fault? {
        var scanner = Scanner(bytes: Array(data))
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw Stop.at(scanner.index) }
            return nil
        } catch Stop.end {
            return .endsEarly
        } catch Stop.at(let offset) {
            return scanner.position(of: offset)
        } catch {
            return .endsEarly
        }
    }

    enum Stop: Error { case end, at(Int) }

    struct Scanner {
        let bytes: [UInt8]
        var index = 0
        static let deepest = 512

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func peek() throws(Stop) -> UInt8 {
            guard index < bytes.count else { throw .end }
            return bytes[index]
        }

        mutating func expect(_ byte: UInt8) throws(Stop) {
            guard try peek() == byte else { throw .at(index) }
            index += 1
        }

        mutating func value(depth: Int) throws(Stop) {
            guard depth < Self.deepest else { throw .at(index) }
            switch try peek() {
            case UInt8(ascii: "{"): try container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
            case UInt8(ascii: "["): try container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw .at(index)
            }
        }

        mutating func container(close: UInt8, keyed: Bool, depth: Int) throws(Stop) {
            index += 1
            skipSpace()
            if try peek() == close {
                index += 1
                return
            }
            while true {
                skipSpace()
                if keyed {
                    guard try peek() == UInt8(ascii: "\"") else { throw .at(index) }
                    try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"))
                    skipSpace()
                }
                try value(depth: depth + 1)
                skipSpace()
                let next = try peek()
                index += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else { throw .at(index - 1) }
            }
        }

        mutating func string() throws(Stop) {
            index += 1
            while true {
                let byte = try peek()
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return
                case UInt8(ascii: "\\"):
                    _ = try peek()
                    index += 1
                case 0..<0x20: throw .at(index - 1)
                default: continue
                }
            }
        }

        mutating func word(_ text: String) throws(Stop) {
            for byte in text.utf8 { try expect(byte) }
        }

        mutating func number() throws(Stop) {
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard let value = Double(text), value.isFinite else { throw .at(start) }
        }

        /// Line and column (both from 1) of a byte offset.
        func position(of offset: Int) -> Fault {
            var line = 1
            var column = 1
            for byte in bytes[0..<min(offset, bytes.count)] {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return .unexpected(line: line, column: column)
        }
    }
}
