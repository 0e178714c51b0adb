import Foundation
import PlanReport
import PlanStore
import Planner
import Prompts
import Tracking
import Understanding

/// A rep's plan in force and check-ins, found by name or slug, with every failure said in words.
struct RepContext {
    let plans: PlansFolder
    let files: RepFiles
    var plan: Plan
    var checkIns: [CheckIn]
    let today: Day

    func exists(_ week: Day) -> Bool {
        checkIns.contains { $0.week == week }
    }

    static func open(_ name: String?, command: String, place: Place, words: PromptBook, into out: inout Outcome) -> RepContext? {
        let figures = Figures(words: words)
        do {
            let plans = try PlansFolder.resolve(dir: place.dir, environment: place.environment)
            let slug: String
            switch plans.match(name) {
            case .found(let found): slug = found
            case .noPlans:
                out.fail(words.text("tracking.no_plans", ["dir": plans.root.path]), .badInput)
                return nil
            case .none:
                out.fail(
                    words.text(
                        "tracking.no_match",
                        [
                            "name": name ?? "", "dir": plans.root.path, "list": figures.list(plans.slugs()),
                        ]), .badInput)
                return nil
            case .ambiguous(let candidates):
                out.fail(
                    words.text(
                        "tracking.ambiguous",
                        [
                            "list": figures.list(candidates), "command": command, "example": candidates.first ?? "",
                        ]), .badInput)
                return nil
            }
            let files = try plans.rep(slug)
            let plan = try files.plan()
            let checkIns = try readCheckIns(files, today: place.today, words: words, into: &out)
            guard let checkIns else { return nil }
            return RepContext(plans: plans, files: files, plan: plan, checkIns: checkIns, today: place.today)
        } catch {
            out.fail(error.words(words), .files)
            return nil
        }
    }

    static func readCheckIns(_ files: RepFiles, today: Day, words: PromptBook, into out: inout Outcome) throws(StoreError) -> [CheckIn]? {
        guard let data = try files.read(FolderLayout.checkIns) else { return [] }
        switch CheckInSheet.read(String(decoding: data, as: UTF8.self), today: today) {
        case .success(let checkIns): return checkIns
        case .failure(let problem):
            out.fail(describe(problem, path: files.checkInsURL.path, words: words), .files)
            return nil
        }
    }

    /// A sheet's problem in words, naming the file, the line and the column.
    static func describe(_ problem: CheckInSheet.Problem, path: String, words: PromptBook) -> String {
        if problem.column == "week", problem.line == 1 {
            return words.text("tracking.sheet_unreadable_header", ["path": path])
        }
        if problem.otherRep {
            return words.text(
                "tracking.sheet_other_rep",
                [
                    "path": path, "line": String(problem.line), "given": TerminalText.printable(problem.given),
                ])
        }
        if let cells = problem.cells {
            return words.text(
                "tracking.sheet_row_too_wide",
                [
                    "path": path, "line": String(problem.line), "cells": String(cells),
                    "given": TerminalText.printable(problem.given),
                ])
        }
        let kind = ProblemWords.kind(ofKey: problem.column.contains(" ") ? "attempts" : problem.column)
        let why = problem.why.map { ProblemWords(words: words).refusal($0, kind: kind) } ?? ""
        return words.text(
            "tracking.sheet_unreadable",
            [
                "path": path, "line": String(problem.line), "column": problem.column, "given": problem.given, "problem": why,
            ])
    }

    /// Saves a revised plan over the one this session read. When someone else saved first, the revision is kept
    /// aside as plan-unsaved.md and the failure says where; every failure is in words, naming the path.
    func save(revision plan: Plan, words: PromptBook) -> Result<PlanFiles.Saved, Failure> {
        let files = PlanFiles(words: words)
        do {
            return .success(try files.save(plan, in: plans, expecting: .revision(self.plan.revision)))
        } catch let error as StoreError {
            var lines = [error.words(words)]
            if case .conflict = error, let aside = try? files.keepAside(plan, in: plans) {
                lines.append(words.text("store.kept_aside", ["path": aside.path]))
            }
            return .failure(Failure(lines: lines))
        } catch {
            return .failure(Failure(lines: [words.text("store.cannot_write", ["path": self.files.folder.path, "reason": "\(error)"])]))
        }
    }

    /// Why a save failed, in lines to show.
    struct Failure: Error {
        var lines: [String]
    }

    /// The check-ins file with `checkIns`, written whole.
    func save(_ checkIns: [CheckIn]) throws {
        let text = CheckInSheet.write(rep: plan.rep, channels: plan.inputs.channels.map(\.name), checkIns: checkIns)
        try AtomicFile.write(Data(text.utf8), to: files.checkInsURL)
    }
}
