"""One-off importer: turns ../shared/curriculum.md §1.2 and §2 into content/modules/<slug>.yaml.

Run it again only to refresh the *planned* outline; it keeps hand-edited `resources` and
`prerequisites` of files that already exist. Usage: python3 scripts/import-curriculum.py ../shared/curriculum.md
"""
import json
import os
import re
import sys

spec = open(sys.argv[1], encoding="utf8").read()
out_dir = os.path.join(os.path.dirname(__file__), "..", "content", "modules")

rows = re.findall(r"^\| (\d+) \| ([A-H]\d+) \| `([a-z0-9-]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \| (\d+) \| (\d+) \((\d+)\) \|$", spec, re.M)
blocks = re.split(r"^#### ", spec, flags=re.M)

TRACK_FIRST_PREREQS = {
    "B": ["python-fundamentals"],
    "C": ["numpy-mastery", "linear-algebra", "probability", "statistics", "optimization"],
    "D": ["calculus", "linear-regression", "logistic-regression"],
    "E": ["ml-foundations", "model-evaluation"],
    "F": ["python-fundamentals", "model-evaluation"],
    "G": ["model-evaluation", "feature-engineering"],
    "H": ["python-fundamentals"],
}


def hours(text):
    m = re.search(r"(\d+)(?:–(\d+))?\s*h", text)
    lo = int(m.group(1)) if m else 4
    hi = int(m.group(2)) if m and m.group(2) else lo
    return lo, hi


def yaml_str(value):
    return json.dumps(value, ensure_ascii=False)


previous_in_track = {}
for number, code, slug, title, seeds, study, n_lessons, n_ex, n_std in rows:
    block = next(b for b in blocks if b.startswith(f"{code} · `{slug}`"))
    lo, hi = hours(study)
    found = re.search(r"\*\*Objectives:\*\*\s*(.+)", block)
    # Project modules (track G) have no objectives line: their heading's subtitle says what they practise.
    objectives = found.group(1).strip() if found else "practise " + block.split(" — ", 1)[1].split("\n", 1)[0].strip() + " end to end, in six stages from problem definition to monitoring"
    lessons = re.findall(r"^- \*\*L(\d+) ([^*]+)\*\* — (.+)$", block, re.M)
    exercises = re.findall(r"^- \*\*`([a-zA-Z_0-9]+)`\*\* \((easy|medium|hard) · ([^)]+)\) — (.*?)(?: · |$)", block, re.M)
    track = code[0]
    if track == "G":
        title = "Project: " + slug.removeprefix("project-").replace("-", " ").capitalize() + " (" + title.strip() + ")"
    prereqs = [previous_in_track[track]] if track in previous_in_track else TRACK_FIRST_PREREQS.get(track, [])
    previous_in_track[track] = slug
    path = os.path.join(out_dir, f"{slug}.yaml")
    keep = ""
    if os.path.exists(path):
        existing = open(path, encoding="utf8").read()
        m = re.search(r"^resources:.*", existing, re.M | re.S)
        keep = m.group(0) if m else ""
    lines = [
        f"# Generated from shared/curriculum.md by scripts/import-curriculum.py; `resources` is hand-written.",
        f"order: {int(number)}",
        f"code: {code}",
        f"track: {track}",
        f"title: {yaml_str(title.strip())}",
        f"summary: {yaml_str(objectives[0].upper() + objectives[1:])}",
        f"hours: {{ min: {lo}, max: {hi}, source: {yaml_str(study.strip())} }}",
        f"seeds: {yaml_str(seeds.strip())}",
        f"prerequisites: {yaml_str(prereqs)}",
        "plannedLessons:",
    ]
    for n, ltitle, lsummary in lessons:
        lines.append(f"  - {{ title: {yaml_str(ltitle.strip())}, summary: {yaml_str(lsummary.strip())} }}")
    lines.append("plannedExercises:")
    for name, difficulty, libs, what in exercises:
        lines.append(f"  - {{ name: {name}, difficulty: {difficulty}, libs: {yaml_str(libs.strip())}, summary: {yaml_str(what.strip())} }}")
    lines.append(keep or "resources: []")
    open(path, "w", encoding="utf8").write("\n".join(lines) + "\n")
print(len(rows), "modules")
