import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Understanding

/// The manager's team.yaml in the plans folder: written once from Prompts' commented template, read by the interview.
public enum TeamFile {
    static func url(_ plans: PlansFolder) -> URL {
        plans.root.appendingPathComponent(FolderLayout.teamDefaults)
    }

    /// The team defaults, if the plans folder has them; problems are said on the screen and the defaults left out.
    static func read(_ plans: PlansFolder, asOf: Day, words: PromptBook, warn: (String) -> Void) -> TeamDefaults? {
        let url = url(plans)
        let data: Data
        do {
            guard case .data(let read) = try BoundedFile.read(url.path, limit: AnswersFile.sizeLimit) else { return nil }
            data = read
        } catch {
            warn(words.text("team_file.unreadable", ["path": url.path]))
            return nil
        }
        switch TeamDefaults.read(String(decoding: data, as: UTF8.self), asOf: asOf) {
        case .success(let team): return team
        case .failure(let problems):
            warn(words.text("team_file.problems", ["path": url.path]))
            for problem in problems.all { warn("  " + ProblemWords(words: words).line(problem)) }
            return nil
        }
    }

    /// `salesplan team init`: writes a commented team.yaml, never over an existing one.
    public static func initialise(place: Place, words: PromptBook) -> Outcome {
        var out = Outcome()
        do {
            let plans = try PlansFolder.resolve(dir: place.dir, environment: place.environment)
            let url = url(plans)
            if FileManager.default.fileExists(atPath: url.path) {
                out.fail(words.text("team_file.exists", ["path": url.path]), .badInput)
                return out
            }
            try PlansFolder.makeFolder(plans.root, tightening: false)
            try AtomicFile.write(Data((words.file("team.yaml", [:]) ?? "").utf8), to: url)
            out.say(words.text("team_file.written", ["path": url.path]))
        } catch {
            out.fail(error.words(words), .files)
        }
        return out
    }
}
