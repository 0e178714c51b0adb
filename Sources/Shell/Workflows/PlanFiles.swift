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

    /// Which plan on disk the session expects to replace, so a plan saved by someone else meanwhile is not written over.
    public enum Expecting: Equatable, Sendable {
        /// Whatever is there (an answers file run from a script): it is kept as a revision and replaced.
        case anything
        /// The revision the session started from, nil for no plan at all.
        case revision(Int?)
    }

    /// Where a saved plan went.
    public struct Saved: Sendable {
        public var plan: Plan
        public var json: URL
        public var markdown: URL
        /// Every file written: plan.json, plan.md, tracking.csv and plan.ics when there is one.
        public var files: [URL]
        /// The plan it replaced, kept as `plan-r<N>.md`.
        public var archive: URL?
        /// A plan.json that could not be read, moved aside rather than taken for "no plan".
        public var damaged: URL?

        /// The files written, one to a line, for the words that say where they went.
        public var list: String { files.map(\.path).joined(separator: "\n  ") }

        /// What was kept of the plans it replaced, in words.
        public func kept(_ words: PromptBook) -> [String] {
            var lines: [String] = []
            if let archive { lines.append(words.text("summary.replaced", ["archive": archive.path])) }
            if let damaged { lines.append(words.text("summary.damaged_aside", ["path": damaged.path])) }
            return lines
        }
    }

    /// Writes plan.json, plan.md, tracking.csv and plan.ics under the rep's folder, holding the rep's lock: the plan in force is
    /// kept as `plan-r<N>` and the new one numbered after it; a plan that is not the one expected is not replaced.
    public func save(_ plan: Plan, in folder: PlansFolder, expecting: Expecting) throws -> Saved {
        var plan = plan
        plan.slug = folder.folderName(for: plan.rep)
        let rep = try folder.rep(plan.slug)
        _ = try folder.prepare(slug: plan.slug)
        let lock = try RepLock.acquire(rep.folder)
        defer { lock.release() }
        let current = rep.header()
        if case .revision(let expected) = expecting, expected != current?.revision {
            throw StoreError.conflict(path: rep.planURL.path, revision: current?.revision ?? 0)
        }
        // Every plan already there is kept, whatever can be read of it, and the new one numbered after all of them.
        let kept = try rep.keepBeforeReplacing(stamp: Self.stamp(Date()))
        plan.revision = max(plan.revision, kept.after + 1)
        var files = [
            (FolderLayout.planJSON, try json(plan)),
            (FolderLayout.planMarkdown, markdown(plan)),
            (FolderLayout.trackingSheet, Data(TrackingSheet.write(plan).utf8)),
        ]
        // A calendar needs at least one event: no blocks (no timed activity, none named), no plan.ics.
        if !plan.timeBlocks.blocks.isEmpty {
            files.append((FolderLayout.calendar, Data(CalendarFile(words: words).render(plan).utf8)))
        } else {
            unlink(rep.folder.appendingPathComponent(FolderLayout.calendar).path)
        }
        let written = try PlansFolder.write(files, in: rep.folder)
        return Saved(plan: plan, json: written[0], markdown: written[1], files: written, archive: kept.archive, damaged: kept.damaged)
    }

    /// "20270104-093000-4711": when, and which process, for names that must not collide.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date) + "-\(getpid())"
    }

    /// A plan that could not replace the one in force, kept beside it as `plan-unsaved-<stamp>.json` and `.md`: each
    /// one that loses a race under its own name.
    public func keepAside(_ plan: Plan, in folder: PlansFolder) throws -> URL {
        let slug = folder.folderName(for: plan.rep)
        let base = FolderLayout.unsaved(revision: plan.revision, stamp: Self.stamp(Date()))
        var name = base
        for n in 2...999 where FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("\(slug)/\(name).md").path) {
            name = "\(base)-\(n)"
        }
        let written = try folder.save(
            slug: slug,
            files: [
                ("\(name).json", try json(plan)), ("\(name).md", markdown(plan)),
            ])
        return written[1]
    }
}
