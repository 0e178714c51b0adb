import Foundation
import Planner
import PromptFiles
import Prompts
import Testing

/// The shipped words, as the binary loads them.
let words: PromptBook = {
    do {
        return try PromptBook.load(environment: [:])
    } catch {
        fatalError("\(error)")
    }
}()

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ text: String, to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Every file below the folder, relative paths, sorted.
    func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue, !path.hasSuffix("/.lock")
            {
                found.append(path)
            }
        }
        return found.sorted()
    }
}

func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// The shared examples copied into this target: NAME.yaml with NAME.expected.json.
func exampleNames() -> [String] {
    guard let folder = Bundle.module.url(forResource: "Examples", withExtension: nil),
        let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
}

func examplePath(_ name: String) -> String {
    Bundle.module.url(forResource: "Examples", withExtension: nil)?.appendingPathComponent(name).path ?? name
}

/// Every key of `want` appears in `got` with the same value (numbers within 0.0005 relative), as check_examples.py holds it.
func differences(_ want: Any, _ got: Any?, path: String = "plan") -> [String] {
    switch want {
    case let object as [String: Any]:
        guard let g = got as? [String: Any] else { return ["\(path): expected an object"] }
        return object.keys.sorted().flatMap { differences(object[$0] as Any, g[$0], path: "\(path).\($0)") }
    case let list as [Any]:
        guard let g = got as? [Any], g.count == list.count else { return ["\(path): expected \(list.count) items"] }
        return zip(list, g).enumerated().flatMap { differences($1.0, $1.1, path: "\(path)[\($0)]") }
    case let text as String:
        return (got as? String) == text ? [] : ["\(path): expected \(text)"]
    case is NSNull:
        return got is NSNull || got == nil ? [] : ["\(path): expected null"]
    case let number as NSNumber:
        if String(describing: type(of: number)).contains("Boolean") {
            return (got as? Bool) == number.boolValue ? [] : ["\(path): expected \(number.boolValue)"]
        }
        guard let g = (got as? NSNumber)?.doubleValue else { return ["\(path): expected \(number)"] }
        let w = number.doubleValue
        let tolerance = path.hasSuffix("chance_of_goal") ? 5e-4 : max(5e-4 * abs(w), 1e-6)
        return abs(g - w) <= tolerance ? [] : ["\(path): expected \(w), got \(g)"]
    default:
        return ["\(path): cannot compare"]
    }
}
