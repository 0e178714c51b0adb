/// Every file salesplan keeps in the plans folder, named here and nowhere else: a rep's folder (the plan in force,
/// its revisions, plans set aside, check-ins, history, drafts, the lock) and the plans folder's own files.
public enum FolderLayout {
    /// The plan in force, as data (the file contract).
    public static let planJSON = "plan.json"
    /// The plan in force, to read and pin up.
    public static let planMarkdown = "plan.md"
    /// One row per week, to fill in a spreadsheet.
    public static let trackingSheet = "tracking.csv"
    /// The weekly prospecting blocks, for a calendar.
    public static let calendar = "plan.ics"
    /// The weeks checked in.
    public static let checkIns = "checkins.csv"
    /// What `salesplan import` found in a CRM export.
    public static let history = "history.json"
    /// Held while a rep's plan is saved.
    public static let lock = ".lock"
    /// A conversation's draft in the rep's folder (`draft.json`, `checkin-draft.json`, `revisit-draft.json`).
    public static func draft(_ name: String) -> String { "\(name).json" }

    /// The team's defaults, in the plans folder itself.
    public static let teamDefaults = "team.yaml"
    /// Where an interview's draft waits before the rep's name is known: `<plans>/.drafts/unnamed.json`.
    public static let unnamedDrafts = ".drafts"
    public static let unnamedDraft = "unnamed.json"

    /// What revision `n` keeps of the plan in force: `plan-r<N>.json`, `.md`, `.ics` and `tracking-r<N>.csv`.
    public static func archived(_ n: Int) -> [(name: String, archived: String)] {
        [planJSON, planMarkdown, calendar].map { ($0, revisionName($0, n)) } + [(trackingSheet, revisionName(trackingSheet, n))]
    }

    /// `plan.json` kept for revision 3 is `plan-r3.json`.
    public static func revisionName(_ name: String, _ n: Int) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "\(name)-r\(n)" }
        return "\(name[..<dot])-r\(n)\(name[dot...])"
    }

    /// The revision a kept file is of (`plan-r3.md` → 3), nil for any other name.
    public static func revision(ofArchived name: String) -> Int? {
        guard let prefix = ["plan-r", "tracking-r"].first(where: name.hasPrefix), let dot = name.lastIndex(of: ".") else { return nil }
        return Int(name[name.index(name.startIndex, offsetBy: prefix.count)..<dot])
    }

    /// A plan that could not replace the one in force, kept beside it without an extension:
    /// `plan-unsaved-r<N>-<stamp>` (then `.json` and `.md`).
    public static func unsaved(revision: Int, stamp: String) -> String { "plan-unsaved-r\(revision)-\(stamp)" }

    /// A plan.json that could not be read, moved aside: `plan-damaged-<stamp>.json`, or `-<n>` after the stamp when
    /// that name is taken.
    public static func damaged(stamp: String, _ n: Int = 1) -> String {
        n > 1 ? "plan-damaged-\(stamp)-\(n).json" : "plan-damaged-\(stamp).json"
    }
}
