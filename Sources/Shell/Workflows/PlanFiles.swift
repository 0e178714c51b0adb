import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking

/// A plan's files: plan.json (the contract's keys) and plan.md (the sheet), written together.
public struct PlanFiles: Sendable {
    public let words: PromptBook

    public init(words: PromptBook) {
        self.words = words
    }

    /// plan.json's text: pretty, keys sorted so the same plan always reads the same.
    public func json(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(PlanWords(words: words).document(plan))
        data.append(0x0A)
        return data
    }

    public func markdown(_ plan: Plan) -> Data {
        Data(PlanSheet(words: words).render(plan).utf8)
    }

    /// Writes both files under `folder/<slug>/`; returns where they went.
    public func save(_ plan: Plan, in folder: PlansFolder) throws -> (json: URL, markdown: URL) {
        let written = try folder.save(slug: plan.slug, files: [
            ("plan.json", try json(plan)),
            ("plan.md", markdown(plan)),
            (TrackingSheet.fileName, Data(TrackingSheet.write(plan).utf8)),
        ])
        return (written[0], written[1])
    }
}
