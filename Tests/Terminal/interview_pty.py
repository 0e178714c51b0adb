#!/usr/bin/env python3
"""Drives the real salesplan binary on a pseudo-terminal, the way a person at a keyboard would.

usage: interview_pty.py --bin PATH

Checks, each a line ending 'ok' or 'FAIL': the interview runs under libedit; Up-arrow recalls an earlier
answer from history; Ctrl-C clears a half-typed line; a correction keeps the other answers; Tab
completes a command; the saved plan.json has the expected figures; history is kept across runs with
owner-only permissions; Ctrl-C at an empty prompt offers to stop and keeps a draft; Ctrl-D at an
empty prompt quits keeping the draft; SIGTERM keeps the draft; the terminal settings are the same
after each run as before; with no locale set, an accented name typed at the prompt reaches plan.json and
its folder (jose-muller) as typed, a name tried and changed leaves no folder behind, Home, End, Left and
Delete edit a line, and a later line that mentions the year does not move the period; a check-in stopped at its
confirmation by Ctrl-C or SIGTERM exits 130 or 143 with its draft kept, and resumes to save the week as said. Ends with 'N passed, N failed'; exits 1 on any failure.
"""
import glob
import json
import os
import signal
import stat
import sys
import tempfile
import time

import pexpect

TIMEOUT = 20
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))


def spawn_shell(home):
    env = dict(os.environ, HOME=home, XDG_STATE_HOME=os.path.join(home, "state"), TERM="xterm",
               NO_COLOR="1", PS1="$ ")
    env.pop("SALESPLAN_PROMPTS", None)
    shell = pexpect.spawn("bash", ["--norc", "--noprofile"], env=env, encoding="utf-8", timeout=TIMEOUT,
                          dimensions=(40, 100))
    shell.expect(r"\$ ")
    return shell


def stty(shell):
    shell.sendline("echo STTY=$(stty -g)=END")
    shell.expect(r"STTY=([0-9a-f:]+)=END")
    settings = shell.match.group(1)
    shell.expect(r"\$ ")
    return settings


def ask(shell, pattern):
    shell.expect(pattern)
    shell.expect("> ")


def main(argv):
    binary = os.path.abspath(argv[argv.index("--bin") + 1]) if "--bin" in argv else os.path.abspath(".build/debug/salesplan")
    home = tempfile.mkdtemp(prefix="salesplan-pty-")
    plans = os.path.join(home, "plans")
    shell = spawn_shell(home)
    before = stty(shell)
    run = f"{binary} new --dir {plans} --as-of 2026-12-15"

    # 1. A whole interview, with history recall, Ctrl-C mid-line, a correction and Tab.
    shell.sendline(run)
    ask(shell, r"\[1/15\]")
    shell.sendline("Mark Rivera")
    ask(shell, r"\[2/15\]")
    shell.sendline("2027")
    ask(shell, r"\[3/15\]")
    shell.sendline("my goal is $1.2M")
    ask(shell, r"\[4/15\]")
    shell.send("this line is abandoned")
    shell.expect("abandoned")
    shell.sendcontrol("c")
    shell.expect("> ")
    shell.sendline("25k")
    ask(shell, r"\[5/15\]")
    shell.sendline("1 in 4")
    ask(shell, r"\[6/15\]")
    shell.sendline("half")
    ask(shell, r"\[7/15\]")
    shell.sendline("the sales cycle is around 8 weeks")
    ask(shell, r"\[7/15\]")
    # Up-arrow brings the last answer back to edit: change 8 to 9 and send it.
    shell.send("\x1b[A")
    shell.expect("around 8 weeks")
    shell.send("\x7f\x7f\x7f\x7f\x7f\x7f\x7f9 weeks\r")
    # Said again without saying it is a change, it is asked first.
    shell.expect("That would change your sales cycle from 8 weeks to 9 weeks. Change it\\? \\[no\\]")
    shell.expect("> ")
    shell.sendline("yes")
    shell.expect("Changed your sales cycle from 8 weeks to 9 weeks")
    ask(shell, r"\[7/15\]")
    check("Up-arrow recalls the previous answer from history to edit", True)
    check("a change not asked for is confirmed first", True)
    shell.sendline("actually my deal size is 30k")
    shell.expect("Changed your average deal from \\$25,000 to \\$30,000")
    ask(shell, r"\[7/15\]")
    check("a correction is read back", True)
    shell.sendline("calls: 40 dials per meeting, half of my meetings, 3 minutes each")
    # A timed activity adds the question of the hours for prospecting: one more to go.
    ask(shell, r"\[7/16\]")
    shell.sendline("referral asks: 3 asks per meeting, 30% of meetings, 10 minutes each")
    ask(shell, r"\[7/16\]")
    shell.sendline("networking events: 2 meetings per event, 20% of meetings, 2 hours each")
    ask(shell, r"\[7/16\]")
    shell.sendline("actually the sales cycle is around 8 weeks")
    shell.expect("Changed your sales cycle from 9 weeks to 8 weeks")
    ask(shell, r"\[7/16\]")
    shell.sendline("I'll take six weeks off")
    ask(shell, r"\[7/16\]")
    shell.sendline("I have 10 open opportunities right now")
    ask(shell, r"\[7/16\]")
    shell.send("that's ev\t")
    shell.expect("erything")
    shell.send("\r")
    check("Tab completes a command", True)
    ask(shell, r"Save this plan\?")
    shell.sendline("yes")
    shell.expect("Saved Mark Rivera's plan")
    shell.expect(r"\$ ")
    after = stty(shell)
    check("the terminal is left as it was found", before == after, f"{before} != {after}")
    saved = glob.glob(os.path.join(plans, "*", "plan.json"))
    plan = json.load(open(saved[0])) if saved else {}
    check("the saved plan has the worked example's figures",
          plan.get("weekly", {}).get("meetings") == 8 and plan.get("totals", {}).get("deals") == 40
          and [a["count"] for a in plan.get("weekly", {}).get("activities", [])] == [160, 8, 1]
          and plan.get("inputs", {}).get("deal_size") == 30000,
          json.dumps(plan.get("weekly")))
    history = os.path.join(home, "state", "salesplan", "history")
    mode = stat.S_IMODE(os.stat(history).st_mode) if os.path.exists(history) else None
    check("history is kept in $XDG_STATE_HOME, owner-only", mode == 0o600, f"mode {mode}")

    # 2. History across runs; Ctrl-C at an empty prompt offers to stop and keeps a draft.
    shell.sendline(f"{binary} new --dir {plans}/second --as-of 2026-12-15")
    ask(shell, r"\[1/15\]")
    shell.sendline("Priya Nair")
    ask(shell, r"\[2/15\]")
    for _ in range(30):
        shell.send("\x1b[A")
    shell.expect("Mark Rivera")
    shell.sendcontrol("u")
    # Ctrl-C raises its signal as soon as it is typed; give the editor a moment to clear the line first.
    time.sleep(0.5)
    check("history from the earlier run is there", True)
    shell.sendcontrol("c")
    shell.expect("Stop now\\?")
    shell.expect("> ")
    shell.sendline("yes")
    shell.expect("kept as a draft")
    shell.expect(r"\$ ")
    check("Ctrl-C at an empty prompt offers to stop and keeps a draft",
          os.path.exists(os.path.join(plans, "second", "priya-nair", "draft.json")))

    # 3. The draft is offered on the next start; Ctrl-D at an empty prompt quits keeping it.
    shell.sendline(f"{binary} new --dir {plans}/second --as-of 2026-12-15")
    shell.expect("unfinished plan for Priya Nair")
    shell.expect("> ")
    shell.sendline("yes")
    ask(shell, r"\[2/15\]")
    shell.sendline("Q2 2027")
    ask(shell, r"\[3/15\]")
    shell.sendcontrol("d")
    shell.expect(r"\$ ")
    draft = json.load(open(os.path.join(plans, "second", "priya-nair", "draft.json")))
    check("Ctrl-D at an empty prompt quits and the draft holds every answer",
          "period" in json.dumps(draft) and "Priya Nair" in json.dumps(draft))
    check("the terminal is left as it was found after Ctrl-D", stty(shell) == before)

    # 4. SIGTERM keeps the draft and restores the terminal.
    shell.sendline(f"{binary} new --dir {plans}/third --as-of 2026-12-15")
    ask(shell, r"\[1/15\]")
    shell.sendline("Sam Okafor")
    ask(shell, r"\[2/15\]")
    # Anchored, so the shell that runs pgrep (whose command line holds the pattern too) is not matched.
    pid = int(os.popen(f"pgrep -n -f '^{binary} new --dir {plans}/third'").read().strip() or 0)
    if pid:
        os.kill(pid, signal.SIGTERM)
    shell.expect(r"\$ ")
    check("SIGTERM keeps the draft", os.path.exists(os.path.join(plans, "third", "sam-okafor", "draft.json")))
    check("the terminal is left as it was found after SIGTERM", stty(shell) == before)

    # 5. No locale set: "José Müller" typed at the prompt is kept exactly; a name tried first leaves nothing behind.
    shell.sendline(f"env -u LANG -u LC_ALL -u LC_CTYPE {binary} new --dir {plans}/fourth --as-of 2027-01-04")
    ask(shell, r"\[1/15\]")
    shell.sendline("Marcus Bel")
    ask(shell, r"\[2/15\]")
    shell.sendline("change name to José Müller")
    shell.expect("José Müller")
    ask(shell, r"\[2/15\]")
    shell.sendline("Calendar year 2027, $2.4M")
    ask(shell, r"\[4/15\]")
    # Typed with a slip and mended with Home, End, Left and Delete, the way people edit a line.
    shell.send("eals average 60k")
    shell.expect("60k")
    for key in ["\x1b[H", "d", "\x1b[F", "x", "\x1b[D", "\x1b[3~"]:
        shell.send(key)
        time.sleep(0.1)
    shell.send("\r")
    ask(shell, r"\[5/15\]")
    shell.sendline("1 in 4")
    ask(shell, r"\[6/15\]")
    shell.sendline("half")
    ask(shell, r"\[7/15\]")
    shell.sendline("I'm off four weeks this year")
    ask(shell, r"\[7/15\]")
    shell.sendline("that's everything")
    ask(shell, r"Save this plan\?")
    shell.sendline("yes")
    shell.expect("Saved José Müller's plan")
    shell.expect(r"\$ ")
    fourth = os.path.join(plans, "fourth")
    saved = os.path.join(fourth, "jose-muller", "plan.json")
    plan = json.load(open(saved, encoding="utf-8")) if os.path.exists(saved) else {}
    check("an accented name typed with no locale reaches plan.json and the folder jose-muller", plan.get("rep") == "José Müller",
          f"rep {plan.get('rep')!r}, folders {sorted(os.listdir(fourth))}")
    check("a name tried and changed leaves no folder behind", sorted(os.listdir(fourth)) == ["jose-muller"], str(sorted(os.listdir(fourth))))
    check("Home, End, Left and Delete edit the line at the prompt", plan.get("inputs", {}).get("deal_size") == 60000,
          json.dumps(plan.get("inputs", {}).get("deal_size")))
    check("time off said later keeps the year's period", plan.get("period") == {"start": "2027-01-01", "end": "2027-12-31"}
          and plan.get("inputs", {}).get("weeks_off") == 4, json.dumps(plan.get("period")))

    # 6. A check-in stopped at its confirmation by Ctrl-C, and by SIGTERM, keeps its draft and resumes.
    checkin = f"{binary} checkin --dir {fourth} --as-of 2027-01-15"
    rep_folder = os.path.join(fourth, "jose-muller")
    shell.sendline(checkin)
    ask(shell, r"\[1/\d+\] Which week")
    shell.sendline("this week: held 2 meetings, 1 opp, no deals")
    shell.expect("Got it")
    shell.expect("> ")
    shell.sendline("that's everything")
    ask(shell, r"Save this\?")
    shell.sendcontrol("c")
    shell.expect(r"\$ ")
    shell.sendline("echo EXIT=$?")
    shell.expect(r"EXIT=(\d+)")
    code = int(shell.match.group(1))
    shell.expect(r"\$ ")
    check("Ctrl-C at a check-in's confirmation exits 130 and keeps the draft",
          code == 130 and os.path.exists(os.path.join(rep_folder, "checkin-draft.json"))
          and not os.path.exists(os.path.join(rep_folder, "checkins.csv")), f"exit {code}, files {sorted(os.listdir(rep_folder))}")
    shell.sendline(checkin)
    shell.expect("Resume it\\?")
    shell.expect("> ")
    shell.sendline("yes")
    ask(shell, r"Save this\?")
    shell.sendline("yes")
    shell.expect("Checked in")
    shell.expect(r"\$ ")
    csv = open(os.path.join(rep_folder, "checkins.csv"), encoding="utf-8").read() if os.path.exists(os.path.join(rep_folder, "checkins.csv")) else ""
    check("the resumed check-in saves the week as it was said", "2027-01-11" in csv and ",2,1,0,0,0," in csv, csv[-200:])
    check("a saved check-in leaves no draft behind", not os.path.exists(os.path.join(rep_folder, "checkin-draft.json")))
    shell.sendline(checkin)
    ask(shell, r"\[1/\d+\] Which week")
    shell.sendline("last week, held 3")
    shell.expect("Got it")
    shell.expect("> ")
    shell.sendline("that's everything")
    ask(shell, r"Save this\?")
    pid = int(os.popen(f"pgrep -n -f '^{binary} checkin --dir {fourth}'").read().strip() or 0)
    if pid:
        os.kill(pid, signal.SIGTERM)
    shell.expect(r"\$ ")
    shell.sendline("echo EXIT=$?")
    shell.expect(r"EXIT=(\d+)")
    code = int(shell.match.group(1))
    shell.expect(r"\$ ")
    draft = open(os.path.join(rep_folder, "checkin-draft.json"), encoding="utf-8").read() if os.path.exists(os.path.join(rep_folder, "checkin-draft.json")) else ""
    check("SIGTERM at a check-in's confirmation exits 143 and keeps the draft", code == 143 and "2027-01-04" in draft, f"exit {code}, draft {draft[:200]}")
    check("the terminal is left as it was found after the check-ins", stty(shell) == before)

    shell.sendline("exit")
    shell.close()
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except pexpect.exceptions.ExceptionPexpect as error:
        print(f"FAIL the terminal session stopped early: {type(error).__name__}")
        print(str(error)[-1500:])
        print(f"{sum(results)} passed, {len(results) - sum(results) + 1} failed")
        sys.exit(1)
