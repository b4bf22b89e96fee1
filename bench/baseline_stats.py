#!/usr/bin/env python3
"""Baseline for `zongjie stats PATH`: a plain Python script that scans the same
report files with regular expressions and prints the same kind of standard
outline (share of documents per part, section counts, heading styles per
level, themes per part).  It is what a user would write in an afternoon; the
benchmark reports zongjie's time as a ratio against it.

    baseline_stats.py FOLDER [--themes templates/themes.tsv]
"""
import argparse, collections, json, os, re, sys

NUM = "[一二三四五六七八九十]+"
MARKERS = [
    ("第一部分", re.compile(r"^\s*第%s部分[：:\s]" % NUM)),
    ("第一、", re.compile(r"^\s*第%s[、，,]" % NUM)),
    ("（一）", re.compile(r"^\s*[（(]%s[）)]" % NUM)),
    ("一是", re.compile(r"^\s*%s是" % NUM)),
    ("一、", re.compile(r"^\s*%s[、．.]" % NUM)),
    ("1.", re.compile(r"^\s*\d{1,2}[.．、](?!\d)")),
    ("（1）", re.compile(r"^\s*[（(]\d{1,2}[）)]")),
    ("①", re.compile(r"^\s*[①-⑳]")),
]
YEAR = r"(?:\d{4}年度?|今年|一年来|今年以来)?"
SUMMARY = re.compile(r"^%s(?:主要|重点)?工作(?:总结|回顾|成效|完成情况|开展情况|推进情况)" % YEAR)
PROBLEMS = re.compile(r"^(?:存在的|存在|主要)?(?:突出)?(?:问题|不足|困难和问题|短板|差距)")
PLAN = re.compile(r"^(?:\d{4}年|明年|下一步|下步|今后)(?:重点)?工作(?:思路|安排|打算|计划|要点|谋划|设想|方向)")
INLINE_SHI = re.compile(r"(?:^|[。；;])\s*%s是" % NUM)

def load_themes(path):
    themes = []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        name, words = line.rstrip("\n").split("\t", 1)
        terms = [w.split("*")[0] for w in words.split()]
        themes.append((name, re.compile("|".join(map(re.escape, terms)))))
    return themes

def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")

def marker_style(line):
    for name, rx in MARKERS:
        if rx.match(line):
            return name
    return None

def part_role(text):
    if SUMMARY.match(text):
        return "summary"
    if PLAN.match(text):
        return "plan"
    if PROBLEMS.match(text):
        return "problems"
    return None

def analyse(text, themes):
    parts = [{"role": "preamble", "sections": [], "style": None}]
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        style = marker_style(line)
        body = re.sub(r"^\s*(?:第%s部分[：:\s]|第%s[、，,]|%s[、．.]|[（(]%s[）)])" % (NUM, NUM, NUM, NUM), "", line)
        role = part_role(body) if len(body) < 40 else None
        if role:
            parts.append({"role": role, "sections": [], "style": style or "unnumbered"})
            continue
        cur = parts[-1]
        if style and style not in ("一是",) and (not cur["sections"] or cur["sections"][0]["style"] == style):
            cur["sections"].append({"style": style, "title": body.split("。")[0], "body": ""})
        elif cur["sections"]:
            cur["sections"][-1]["body"] += line
    for p in parts:
        for s in p["sections"]:
            scores = [(len(rx.findall(s["title"])) * 3 + len(rx.findall(s["body"])), name) for name, rx in themes]
            best = max(scores)
            s["theme"] = best[1] if best[0] >= 3 else None
            s["items"] = len(INLINE_SHI.findall(s["body"]))
    return parts

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--themes", default=os.path.join(os.path.dirname(__file__), "..", "templates", "themes.tsv"))
    a = ap.parse_args()
    themes = load_themes(a.themes)
    docs = 0
    part_docs = collections.Counter()
    sections = collections.defaultdict(list)
    styles = collections.Counter()
    theme_docs = collections.Counter()
    for root, _, files in os.walk(a.folder):
        for f in sorted(files):
            if not f.endswith(".txt"):
                continue
            try:
                text = decode(open(os.path.join(root, f), "rb").read())
            except (OSError, UnicodeDecodeError) as e:
                print("skip", f, e, file=sys.stderr)
                continue
            docs += 1
            parts = analyse(text, themes)
            seen = set()
            for p in parts:
                if p["role"] in seen:
                    continue
                seen.add(p["role"])
                part_docs[p["role"]] += 1
                sections[p["role"]].append(len(p["sections"]))
                if p["style"]:
                    styles[("part", p["style"])] += 1
                if p["sections"]:
                    styles[("section", p["sections"][0]["style"])] += 1
                for t in {s["theme"] for s in p["sections"] if s["theme"]}:
                    theme_docs[(p["role"], t)] += 1
    out = {
        "documents": docs,
        "parts": [{"role": r, "share": n / docs, "sections_mean": sum(sections[r]) / len(sections[r])} for r, n in part_docs.items()],
        "themes": [{"part": r, "theme": t, "share": n / docs} for (r, t), n in theme_docs.most_common()],
        "styles": [{"level": l, "marker_style": s, "share": n / docs} for (l, s), n in styles.most_common()],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
