import Foundation
import Testing

/// docs/architecture.md's dependency table names every target Package.swift declares (tests aside), with the same
/// dependencies, so the map a newcomer reads is the package as built.
struct ArchitectureDocTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Target name → its dependencies among the package's own targets, from Package.swift.
    static func declaredTargets() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try NSRegularExpression(
            pattern: #"\.(?:target|executableTarget|systemLibrary)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?"#)
        var found: [String: Set<String>] = [:]
        for match in target.matches(in: manifest, range: NSRange(manifest.startIndex..., in: manifest)) {
            guard let name = Range(match.range(at: 1), in: manifest).map({ String(manifest[$0]) }) else { continue }
            let list = Range(match.range(at: 2), in: manifest).map { String(manifest[$0]) } ?? ""
            // Only plain "Name" entries: `.product(...)` dependencies are other packages.
            let own = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { $0.hasPrefix("\"") && $0.hasSuffix("\"") }.map { String($0.dropFirst().dropLast()) }
            found[name] = Set(own)
        }
        return found
    }

    /// Target name → dependencies written in `code` in the document's table.
    static func documentedTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var found: [String: Set<String>] = [:]
        // The table under "| target | depends on |", to its last row.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| target | depends on |") }) else { return [:] }
        for line in lines[(header + 2)...].prefix(while: { $0.hasPrefix("|") }) {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let deps = cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("`") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            found[name] = Set(deps)
        }
        return found
    }

    @Test func theDependencyTableIsThePackage() throws {
        let declared = try Self.declaredTargets(), documented = try Self.documentedTargets()
        #expect(declared.count >= 12, "Package.swift's targets were not found")
        #expect(
            Set(declared.keys) == Set(documented.keys),
            "missing from the doc: \(Set(declared.keys).subtracting(documented.keys).sorted()); not in the package: \(Set(documented.keys).subtracting(declared.keys).sorted())"
        )
        for (name, deps) in declared {
            #expect(documented[name] == deps, "\(name): Package.swift says \(deps.sorted()), the doc \(documented[name]?.sorted() ?? [])")
        }
    }
}
