"""The hostile cases of issue 14, each run against the real binary: nothing lost, nothing injected, every hostile
input of at most 1 MB answered in under 1 s and 100 MB. Imported by reliability.py; each function takes
(binary, work, check, figures) and adds its checks."""
import glob
import json
import os
import pty
import shutil
import subprocess
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLE = os.path.join(ROOT, "Tests/ShellTests/Examples/01-worked-example.yaml")
AS_OF = "2027-02-01"
SECONDS, MEGABYTES = 1.0, 100
LIMIT = 30


def env(**extra):
    e = {k: v for k, v in os.environ.items() if k not in ("SALESPLAN_DIR", "XDG_DATA_HOME", "SALESPLAN_PROMPTS")}
    e.update({"TERM": "dumb", "COLUMNS": "80"})
    e.update(extra)
    return e


def measured(binary, args, stdin=b"", environment=None):
    """Runs once; returns (exit code or -signal, stdout, stderr, seconds, peak MB)."""
    with tempfile.TemporaryFile() as i, tempfile.TemporaryFile() as o, tempfile.TemporaryFile() as e:
        i.write(stdin if isinstance(stdin, bytes) else stdin.encode())
        i.seek(0)
        start = time.monotonic()
        p = subprocess.Popen([binary] + args, stdin=i, stdout=o, stderr=e, env=environment or env())
        # A run that hangs is killed after LIMIT seconds and counts as a failure, never a stalled suite.
        timer = threading.Timer(LIMIT, p.kill)
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        timer.cancel()
        took = time.monotonic() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        o.seek(0)
        e.seek(0)
        return p.returncode, o.read(), e.read(), took, usage.ru_maxrss / 1024


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def example(goal=None, **replace):
    text = open(EXAMPLE, encoding="utf-8").read()
    if goal:
        text = "\n".join(f"goal: {goal}" if line.startswith("goal:") else line for line in text.splitlines()) + "\n"
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


def new_plan(binary, folder, work, goal=None, **replace):
    path = write(os.path.join(work, f"answers-{time.monotonic_ns()}.yaml"), example(goal, **replace))
    return measured(binary, ["new", "--answers", path, "--dir", folder, "--as-of", "2026-12-15"])


def bounded(check, what, result):
    code, _, err, took, mb = result
    crashed = code < 0 or code in (132, 134, 139) or b"Program crashed" in err
    return check(not crashed and took < SECONDS and mb < MEGABYTES,
                 f"{what}: exit {code}, {took:.2f} s, {mb:.0f} MB")


def text_of(folder, pattern):
    return "".join(open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(os.path.join(folder, pattern))))


# 1. A damaged or deleted plan.json never costs a later plan.
def damaged_plan(binary, work, check, figures):
    plans = os.path.join(work, "damaged")
    rep = os.path.join(plans, "mark-rivera")
    new_plan(binary, plans, work, goal="$5M")
    new_plan(binary, plans, work, goal="$2M")
    with open(os.path.join(rep, "plan.json"), "rb+") as f:
        f.truncate(os.path.getsize(os.path.join(rep, "plan.json")) - 2)
    code, out, err, _, _ = measured(binary, ["list", "--dir", plans])
    check(b"No plans in" not in out and b"could be read" in out and b"damaged" in err,
          f"1. list with plan.json cut short says it cannot be read, not 'No plans' ({out[-120:]!r})")
    new_plan(binary, plans, work, goal="$1M")
    sheet = os.path.join(rep, "tracking.csv")
    rows = open(sheet, encoding="utf-8").read().splitlines()
    rows[2] = rows[2] + "MY HAND NOTES"
    write(sheet, "\n".join(rows) + "\n")
    new_plan(binary, plans, work, goal="$1M")
    check("MY HAND NOTES" in text_of(rep, "tracking-r*.csv"), "1. a tracking sheet filled in by hand is kept when a new plan replaces it")
    everything = text_of(rep, "plan*.json") + text_of(rep, "plan*.md")
    check("$5,000,000" in everything and "$2,000,000" in everything,
          "1. ...after two more plans, the $5M and $2M plans are both still in a file")
    check(len(glob.glob(os.path.join(rep, "plan-damaged-*.json"))) == 1, "1. ...the unreadable plan.json is kept aside untouched")
    os.remove(os.path.join(rep, "plan.json"))
    outside = write(os.path.join(work, "outside.txt"), "not a plan\n")
    latest = max(int(n[len(rep) + 7:-5]) for n in glob.glob(os.path.join(rep, "plan-r*.json")))
    os.symlink(outside, os.path.join(rep, f"plan-r{latest + 1}.json"))
    new_plan(binary, plans, work, goal="$3M")
    check(open(outside).read() == "not a plan\n", "1. a deleted plan.json and a link named like the next archive: the link's target is untouched")
    check("$1,000,000" in text_of(rep, "plan-r*.md"), "1. ...and the plan.md it replaced is archived under a free number")


# 2. Whatever is accepted reads back: years, period length, note length.
def bounds(binary, work, check, figures):
    plans = os.path.join(work, "bounds")
    code, _, err, _, _ = measured(binary, ["new", "--answers", EXAMPLE, "--dir", plans, "--as-of", "0000-01-01"])
    check(code != 0 and not os.path.exists(plans) and b"between 2000 and 2100" in err,
          f"2. --as-of 0000-01-01 is refused with the years accepted, nothing written (exit {code})")
    path = write(os.path.join(work, "long.yaml"), example(**{"period: '2027'": "period: 2027-01-01 to 2045-12-31"}))
    code, _, err, _, _ = measured(binary, ["new", "--answers", path, "--dir", plans, "--as-of", "2026-12-15"])
    check(code != 0 and not os.path.exists(plans), f"2. a 19-year period is refused before anything is saved (exit {code})")
    new_plan(binary, plans, work)
    # Just under the 1 MB an answers file may be, so the file is read and the note itself must be refused.
    note = "n" * 900_000
    path = write(os.path.join(work, "note.yaml"), f"week: 2027-01-04\nmeetings_held: 3\nnote: {note}\n")
    result = measured(binary, ["checkin", "mark", "--answers", path, "--dir", plans, "--as-of", AS_OF])
    check(result[0] != 0 and not os.path.exists(os.path.join(plans, "mark-rivera/checkins.csv")),
          "2. a 900 KB note is refused where it comes in")
    bounded(check, "2. ...quickly", result)
    for week in range(5):
        path = write(os.path.join(work, "w.yaml"), f"week: 2027-01-{4 + 7 * week:02d}\nmeetings_held: 3\nnote: {'n' * 4000}\n")
        measured(binary, ["checkin", "mark", "--answers", path, "--dir", plans, "--as-of", "2027-02-08"])
    code, out, err, _, _ = measured(binary, ["show", "mark", "--dir", plans, "--as-of", "2027-02-08"])
    check(code == 0, f"2. five check-ins with the longest notes accepted still read back ({err[-100:]!r})")


# 3, 5, 6. Check-in sheets: the same limits as answers files, formula-guarded names read back, rows added up.
def sheets(binary, work, check, figures):
    plans = os.path.join(work, "sheets")
    new_plan(binary, plans, work, **{"name: calls": "name: '@LinkedIn messages'"})
    csv_path = os.path.join(plans, "mark-rivera/checkins.csv")
    for revenue in ["50000000000000", "1e308", "0x1p1023"]:
        sheet = write(os.path.join(work, "r.csv"), f"rep,week,revenue_closed\nMark,2027-01-04,{revenue}\n")
        result = measured(binary, ["checkin", "mark", "--sheet", sheet, "--dir", plans, "--as-of", AS_OF])
        check(result[0] != 0 and not os.path.exists(csv_path), f"3. revenue {revenue} in a sheet is refused")
    for week in ["2027-01-04", "2027-01-11"]:
        path = write(os.path.join(work, "li.yaml"), f"week: {week}\nactivities:\n  - {{name: '@LinkedIn messages', attempts: 30, meetings: 1}}\n")
        measured(binary, ["checkin", "mark", "--answers", path, "--dir", plans, "--as-of", AS_OF])
    header = open(csv_path, encoding="utf-8").readline()
    code, out, _, _, _ = measured(binary, ["show", "mark", "--json", "--dir", plans, "--as-of", AS_OF])
    pacing = json.loads(out or b"{}").get("pacing") or {}
    so_far = {row.get("name"): row.get("actual") for row in pacing.get("so_far", []) if row.get("kind") == "activity"}
    check("'@LinkedIn messages attempts" in header and so_far.get("@LinkedIn messages") == 60,
          f"5. '@LinkedIn messages' is guarded in the CSV and its two weeks add up to 60 ({so_far})")
    daily = "rep,week,@LinkedIn messages attempts,meetings_held\n" + "".join(
        f"Mark,2027-01-{d:02d},10,1\n" for d in range(18, 23))
    code, out, _, _, _ = measured(binary, ["checkin", "mark", "--sheet", write(os.path.join(work, "d.csv"), daily),
                                           "--dir", plans, "--as-of", AS_OF])
    rows = [r for r in open(csv_path, encoding="utf-8").read().splitlines() if ",2027-01-18," in r]
    check(code == 0 and len(rows) == 1 and ",50," in rows[0] and b"5 rows" in out,
          f"6. five daily rows of one week are added up and said ({rows})")
    wide = "rep,week,@LinkedIn messages attempts,meetings_held\nMark,2027-01-25,1,000,3\n"
    code, _, err, _, _ = measured(binary, ["checkin", "mark", "--sheet", write(os.path.join(work, "w.csv"), wide),
                                           "--dir", plans, "--as-of", AS_OF])
    check(code != 0 and b"1,000" in err and ",2027-01-25," not in open(csv_path).read(),
          "6. an unquoted 1,000 that shifts the cells is refused, not read shifted")


# 4. Revisits that lose a race each keep their revision under their own name.
def racing_revisits(binary, work, check, figures):
    plans = os.path.join(work, "race")
    new_plan(binary, plans, work)
    # Three sessions read revision 1 and wait at their first question; then all answer and save.
    sessions = [subprocess.Popen([binary, "revisit", "mark", "--dir", plans, "--as-of", AS_OF], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env()) for _ in range(3)]
    time.sleep(1.5)
    outputs = []
    for p in sessions:
        try:
            outputs.append(p.communicate(b"\n" * 20, timeout=LIMIT))
        except subprocess.TimeoutExpired:
            p.kill()
            outputs.append(p.communicate())
    losers = sum(1 for out, err in outputs if b"plan-unsaved" in out + err)
    asides = glob.glob(os.path.join(plans, "mark-rivera/plan-unsaved-*.md"))
    check(losers == 2 and len(asides) == 2, f"4. two of three revisits lose the race and both revisions are kept, one file each ({losers}, {len(asides)})")
    figures["revisits_lost_race"] = losers


# 7, 8. Files that would take the time and memory of the machine, or crash the parser.
def hostile_files(binary, work, check, figures):
    levels = ["a0: &a0 [x,x,x,x,x,x,x,x,x]"] + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    bomb = "\n".join(levels) + "\n"
    plans = os.path.join(work, "bombs")
    result = measured(binary, ["new", "--answers", write(os.path.join(work, "bomb.yaml"), bomb + "rep: Bo\n"), "--dir", plans])
    check(result[0] == 1 and b"aliases" in result[2], "7. an alias bomb as an answers file is refused in words")
    bounded(check, "7. ...bounded", result)
    new_plan(binary, plans, work)
    write(os.path.join(plans, "team.yaml"), bomb)
    result = measured(binary, ["new", "--dir", plans], stdin=b"Ann Bell\n")
    bounded(check, "7. an alias bomb as the shared team.yaml does not stall the interview", result)
    prompts = os.path.join(work, "prompts")
    write(os.path.join(prompts, "plan.yaml"), bomb)
    result = measured(binary, ["list", "--dir", plans, "--prompts", prompts])
    check(result[0] != 0 and b"aliases" in result[2], "7. an alias bomb as a prompt file is refused")
    bounded(check, "7. ...bounded", result)
    os.remove(os.path.join(prompts, "plan.yaml"))
    write(os.path.join(prompts, "plan.md.mustache"), "{{#a}}" * 3000 + "x" + "{{/a}}" * 3000)
    result = measured(binary, ["list", "--dir", plans, "--prompts", prompts])
    check(result[0] != 0 and b"nest" in result[2], "8. 3,000 nested sections in a template are refused in words")
    bounded(check, "8. ...with no crash", result)
    write(os.path.join(prompts, "plan.md.mustache"), "{{#a}}x{{/b}}")
    result = measured(binary, ["list", "--dir", plans, "--prompts", prompts])
    check(result[0] != 0 and b"ParserError" not in result[2] and b"line 1" in result[2],
          f"8. a broken template is named by line, not as a raw ParserError ({result[2][-120:]!r})")


# 9, 10. Nothing from a file reaches the screen or plan.md as markup or escapes.
def injection(binary, work, check, figures):
    plans = os.path.join(work, "inject")
    new_plan(binary, plans, work, **{"manager: Dana Cole": 'manager: "Dana\\e]0;owned\\aCole\\u202e"',
                                     "name: calls": "name: 'calls | <b>x</b> [a](javascript:alert(1))'"})
    stored = open(os.path.join(plans, "mark-rivera/plan.json"), encoding="utf-8").read()
    check("\\u001b" not in stored and "\\u0007" not in stored and "\u202e" not in stored,
          "9. escapes in answers-file values are not kept in plan.json")
    md = open(os.path.join(plans, "mark-rivera/plan.md"), encoding="utf-8").read()
    rows = [r for r in md.splitlines() if r.startswith("| 2027-") or r.startswith("| Week")]
    cells = {r.replace("\\|", "").count("|") for r in rows}
    check("<b>" not in md and "](javascript" not in md.replace("\\]", "") and len(cells) == 1,
          f"10. a | and HTML in an activity name do not break plan.md's table or inject markup ({cells})")
    path = os.path.join(plans, "mark-rivera/plan.json")
    plan = json.load(open(path, encoding="utf-8"))
    plan["rep"] = "Mark\u001b]0;owned\u0007 Rivera\u202e"
    json.dump(plan, open(path, "w", encoding="utf-8"))
    outputs = b""
    for args in (["list"], ["show", "mark"], ["team"], ["team", "--csv"], ["team", "--json"]):
        code, out, err, _, _ = measured(binary, args + ["--dir", plans, "--as-of", AS_OF])
        outputs += out + err
    check(b"\x1b" not in outputs and b"\x07" not in outputs and "\u202e".encode() not in outputs,
          "9. a name with escapes hand-edited into plan.json never reaches the screen (list, show, team)")


# 11. Links and other users' folders are refused in every command; history never follows a link.
def links(binary, work, check, figures):
    plans = os.path.join(work, "links")
    elsewhere = os.path.join(work, "elsewhere")
    new_plan(binary, elsewhere, work)
    os.makedirs(plans)
    os.symlink(os.path.join(elsewhere, "mark-rivera"), os.path.join(plans, "mark-rivera"))
    path = write(os.path.join(work, "c.yaml"), "week: 2027-01-04\nmeetings_held: 3\n")
    code, _, err, _, _ = measured(binary, ["checkin", "mark", "--answers", path, "--dir", plans, "--as-of", AS_OF])
    check(code != 0 and not os.path.exists(os.path.join(elsewhere, "mark-rivera/checkins.csv")),
          f"11. checkin does not write through a linked rep folder (exit {code})")
    if os.geteuid() == 0:
        shared = os.path.join(work, "shared")
        new_plan(binary, shared, work)
        os.chown(os.path.join(shared, "mark-rivera"), 65534, 65534)
        code, _, err, _, _ = measured(binary, ["checkin", "mark", "--answers", path, "--dir", shared, "--as-of", AS_OF])
        check(code != 0 and b"another user" in err, "11. a rep folder owned by another user is refused")
    state = os.path.join(work, "state")
    target = write(os.path.join(work, "precious.txt"), "keep me\n")
    os.makedirs(os.path.join(state, "salesplan"), mode=0o700)
    os.symlink(target, os.path.join(state, "salesplan/history"))
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, "new", "--dir", os.path.join(work, "hist")],
                  env(TERM="xterm", XDG_STATE_HOME=state, HOME=work))
    time.sleep(1.5)
    os.write(fd, b"Ann Bell\r")
    time.sleep(0.8)
    os.write(fd, b"\x04")
    time.sleep(0.8)
    try:
        os.close(fd)
    except OSError:
        pass
    for _ in range(LIMIT * 10):
        if os.waitpid(pid, os.WNOHANG)[0]:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    check(open(target).read() == "keep me\n", "11. history saved where a link was planted leaves the link's target alone")


# 12. Exponents and European exports are read as meant, or said.
def figures_and_locales(binary, work, check, figures):
    plans = os.path.join(work, "locale")
    code, out, err, _, _ = new_plan(binary, plans, work, **{"close_rate: 1 in 4": "close_rate: 1e-1"})
    stored = json.load(open(os.path.join(plans, "mark-rivera/plan.json")))["inputs"]["close_rate"] if code == 0 else None
    check(stored == 0.1, f"12. close_rate: 1e-1 is 10%, not 100% ({stored})")
    path = write(os.path.join(work, "hours.yaml"), "ratios: planned\nreason: x\nprospecting_hours: 1e9\n")
    code, _, err, _, _ = measured(binary, ["revisit", "mark", "--answers", path, "--dir", plans, "--as-of", AS_OF])
    check(code != 0 and b"1,000,000,000" in err, "12. prospecting_hours: 1e9 is refused as far too many, not read as 10 h")
    text = ("Opportunity Owner;Stage;Amount;Created Date;Close Date\n"
            "José Müller;Closed Won;32.000,00 €;04.01.2026;15.03.2026\nJosé Müller;Closed Lost;9.500,00 €;04.02.2026;05.03.2026\n")
    for encoding in ["utf-8", "cp1252", "utf-16"]:
        export = os.path.join(work, f"eu-{encoding}.csv")
        with open(export, "w", encoding=encoding) as f:
            f.write(text)
        code, out, err, _, _ = measured(binary, ["import", export, "--dir", plans, "--as-of", "2026-06-01"])
        saved = os.path.join(plans, "jose-muller/history.json")
        history = json.load(open(saved)) if os.path.exists(saved) else {}
        check(code == 0 and history.get("average_deal") == 32000 and b"decimal comma" in out and b"day first" in out,
              f"12. a European export in {encoding}: 32.000,00 € is 32,000, 04.01.2026 is Jan 4, both said ({history.get('average_deal')})")


# 13. Standard input that cannot be read ends like the end of input.
def broken_stdin(binary, work, check, figures):
    for what, opener in [("a folder", lambda: os.open(work, os.O_RDONLY)), ("closed", None)]:
        folder = os.path.join(work, "stdin-" + what[0])
        kw = {"stdin": opener()} if opener else {"stdin": subprocess.DEVNULL}
        if not opener:
            p = subprocess.run(["sh", "-c", f'exec "$0" new --dir "$1" <&-', binary, folder], capture_output=True, env=env(),
                               timeout=LIMIT)
        else:
            p = subprocess.run([binary, "new", "--dir", folder], capture_output=True, env=env(), timeout=LIMIT, **kw)
        check(p.returncode == 1 and b"Program crashed" not in p.stderr,
              f"13. standard input {what}: ends as end of input does (exit {p.returncode})")


# 14. Huge counts, JSON escapes, owner-less exports, weeks far from the plan.
def odd_inputs(binary, work, check, figures):
    plans = os.path.join(work, "odd")
    new_plan(binary, plans, work)
    path = write(os.path.join(work, "t.yaml"), "ratios: planned\nreason: x\ntotals:\n  weeks: 999999999\n  meetings_held: 3\n")
    result = measured(binary, ["revisit", "mark", "--answers", path, "--dir", plans, "--as-of", AS_OF])
    check(result[0] != 0, "14. totals.weeks: 999999999 is refused")
    bounded(check, "14. ...in bounded time and memory", result)
    answers = json.dumps({"rep": "Ana \ud83c\udf89 Lee", "period": "2027", "goal": "1M", "deal_size": "25k",
                          "close_rate": "25%", "meeting_to_opportunity": "50%", "as_of": "2026-12-15"})
    code, out, err, _, _ = measured(binary, ["new", "--answers", write(os.path.join(work, "s.json"), answers), "--dir", plans])
    check(code == 0, f"14. JSON with a surrogate-pair escape is read ({err[-120:]!r})")
    export = "Stage,Amount,Created Date,Close Date\nClosed Won,30000,2026-01-05,2026-03-01\nClosed Lost,2000,2026-02-01,2026-04-01\n"
    code, out, err, _, _ = measured(binary, ["import", write(os.path.join(work, "crm.csv"), export), "--dir", plans])
    check(code != 0 and b"owner" in err, "14. an export with no owner column says why nothing was imported")
    far = "rep,week,meetings_held\n" + "".join(f"Mark,{y}-03-01,1\n" for y in (1900, 2500, 3027))
    code, _, err, _, _ = measured(binary, ["checkin", "mark", "--sheet", write(os.path.join(work, "far.csv"), far),
                                           "--dir", plans, "--as-of", AS_OF])
    check(code != 0 and not os.path.exists(os.path.join(plans, "mark-rivera/checkins.csv")),
          "14. check-ins for weeks centuries away from the plan are refused")
    bad = os.path.join(work, "unreadable")
    new_plan(binary, bad, work)
    os.chmod(os.path.join(bad, "mark-rivera/plan.json"), 0)
    code, out, err, _, _ = measured(binary, ["list", "--dir", bad])
    if os.geteuid() != 0:
        check(b"No plans in" not in out, "14. list says a plan it cannot read is there, not 'No plans yet'")


CASES = [damaged_plan, bounds, sheets, racing_revisits, hostile_files, injection, links, figures_and_locales, broken_stdin,
         odd_inputs]


def run_all(binary, work, check, figures):
    for case in CASES:
        folder = os.path.join(work, case.__name__)
        os.makedirs(folder)
        try:
            case(binary, folder, check, figures)
        except Exception as error:  # a case that cannot run is a failure, said with why
            check(False, f"{case.__name__}: {error!r}")
