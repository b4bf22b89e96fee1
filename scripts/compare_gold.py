#!/usr/bin/env python3
"""Compare `zongjie outline --format json` with hand-checked gold outlines.

    compare_gold.py ZONGJIE_BINARY REPORTS_DIR GOLD_DIR

Prints per-file mismatches and precision/recall/F1 of parts, sections and
items (matched on role/line/ordinal/title after folding punctuation width).
"""
import json, os, subprocess, sys

FOLD = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"})

def fold(s):
    return (s or "").translate(FOLD).strip()

def keys(out, gold):
    g_parts = {(p["role"], p["line"]) for p in gold["parts"]}
    o_parts = {(p["role"], p["line"]) for p in out["parts"]}
    g_sec = {(s["part"], s["line"], s["ordinal"], fold(s["title"])) for s in gold["sections"]}
    o_sec = {(p["role"], s["line"], s["ordinal"], fold(s["title"])) for p in out["parts"] for s in p["sections"]}
    g_items = {(i["section_line"], i["line"], i["ordinal"], fold(i["title"])) for i in gold["items"]}
    o_items = {(s["line"], i["line"], i["ordinal"], fold(i["title"])) for p in out["parts"] for s in p["sections"] for i in s["items"]}
    return [("parts", o_parts, g_parts), ("sections", o_sec, g_sec), ("items", o_items, g_items)]

def main():
    binary, reports, golds = sys.argv[1:4]
    totals = {}
    for name in sorted(os.listdir(golds)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(golds, name), encoding="utf-8"))
        path = os.path.join(reports, gold["file"])
        r = subprocess.run([binary, "outline", path, "--format", "json"], capture_output=True)
        if r.returncode != 0:
            print(name, "FAILED", r.stderr.decode())
            continue
        out = json.loads(r.stdout)
        extra = []
        if (out["title"] or {}).get("line") != gold.get("title_line"):
            extra.append("title_line %s != %s" % ((out["title"] or {}).get("line"), gold.get("title_line")))
        if out["report_year"] != gold["report_year"] or out["plan_year"] != gold["plan_year"]:
            extra.append("years %s/%s != %s/%s" % (out["report_year"], out["plan_year"], gold["report_year"], gold["plan_year"]))
        noise = sorted(n["line"] for n in out["noise"])
        if noise != sorted(gold.get("noise_lines", [])):
            extra.append("noise %s != %s" % (noise, gold.get("noise_lines")))
        for kind, o, g in keys(out, gold):
            t = totals.setdefault(kind, [0, 0, 0])
            t[0] += len(o & g); t[1] += len(o); t[2] += len(g)
            for k in sorted(o - g, key=str):
                extra.append("%s extra   %s" % (kind, k))
            for k in sorted(g - o, key=str):
                extra.append("%s missing %s" % (kind, k))
        print("%-40s %s" % (name, "ok" if not extra else ""))
        for e in extra:
            print("    " + e)
    for kind, (tp, no, ng) in totals.items():
        p = tp / no if no else 1.0
        r = tp / ng if ng else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print("%-9s precision %.3f recall %.3f F1 %.3f  (%d/%d/%d)" % (kind, p, r, f, tp, no, ng))

if __name__ == "__main__":
    main()
