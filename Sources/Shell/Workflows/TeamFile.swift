import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Understanding

/// The manager's team.yaml in the plans folder: written once from Prompts' commented template, read by the interview.
public enum TeamFile {
    /// The team defaults, if the plans folder has them; problems are said on the screen and the defaults left out.
    static func read(_ plans: PlansFolder, asOf: Day, words: PromptBook, warn: (String) -> Void) -> TeamDefaults? {
        let url = plans.teamDefaultsURL
        let data: Data
        do {
            guard let read = try plans.teamDefaults(limit: AnswersFile.sizeLimit) else { return nil }
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
            let path = plans.teamDefaultsURL.path
            guard try plans.writeTeamDefaults(Data((words.file("team.yaml", [:]) ?? "").utf8)) else {
                out.fail(words.text("team_file.exists", ["path": path]), .badInput)
                return out
            }
            out.say(words.text("team_file.written", ["path": path]))
        } catch {
            out.fail(error.words(words), .files)
        }
        return out
    }
}
