/// Channel shares: omitted ones split what is left evenly; the whole must make 100%.
public enum Shares {
    /// Shares within this of 100% are taken as 100% and scaled to it (33% × 3 is fine).
    public static let slack = 0.011

    /// The settled shares, or nil when the given ones cannot make 100%.
    public static func settle(_ given: [Double?]) -> [Double]? {
        guard !given.isEmpty else { return [] }
        let stated = given.compactMap { $0 }.reduce(0, +)
        let omitted = given.filter { $0 == nil }.count
        if omitted > 0 {
            let left = 1 - stated
            guard left > slack else { return nil }
            return given.map { $0 ?? left / Double(omitted) }
        }
        guard abs(stated - 1) <= slack else { return nil }
        return given.map { ($0 ?? 0) / stated }
    }
}
