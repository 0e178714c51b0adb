#!/usr/bin/env python3
"""plan.ics and tracking.csv as other programs read them: the calendar through icalendar and
recurring-ical-events (the expansion a calendar application does), the sheet through Python's csv reader
and, when LibreOffice is installed, through LibreOffice itself. Prints one line per check; exits 1 on a failure.

usage: exports_test.py --bin PATH
"""
import argparse
import csv
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

import icalendar
import recurring_ical_events

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "ShellTests", "Examples", "01-worked-example.yaml")
failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def new(binary, folder, answers_text, name="answers.yaml"):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(answers_text)
    return subprocess.run([binary, "new", "--answers", path, "--dir", os.path.join(folder, "plans")],
                          capture_output=True, text=True, timeout=60)


def calendar(binary, work):
    base = open(EXAMPLE, encoding="utf-8").read()
    blocks = "time_blocks: Tuesday and Thursday mornings 9 to 11, Friday 2pm to 4:30pm\n"
    answers = base.replace("rep: Mark Rivera", "rep: José Núñez-Ångström") + blocks
    r = new(binary, work, answers)
    check(r.returncode == 0, f"a plan with time blocks saves ({r.stderr.strip()[:200]})")
    folder = os.path.join(work, "plans", "jose-nunez-angstrom")
    raw = open(os.path.join(folder, "plan.ics"), "rb").read()
    plan = json.load(open(os.path.join(folder, "plan.json"), encoding="utf-8"))

    lines = raw.split(b"\r\n")
    check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "every line ends with CRLF")
    check(max(len(line) for line in lines) <= 75, f"lines folded at 75 octets (longest {max(len(l) for l in lines)})")
    check(all(line.decode("utf-8") is not None for line in lines), "folding never splits a UTF-8 character")

    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    check(cal.get("VERSION") == "2.0" and cal.get("PRODID"), "a VCALENDAR with VERSION and PRODID")
    check(len(events) == 3, f"one weekly event per block ({len(events)})")
    start = datetime.date.fromisoformat(plan["calendar"]["start"])
    # The last week that prospects, for this period or for the next one's pipeline: the calendar stops there.
    columns = plan["week_targets"]
    weeks = [{"week": w, "share": s, "meetings": m, "next_period_meetings": n} for w, s, m, n in
             zip(columns["weeks"], columns["shares"], columns["meetings"], columns["next_period_meetings"])]
    prospecting = [w for w in weeks if w["share"] > 0 or w["next_period_meetings"] > 0]
    after = [w for w in weeks if w["week"] > prospecting[-1]["week"]]
    end = (datetime.date.fromisoformat(after[0]["week"]) - datetime.timedelta(days=1)) if after \
        else datetime.date.fromisoformat(plan["period"]["end"])
    want = {("TU", datetime.time(9), datetime.time(11)), ("TH", datetime.time(9), datetime.time(11)),
            ("FR", datetime.time(14), datetime.time(16, 30))}
    got = set()
    for e in events:
        dtstart, dtend = e.decoded("DTSTART"), e.decoded("DTEND")
        rule = e.get("RRULE")
        day = rule["BYDAY"][0]
        got.add((day, dtstart.time(), dtend.time()))
        check(dtstart.tzinfo is None and dtend.tzinfo is None, f"{day}: floating local time (no time zone)")
        check(rule["FREQ"] == ["WEEKLY"] and rule["UNTIL"][0].date() == end, f"{day}: weekly until the last week that prospects")
        check(["MO", "TU", "WE", "TH", "FR", "SA", "SU"][dtstart.weekday()] == day and dtstart.date() >= start
              and (dtstart.date() - start).days < 7, f"{day}: the first occurrence is the first such day of the plan")
        check("Núñez" in str(cal.get("X-WR-CALNAME")) or "Prospecting" in str(e.get("SUMMARY")), f"{day}: named")
    check(got == want, f"the blocks as said ({sorted(got)})")
    uids = [str(e.get("UID")) for e in events]
    check(len(set(uids)) == 3 and all(u.endswith("@salesplan") for u in uids), "a distinct UID per event")
    described = " ".join(str(e.get("DESCRIPTION")) for e in events)
    check("no time zone" in described, "the events say they are in floating local time")

    # What a calendar application shows: the occurrences over the period.
    shown = recurring_ical_events.of(cal).between(start, end + datetime.timedelta(days=1))
    weekdays = {"TU": 1, "TH": 3, "FR": 4}
    expected = sum(sum(1 for d in range((end - start).days + 1)
                       if (start + datetime.timedelta(days=d)).weekday() == w) for w in weekdays.values())
    check(len(shown) == expected, f"expanded over the period: {len(shown)} occurrences, {expected} expected")
    check(all(o.decoded("DTSTART").date() <= end for o in shown), "no occurrence after the period ends")

    # A calendar application imports it: khal, a terminal calendar, into a calendar of its own.
    khal_events = khal(work, os.path.join(folder, "plan.ics"), start, end)
    check(khal_events is not None and khal_events["first"] == sorted([f"{start + datetime.timedelta(days=(1 - start.weekday()) % 7)} 09:00-11:00",
                                                                f"{start + datetime.timedelta(days=(3 - start.weekday()) % 7)} 09:00-11:00",
                                                                f"{start + datetime.timedelta(days=(4 - start.weekday()) % 7)} 14:00-16:30"]),
          f"khal imports plan.ics and shows the first week's blocks at their local hours ({khal_events})")
    check(khal_events is not None and khal_events["after"] == [], "khal shows nothing after the period ends")

    # The same plan again: same revision number, same UIDs; a revision gets new ones.
    again = new(binary, work, answers)
    check(again.returncode == 0, "the plan saved again")
    cal2 = icalendar.Calendar.from_ical(open(os.path.join(folder, "plan.ics"), "rb").read())
    uids2 = [str(e.get("UID")) for e in cal2.walk() if e.name == "VEVENT"]
    check(set(uids2).isdisjoint(uids) and all("-r2-" in u for u in uids2),
          "a new revision's events have their own UIDs (r2), so a calendar can tell the two plans apart")

    minutes = plan["time_blocks"]["minutes_a_week"]
    need = plan["time_blocks"]["activity_minutes_a_week"]
    check(minutes == 390 and need == 680 and "time_blocks_short" in plan["warning_codes"],
          f"blocks shorter than the activities are flagged ({minutes} of {need} minutes)")
    check("spill" in r.stdout and "spill" in " ".join(plan["warnings"]), "and the warning is said, on screen and in plan.json")

    plain = new(binary, work, base, name="plain.yaml")
    mark = icalendar.Calendar.from_ical(open(os.path.join(work, "plans", "mark-rivera", "plan.ics"), "rb").read())
    suggested = [e for e in mark.walk() if e.name == "VEVENT"]
    check(plain.returncode == 0 and len(suggested) == 5, f"with no blocks named, one a weekday sized from the plan ({len(suggested)})")


def khal(work, ics, start, end):
    """Imports the file with khal and lists the plan's first week and the two weeks after it ends."""
    home = os.path.join(work, "khal")
    os.makedirs(os.path.join(home, "calendar"), exist_ok=True)
    config = os.path.join(home, "config")
    with open(config, "w", encoding="utf-8") as f:
        f.write(f"""[calendars]
[[prospecting]]
path = {home}/calendar
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/Chicago
default_timezone = America/Chicago
[sqlite]
path = {home}/khal.db
""")
    imported = subprocess.run(["khal", "-c", config, "import", "--batch", "-a", "prospecting", ics],
                              capture_output=True, text=True, timeout=120)
    if imported.returncode != 0:
        print(imported.stderr[-400:])
        return None

    def listed(day, span):
        r = subprocess.run(["khal", "-c", config, "list", "--day-format", "", "--format",
                            "{start-date} {start-time}-{end-time}", day.isoformat(), span],
                           capture_output=True, text=True, timeout=120)
        return [line for line in r.stdout.splitlines() if line.strip()]
    return {"first": listed(start, "7d"), "after": listed(end + datetime.timedelta(days=1), "14d")}


def spreadsheet(binary, work):
    sheet = os.path.join(work, "plans", "mark-rivera", "tracking.csv")
    with open(sheet, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    plan = json.load(open(os.path.join(work, "plans", "mark-rivera", "plan.json"), encoding="utf-8"))
    check(rows[0][:3] == ["rep", "week", "meetings target"] and len({len(r) for r in rows}) == 1,
          f"tracking.csv: a header and {len(rows) - 1} rows of equal width (csv module)")
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not check(office is not None, "LibreOffice is installed (make test installs libreoffice-calc-nogui)"):
        return
    out = os.path.join(work, "converted")
    os.makedirs(out, exist_ok=True)
    profile = "file://" + os.path.join(work, "lo-profile")
    r = subprocess.run([office, f"-env:UserInstallation={profile}", "--headless", "--infilter=CSV:44,34,76,1",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                        "--outdir", out, sheet], capture_output=True, text=True, timeout=180)
    converted = os.path.join(out, "tracking.csv")
    if not check(r.returncode == 0 and os.path.exists(converted), f"LibreOffice opens and re-saves tracking.csv ({r.stderr[:120]})"):
        return
    with open(converted, newline="", encoding="utf-8") as f:
        back = list(csv.reader(f))
    check(len(back) == len(rows) and back[0] == rows[0], f"LibreOffice reads {len(back) - 1} weeks under the same columns")
    check([r[1] for r in back[1:]] == [r[1] for r in rows[1:]], "every week start reads back as written")
    check([r[2] for r in back[1:]] == [str(m) for m in plan["week_targets"]["meetings"]],
          "each week's meeting target reads back as the number plan.json's week_targets holds")
    # The manager fills in a week in the spreadsheet; salesplan reads it back as a check-in.
    back[2][back[0].index("calls attempts")] = "150"
    back[2][back[0].index("meetings_held")] = "6"
    filled = os.path.join(work, "filled.csv")
    with open(filled, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(back)
    r = subprocess.run([binary, "checkin", "mark", "--sheet", filled, "--dir", os.path.join(work, "plans"), "--as-of", "2027-02-01"],
                       capture_output=True, text=True, timeout=60)
    check(r.returncode == 0, f"a week filled in after LibreOffice re-saved the sheet reads back as a check-in ({r.stderr[:160]})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    with tempfile.TemporaryDirectory(prefix="salesplan-exports-") as work:
        calendar(binary, work)
        spreadsheet(binary, work)
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
