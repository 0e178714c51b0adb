#!/usr/bin/env python3
"""salesplan's benchmarks: whole-process times as ratios to a floor measured in the same run.

usage: bench.py --bin RELEASE_SALESPLAN --floor FLOOR_BINARY --examples DIR --transcript FILE [--runs N]

The floor is a hello-world Swift program that loads Foundation, built with -O in the same run.
Each figure is the median of N runs (default 21) with its spread (the middle half of the runs);
peak memory is the largest resident set of any run (from wait4). Prints a Markdown table.
"""
import os
import statistics
import sys
import tempfile
import time


def arg(name, default=None):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def spawn(argv, stdin_data=None, until=None, env=None):
    """Runs argv; returns (seconds to `until` appearing on stdout or to exit, peak RSS in KB)."""
    rin, win = os.pipe()
    rout, wout = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(rin, 0)
        os.dup2(wout, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        for fd in (rin, win, rout, wout):
            os.close(fd)
        os.execve(argv[0], argv, env or os.environ)
    os.close(rin)
    os.close(wout)
    if stdin_data is not None:
        os.write(win, stdin_data)
        os.close(win)
        win = None
    seen = b""
    reached = None
    while True:
        chunk = os.read(rout, 65536)
        if not chunk:
            break
        seen += chunk
        if until is not None and reached is None and until in seen:
            reached = time.perf_counter() - start
            if win is not None:
                os.close(win)
                win = None
    _, _, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(rout)
    if win is not None:
        os.close(win)
    return (reached if until is not None and reached is not None else elapsed), usage.ru_maxrss


def measure(label, runs, make):
    times, peaks = [], []
    for _ in range(runs):
        t, rss = make()
        times.append(t)
        peaks.append(rss)
    q = statistics.quantiles(times, n=4) if len(times) >= 4 else [min(times), 0, max(times)]
    return {"label": label, "median": statistics.median(times), "q1": q[0], "q3": q[2], "peak_kb": max(peaks)}


def make_team(binary, answers, reps, env):
    """A plans folder of `reps` generated reps: one real plan.json copied with new names, and six weeks of check-ins."""
    import json, random, subprocess
    folder = tempfile.mkdtemp(prefix=f"salesplan-team-{reps}-")
    seed = subprocess.run([binary, "new", "--answers", answers, "--dir", folder, "--json"], capture_output=True, env=env)
    plan = json.loads(seed.stdout)
    os.system(f"rm -rf '{folder}'/*")
    random.seed(reps)
    for i in range(reps):
        slug = f"rep-{i:05d}"
        os.makedirs(os.path.join(folder, slug))
        plan["rep"], plan["slug"] = f"Rep {i:05d}", slug
        with open(os.path.join(folder, slug, "plan.json"), "w") as f:
            json.dump(plan, f)
        lines = ["rep,week,calls attempts,calls meetings,meetings_held,opportunities_created,deals_won,deals_lost,revenue_closed,note"]
        for w, week in enumerate(["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25", "2027-02-01", "2027-02-08"]):
            calls = random.randint(60, 200)
            lines.append(f"Rep {i:05d},{week},{calls},{calls // 40},{random.randint(2, 10)},{random.randint(1, 5)},{random.randint(0, 2)},{random.randint(0, 3)},{random.randint(0, 3) * 30000},")
        with open(os.path.join(folder, slug, "checkins.csv"), "w") as f:
            f.write("\n".join(lines) + "\n")
    return folder


def main():
    binary = os.path.abspath(arg("--bin"))
    floor = os.path.abspath(arg("--floor"))
    examples = arg("--examples")
    transcript = arg("--transcript")
    runs = int(arg("--runs", "21"))
    lines = [l for l in open(transcript, encoding="utf-8").read().splitlines() if not l.startswith("#")]
    conversation = ("\n".join(lines) + "\n").encode()
    answers = os.path.join(examples, "01-worked-example.yaml")
    env = dict(os.environ, TERM="dumb", NO_COLOR="1")
    env.pop("SALESPLAN_PROMPTS", None)

    def fresh():
        return tempfile.mkdtemp(prefix="salesplan-bench-")

    floor_run = measure("floor: hello world (Foundation)", runs, lambda: spawn([floor]))
    # The main job as a rep starts it: `salesplan` alone, the plans folder from $SALESPLAN_DIR.
    first_prompt = measure("time to the first question", runs, lambda: spawn(
        [binary], stdin_data=None, until=b"[1/", env=dict(env, SALESPLAN_DIR=fresh())))
    empty_input = measure("whole run on empty input (to the first question and out)", runs, lambda: spawn(
        [binary], stdin_data=b"", env=dict(env, SALESPLAN_DIR=fresh())))
    interview = measure("a whole piped interview (transcript 01)", runs, lambda: spawn(
        [binary, "new", "--dir", fresh(), "--as-of", "2026-12-15"], stdin_data=conversation, env=env))
    from_answers = measure("new --answers end to end", runs, lambda: spawn(
        [binary, "new", "--answers", answers, "--dir", fresh(), "--json"], stdin_data=b"", env=env))

    rows = [floor_run, first_prompt, empty_input, interview, from_answers]
    template = arg("--team-template")
    if template:
        for reps in (1000, 10000):
            folder = make_team(binary, template, reps, env)
            rows.append(measure(f"team over {reps:,} reps", max(5, runs // 4), lambda: spawn(
                [binary, "team", "--dir", folder, "--as-of", "2027-03-01"], stdin_data=b"", env=env)))

    base = floor_run["median"]
    print(f"| measure | median | spread (middle half) | × floor | peak memory |")
    print(f"|---|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['label']} | {row['median'] * 1000:.1f} ms | {row['q1'] * 1000:.1f}–{row['q3'] * 1000:.1f} ms "
              f"| {row['median'] / base:.2f} | {row['peak_kb'] / 1024:.1f} MB |")
    print()
    print(f"Aims: first prompt ≤ 1.5× floor (now {first_prompt['median'] / base:.2f}×, "
          f"{empty_input['median'] / base:.2f}× for the whole run on empty input); "
          f"interview peak memory < 40 MB (now {interview['peak_kb'] / 1024:.1f} MB); "
          f"team over 10,000 reps under 2 s. {runs} runs each ({max(5, runs // 4)} for team).")


if __name__ == "__main__":
    main()
