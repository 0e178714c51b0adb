#!/usr/bin/env python3
"""Nothing lost, nothing leaked: the real salesplan binary under SIGKILL, concurrent sessions, full and read-only
disks, no HOME, hostile input and a hostile umask. Prints one line per check and the figures; exits 1 on a failure.

usage: reliability.py --bin PATH [--kills N] [--seed N]
"""
import argparse
import contextlib
import csv
import io
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

import hostile_cases

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLE = os.path.join(ROOT, "Tests/ShellTests/Examples/01-worked-example.yaml")
TRANSCRIPT = os.path.join(ROOT, "Tests/ShellTests/Transcripts/01-annual-plan.txt")
TEMP_PREFIX = ".salesplan-tmp-"

failures = []
figures = {}


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def transcript():
    lines, as_of = [], "2027-01-01"
    with open(TRANSCRIPT, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.startswith("# as-of:"):
                as_of = line.split(":", 1)[1].strip()
            elif not line.startswith("#"):
                lines.append(line)
    return lines, as_of


def env(**extra):
    e = {k: v for k, v in os.environ.items() if k not in ("SALESPLAN_DIR", "XDG_DATA_HOME")}
    e.update({"TERM": "dumb", "COLUMNS": "80"})
    e.update(extra)
    return {k: v for k, v in e.items() if v is not None}


def run(binary, args, stdin=None, **kw):
    return subprocess.run([binary] + args, input=stdin, capture_output=True, timeout=60, **kw)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


CHECKIN = """week: {week}
activities:
  - {{name: calls, attempts: {calls}, meetings: 2}}
  - {{name: referral asks, attempts: 8, meetings: 1}}
meetings_held: 3
opportunities_created: 2
deals_won: 1
revenue_closed: $30,000
"""

REVISIT = "ratios: blended\nreason: a slow month\n"
# A day after every week the check-ins here name: check-ins are for weeks that have begun, whatever today is.
LATER = "2027-03-01"


# ---------------------------------------------------------------- what every file must still be

def files_are_whole(folder):
    """Every file salesplan keeps parses; returns a list of problems."""
    problems = []
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            if name.startswith(TEMP_PREFIX) or name == ".lock":
                continue
            try:
                data = open(path, "rb").read()
                if name.endswith(".json"):
                    doc = json.loads(data)
                    if name.startswith("plan") and doc.get("schema_version") != 1:
                        problems.append(f"{path}: no schema_version 1")
                elif name.endswith(".csv"):
                    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
                    if not rows or "week" not in rows[0]:
                        problems.append(f"{path}: no header row")
                    width = len(rows[0])
                    if any(len(r) != width for r in rows[1:]):
                        problems.append(f"{path}: ragged rows")
                elif name.endswith(".ics"):
                    if not data.startswith(b"BEGIN:VCALENDAR\r\n") or not data.endswith(b"END:VCALENDAR\r\n"):
                        problems.append(f"{path}: not a whole calendar")
                elif name.endswith(".md"):
                    if not data.startswith(b"# Sales action plan") or not data.rstrip().endswith(b""):
                        problems.append(f"{path}: not a whole plan.md")
            except Exception as e:  # noqa: BLE001 - any failure to parse is the finding
                problems.append(f"{path}: {e}")
    return problems


def leftovers(folder):
    return [os.path.join(d, n) for d, _, names in os.walk(folder) for n in names if n.startswith(TEMP_PREFIX)]


# ---------------------------------------------------------------- 1. SIGKILL at random moments

def accepted_answers(stdout):
    """Answers the session had accepted and moved on from when it died: 'Got it' lines followed by a later question."""
    lines = stdout.decode("utf-8", "replace").splitlines()
    last_question = max((i for i, l in enumerate(lines) if l.startswith("[") and "/" in l.split("]")[0]), default=-1)
    got = [l for l in lines[:last_question] if l.startswith("Got it: ")]
    added = [l for l in lines[:last_question] if l.startswith("Added ")]
    return len(got), len(added)


def kill_after(proc, delay):
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(signal.SIGKILL)


def killed_run(binary, args, stdin_text, delay, environment):
    proc = subprocess.Popen([binary] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=environment)
    killer = threading.Thread(target=kill_after, args=(proc, delay))
    killer.start()
    try:
        out, _ = proc.communicate(stdin_text, timeout=60)
    except (BrokenPipeError, OSError):
        out = proc.stdout.read() if proc.stdout else b""
        proc.wait()
    killer.join()
    return proc.returncode, out


def kills(binary, count, rng, work):
    lines, as_of = transcript()
    interview_input = ("\n".join(lines) + "\n").encode()
    shared = os.path.join(work, "kills")
    plans = os.path.join(shared, "plans")
    e = env()
    first = run(binary, ["new", "--answers", EXAMPLE, "--dir", plans, "--as-of", "2027-01-04"], env=e)
    check(first.returncode == 0, "a plan to kill sessions over")
    checkin = write(os.path.join(shared, "checkin.yaml"), CHECKIN.format(week="2027-01-11", calls=90))
    revisit = write(os.path.join(shared, "revisit.yaml"), REVISIT)
    sheet = os.path.join(plans, "mark-rivera", "tracking.csv")
    filled = os.path.join(shared, "filled.csv")
    rows = list(csv.reader(open(sheet, encoding="utf-8")))
    for row in rows[1:4]:
        row[rows[0].index("calls attempts")] = "100"
        row[rows[0].index("meetings_held")] = "3"
    with open(filled, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

    jobs = {
        "interview": (lambda d: ["new", "--dir", d, "--as-of", as_of], interview_input),
        "new --answers": (lambda d: ["new", "--answers", EXAMPLE, "--dir", d, "--as-of", "2027-01-04"], b""),
        "checkin --answers": (lambda d: ["checkin", "mark", "--answers", checkin, "--replace", "--dir", d, "--as-of", LATER], b""),
        "checkin --sheet": (lambda d: ["checkin", "mark", "--sheet", filled, "--replace", "--dir", d, "--as-of", LATER], b""),
        "revisit --answers": (lambda d: ["revisit", "mark", "--answers", revisit, "--dir", d, "--as-of", LATER], b""),
    }
    # How long each job takes whole, so kills land all through it.
    durations = {}
    for name, (args, stdin) in jobs.items():
        folder = tempfile.mkdtemp(dir=work) if name == "interview" else plans
        start = time.monotonic()
        done = run(binary, args(folder), stdin=stdin, env=e)
        durations[name] = time.monotonic() - start
        check(done.returncode == 0, f"{name} runs whole ({durations[name] * 1000:.0f} ms): {done.stderr[-200:]!r}")

    survived = lost = 0
    by_job = {name: 0 for name in jobs}
    for n in range(count):
        name = rng.choice(list(jobs))
        args, stdin = jobs[name]
        folder = tempfile.mkdtemp(dir=work) if name == "interview" else plans
        delay = rng.uniform(0, durations[name] * 1.1)
        _, out = killed_run(binary, args(folder), stdin, delay, e)
        by_job[name] += 1
        problems = files_are_whole(folder)
        if name == "interview":
            got, added = accepted_answers(out)
            draft = os.path.join(folder, "mark-rivera", "draft.json")
            saved = os.path.join(folder, "mark-rivera", "plan.json")
            if os.path.exists(saved):
                pass
            elif got or added:
                try:
                    d = json.load(open(draft))
                    if len(d["values"]) < got or len(d.get("channels", [])) < added:
                        problems.append(f"draft holds {len(d['values'])} answers, {got} were accepted")
                except (OSError, ValueError, KeyError) as err:
                    problems.append(f"{got} answers accepted but no readable draft: {err}")
            shutil.rmtree(folder, ignore_errors=True)
        if problems:
            lost += 1
            check(False, f"kill {n} during {name} after {delay * 1000:.1f} ms: {problems[:3]}")
        else:
            survived += 1
    left = leftovers(plans)
    # The next run in the folder works, leftovers or not, and clears them.
    after = run(binary, ["checkin", "mark", "--answers", checkin, "--replace", "--dir", plans, "--as-of", LATER], env=e)
    check(after.returncode == 0, f"the run after {count} kills works ({len(left)} temporary files were left by kills)")
    check(leftovers(os.path.join(plans, "mark-rivera")) == [], "leftovers cleared by the next save")
    shown = run(binary, ["show", "mark", "--json", "--dir", plans], env=e)
    check(shown.returncode == 0, "the plan in force still reads whole after every kill")
    check(survived == count, f"{survived} of {count} kills left every file whole and every accepted answer kept")
    figures["kills"] = count
    figures["kills_by_job"] = by_job
    figures["kills_survived"] = survived


# ---------------------------------------------------------------- 2. two sessions at once

def concurrent(binary, work):
    plans = os.path.join(work, "concurrent")
    e = env()
    rounds = 12
    procs = [subprocess.Popen([binary, "new", "--answers", EXAMPLE, "--dir", plans], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=e) for _ in range(rounds)]
    codes = [p.wait() for p in procs]
    errors = b"".join(p.stderr.read() for p in procs)
    check(codes == [0] * rounds, f"{rounds} plans saved for one rep at once all land ({codes} {errors[:300]!r})")
    revisions = sorted(n for n in os.listdir(os.path.join(plans, "mark-rivera")) if n.startswith("plan-r") and n.endswith(".json"))
    plan = json.load(open(os.path.join(plans, "mark-rivera", "plan.json")))
    check(plan["revision"] == rounds and len(revisions) == rounds - 1,
          f"no lost update: revision {plan['revision']} in force, {len(revisions)} earlier ones kept")

    weeks = [f"2027-{m:02d}-{d:02d}" for m, d in [(1, 4), (1, 11), (1, 18), (1, 25), (2, 1), (2, 8), (2, 15), (2, 22)]]
    answer_files = [write(os.path.join(work, f"ci-{w}.yaml"), CHECKIN.format(week=w, calls=70)) for w in weeks]
    procs = [subprocess.Popen([binary, "checkin", "mark", "--answers", a, "--dir", plans, "--as-of", LATER], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=e) for a in answer_files]
    codes = [p.wait() for p in procs]
    rows = list(csv.DictReader(open(os.path.join(plans, "mark-rivera", "checkins.csv"), encoding="utf-8")))
    check(codes == [0] * len(weeks) and sorted(r["week"] for r in rows) == weeks,
          f"{len(weeks)} check-ins at once: every week kept ({len(rows)} rows)")

    # The rep's interview learns the name, the manager saves a plan for the same rep, the interview then confirms.
    lines, as_of = transcript()
    folder = os.path.join(work, "conflict")
    proc = subprocess.Popen([binary, "new", "--dir", folder, "--as-of", as_of], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=e)
    proc.stdin.write(("\n".join(lines[:-1]) + "\n").encode())
    proc.stdin.flush()
    deadline = time.time() + 20
    draft = os.path.join(folder, "mark-rivera", "draft.json")
    while time.time() < deadline and not os.path.exists(draft):
        time.sleep(0.02)
    time.sleep(0.3)
    manager = run(binary, ["new", "--answers", EXAMPLE, "--dir", folder], env=e)
    out, err = proc.communicate((lines[-1] + "\n").encode(), timeout=30)
    text = out.decode() + err.decode()
    check(manager.returncode == 0, "the manager's plan saves first")
    check(proc.returncode == 3 and "was saved by someone else" in text,
          f"the rep's session is refused, saying why (exit {proc.returncode})")
    check(os.path.exists(draft) and draft in text, "the loser's answers are kept as a draft it names")
    check("8 first meetings a week" in text, "the loser's plan is printed, not lost")
    kept = json.load(open(os.path.join(folder, "mark-rivera", "plan.json")))
    check(kept["revision"] == 1 and kept["rep"] == "Mark Rivera", "the winner's plan is untouched")


# ---------------------------------------------------------------- 3. full disk, read-only folder, no HOME

@contextlib.contextmanager
def small_disk(work, size_kb, read_only=False):
    mount = tempfile.mkdtemp(dir=work)
    opts = f"size={size_kb}k,mode=0755" + (",ro" if read_only else "")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", mount], capture_output=True).returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", mount], capture_output=True)


def nowhere_to_save(binary, work):
    lines, as_of = transcript()
    fallback_tmp = tempfile.mkdtemp(dir=work)
    e = env(TMPDIR=fallback_tmp)

    with small_disk(work, 64) as disk:
        if check(disk is not None, "a 64 KB disk to fill (needs mount; run as root)"):
            plans = os.path.join(disk, "plans")
            with open(os.path.join(disk, "filler"), "wb") as f:
                with contextlib.suppress(OSError):
                    f.write(b"x" * (1 << 20))
            r = run(binary, ["new", "--answers", EXAMPLE, "--dir", plans], env=e)
            check(r.returncode == 3 and plans.encode() in r.stderr, f"full disk: exit 3 naming the path ({r.returncode})")
            check(r.stdout.startswith(b"# Sales action plan: Mark Rivera"), "full disk: the plan is printed on stdout")
            check(files_are_whole(disk) == [], "full disk: no half-written file")
            r = run(binary, ["new", "--dir", plans, "--as-of", as_of], stdin=("\n".join(lines) + "\n").encode(), env=e)
            fallback = os.path.join(fallback_tmp, f"salesplan-{os.getuid()}", "mark-rivera", "draft.json")
            check(r.returncode == 3 and os.path.exists(fallback) and fallback.encode() in r.stderr,
                  f"full disk: the interview keeps its draft in the fallback folder it names (exit {r.returncode})")
            check(b"8 first meetings a week" in r.stdout, "full disk: the interview prints the plan")
            resumed = run(binary, ["new", "--dir", os.path.join(work, "roomy"), "--as-of", as_of], stdin=b"yes\nyes\n", env=e)
            check(resumed.returncode == 0 and os.path.exists(os.path.join(work, "roomy", "mark-rivera", "plan.json")),
                  "the fallback draft resumes into a plan once there is room")
    with small_disk(work, 64, read_only=True) as disk:
        if check(disk is not None, "a read-only folder (needs mount; run as root)"):
            r = run(binary, ["new", "--answers", EXAMPLE, "--dir", disk], env=e)
            check(r.returncode == 3 and disk.encode() in r.stderr and b"Read-only" in r.stderr,
                  f"read-only: exit 3 naming the path and why ({r.stderr[:120]!r})")
            check(r.stdout.startswith(b"# Sales action plan"), "read-only: the plan is printed on stdout")
    homeless = {k: v for k, v in env(TMPDIR=fallback_tmp).items() if k not in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}
    r = run(binary, ["new", "--answers", EXAMPLE], env=homeless)
    check(r.returncode == 3 and b"HOME is not set" in r.stderr and r.stdout.startswith(b"# Sales action plan"),
          f"no HOME: exit 3, said, plan printed ({r.returncode})")
    r = run(binary, ["show"], env=homeless)
    check(r.returncode == 3 and b"HOME is not set" in r.stderr, "no HOME: show says what is missing")


# ---------------------------------------------------------------- 4. hostile input

def hostile_input(binary, work, rng):
    e = env()
    tried = 0
    garbage = "\n".join("".join(rng.choice("!@#$%^&*()qwzx0123 ") for _ in range(rng.randint(0, 60)))
                        for _ in range(10_000)) + "\n"
    start = time.monotonic()
    r = run(binary, ["new", "--dir", os.path.join(work, "garbage")], stdin=garbage.encode(), env=e)
    took = time.monotonic() - start
    tried += 10_000
    # Refusals in a row: the same question again with nothing accepted in between.
    longest = run_length = 0
    previous, asked = None, 0
    for line in r.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith(("Got it", "Added ", "Skipped", "Changed")):
            previous = None
        elif line.startswith("[") and "/" in line[:8]:
            asked += 1
            run_length = run_length + 1 if line == previous else 1
            longest = max(longest, run_length)
            previous = line
    check(r.returncode == 1 and took < 20, f"10,000 garbage lines: a clear exit 1 ({took:.2f} s)")
    check(longest <= 5, f"  ...no question asked more than 5 times with nothing accepted ({longest}; {asked} asks in all)")
    check(b"draft" in r.stderr or b"gave up" in r.stdout.lower() or b"stop" in r.stdout.lower(), "  ...saying why it stopped")

    long_line = b"x" * (5 << 20)  # 5 MB and no newline
    r = run(binary, ["new", "--dir", os.path.join(work, "long")], stdin=long_line, env=e)
    tried += 1
    check(r.returncode in (1, 0) and b"Program crashed" not in r.stderr and len(r.stdout) < 200_000,
          f"a 5 MB line: no crash, no echo of it ({len(r.stdout)} bytes out)")
    lines, as_of = transcript()
    lines = list(lines)
    lines[0] = "Hi, I'm \x1b[31mMark\x1b]0;owned\x07 Rivera\x1b[0m \xff\xfe"
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogateescape")
    data = data.replace("\xff\xfe".encode(), b"\xff\xfe")
    folder = os.path.join(work, "escapes")
    r = run(binary, ["new", "--dir", folder, "--as-of", as_of], stdin=data, env=e)
    tried += len(lines)
    check(r.returncode == 0, f"escapes and invalid UTF-8 in a name: the plan is made ({r.stderr[-200:]!r})")
    check(b"\x1b" not in r.stdout and b"\x1b" not in r.stderr, "no escape sequence echoed raw")
    stored = b"".join(open(os.path.join(d, n), "rb").read() for d, _, ns in os.walk(folder) for n in ns)
    check(b"\x1b" not in stored and b"\x07" not in stored, "no escape sequence stored in a file")
    check(os.listdir(folder) == ["mark-rivera"], f"the folder is named from the letters only ({os.listdir(folder)})")

    for name in ["../../etc/passwd", "..", "/", "~root"]:
        answers = open(EXAMPLE, encoding="utf-8").read().replace("rep: Mark Rivera", f"rep: '{name}'")
        path = write(os.path.join(work, "hostile.yaml"), answers)
        target = os.path.join(work, "names")
        r = run(binary, ["new", "--answers", path, "--dir", target], env=e)
        tried += 1
        inside = all(os.path.realpath(os.path.join(d, n)).startswith(os.path.realpath(target) + "/")
                     for d, _, ns in os.walk(target) for n in ns)
        check(inside and r.returncode in (0, 1), f"rep {name!r}: nothing written outside the plans folder (exit {r.returncode})")
    figures["hostile_inputs"] = tried


# ---------------------------------------------------------------- 5. privacy

def privacy(binary, work):
    folder = os.path.join(work, "umask")
    e = env(TMPDIR=work)
    r = subprocess.run(["sh", "-c", f'umask 000 && "$0" new --answers "$1" --dir "$2" && "$0" checkin mark --answers "$3" --dir "$2" --as-of 2027-03-01',
                        binary, EXAMPLE, folder, write(os.path.join(work, "w.yaml"), CHECKIN.format(week="2027-01-04", calls=80))],
                       capture_output=True, env=e)
    check(r.returncode == 0, "a plan and a check-in under umask 000")
    modes = {}
    for d, dirs, names in os.walk(folder):
        if d != folder:
            modes[d] = stat.S_IMODE(os.stat(d).st_mode)
        for n in names:
            modes[os.path.join(d, n)] = stat.S_IMODE(os.stat(os.path.join(d, n)).st_mode)
    bad = {p: oct(m) for p, m in modes.items() if m & 0o077}
    check(not bad and len(modes) >= 5, f"every file 0600 and folder 0700 whatever the umask ({len(modes)} checked, {bad})")
    if shutil.which("strace"):
        log = os.path.join(work, "strace.log")
        lines, as_of = transcript()
        subprocess.run(["strace", "-f", "-qq", "-o", log, "-e", "trace=socket,connect,execve,fork,vfork,clone3",
                        binary, "new", "--dir", os.path.join(work, "traced"), "--as-of", as_of],
                       input=("\n".join(lines) + "\n").encode(), capture_output=True, env=e)
        calls = open(log).read().splitlines()
        sockets = [c for c in calls if "socket(" in c or "connect(" in c]
        execs = [c for c in calls if "execve(" in c]
        check(not sockets, f"no network: no socket opened during a whole interview ({len(sockets)})")
        check(len(execs) == 1, f"no shell-outs: the one execve is salesplan's own ({len(execs)})")
    else:
        check(False, "strace is needed for the network and shell-out check (apt-get install strace)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--kills", type=int, default=240)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    rng = random.Random(args.seed)
    print(f"reliability: seed {args.seed}")
    with tempfile.TemporaryDirectory(prefix="salesplan-reliability-") as work:
        os.chmod(work, 0o700)
        kills(binary, args.kills, rng, work)
        concurrent(binary, work)
        nowhere_to_save(binary, work)
        hostile_input(binary, work, rng)
        privacy(binary, work)
        hostile_cases.run_all(binary, work, check, figures)
    print("figures: " + json.dumps(figures))
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
