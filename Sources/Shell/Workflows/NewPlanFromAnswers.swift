import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Understanding

/// `salesplan new --answers FILE`: read the answers, plan, write plan.json and plan.md, say where.
public struct NewPlanFromAnswers: Sendable {
    public var answersPath: String
    public var dir: String?
    public var asOf: Day?
    public var json: Bool
    public var today: Day
    public var environment: [String: String]

    /// An answers file is small; anything past this is not one.
    public static let sizeLimit = 1 << 20

    public init(answersPath: String, dir: String?, asOf: Day?, json: Bool, today: Day, environment: [String: String]) {
        self.answersPath = answersPath
        self.dir = dir
        self.asOf = asOf
        self.json = json
        self.today = today
        self.environment = environment
    }

    public func run(words: PromptBook) -> Outcome {
        var out = Outcome()
        guard let source = readAnswers(words: words, into: &out) else { return out }
        let inputs: PlanInputs
        switch AnswerSheet.inputs(from: source, today: today, asOf: asOf) {
        case .success(let read):
            inputs = read
        case .failure(let problems):
            let names = ProblemWords(words: words)
            let header = problems.all.count == 1 ? "answers.refused_one" : "answers.refused"
            out.complain(words.text(header, ["count": String(problems.all.count), "path": answersPath]))
            for problem in problems.all { out.complain("  " + names.line(problem)) }
            out.status = .badInput
            return out
        }
        let plan: Plan
        do {
            plan = try Planner.plan(inputs)
        } catch {
            out.fail(words.text("planner.refused", ["problem": PlanProblemWords.words(for: error, words)]), .badInput)
            return out
        }
        let files = PlanFiles(words: words)
        do {
            let folder = try PlansFolder.resolve(dir: dir, environment: environment)
            let saved = try files.save(plan, in: folder)
            if json {
                out.stdout += String(decoding: try files.json(plan), as: UTF8.self)
            } else {
                out.say(words.text("summary.saved", [
                    "rep": plan.rep, "json": saved.json.path, "markdown": saved.markdown.path,
                ]))
                out.say(PlanWords(words: words).summary(plan))
            }
        } catch let error as StoreError {
            out.fail(error.words(words), .files)
        } catch {
            out.fail(words.text("store.cannot_write", ["path": dir ?? "", "reason": "\(error)"]), .files)
        }
        return out
    }

    private func readAnswers(words: PromptBook, into out: inout Outcome) -> String? {
        let url = URL(fileURLWithPath: answersPath)
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= Self.sizeLimit else {
                out.fail(words.text("answers.too_large", [
                    "path": answersPath, "size": Figures.grouped(size), "limit": Figures.grouped(Self.sizeLimit),
                ]), .files)
                return nil
            }
            data = try Data(contentsOf: url)
        } catch {
            out.fail(words.text("answers.cannot_read", ["path": answersPath, "reason": Self.reason(error)]), .files)
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            out.fail(words.text("answers.not_text", ["path": answersPath]), .badInput)
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError || ns.code == 260 {
            return String(cString: strerror(ENOENT))
        }
        return ns.localizedDescription
    }
}
