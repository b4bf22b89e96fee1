#!/usr/bin/env python3
"""Cold start and memory of zongjie-editor (docs/PERFORMANCE.md, "Editor").

    bench/editor_startup.py EDITOR REPORT DB [--runs N] [--xvfb]

EDITOR: build/tests/app/zongjie-editor-test, the editor with its test hooks
(the shipped zongjie-editor has none).  Start to first frame: wall time from
spawning the process to the first frame the window swaps (the test editor
prints it when ZONGJIE_TEST_FIRST_FRAME is set),
median of N runs.  Memory: resident set size (VmRSS) once the window is up,
and again after the corpus model is loaded, the report analysed and a phrase
search answered (steady state, 6 s after start).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("editor")
    ap.add_argument("report")
    ap.add_argument("db")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--xvfb", action="store_true", help="run under xvfb-run -a (software GL) instead of offscreen")
    a = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="zongjie-startup-")
    env = dict(os.environ)
    env.update({
        "ZONGJIE_RECOVERY_DIR": os.path.join(tmp, "recovery"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "ZONGJIE_TEST_FIRST_FRAME": "exit",
    })
    prefix = []
    if a.xvfb:
        prefix = ["xvfb-run", "-a"]
        env["QT_QUICK_BACKEND"] = "software"
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    cmd = prefix + [a.editor, a.report, "--db", a.db]

    times, first_rss = [], []
    for _ in range(a.runs):
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in p.stdout:
            if line.startswith("first-frame"):
                times.append((time.monotonic() - t0) * 1000)
                first_rss.append(int(line.split()[4]))
                break
        p.wait(timeout=30)

    # Steady state: corpus loaded, text analysed, one phrase search answered.
    env["ZONGJIE_TEST_FIRST_FRAME"] = ""
    steady_cmd = cmd + ["--tab", "phrases", "--search", "乡村振兴"]
    p = subprocess.Popen(steady_cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(6)
    # Under xvfb-run the editor is a child of the wrapper.
    pid = p.pid
    if a.xvfb:
        out = subprocess.run(["pgrep", "-f", "-n", a.editor], capture_output=True, text=True).stdout.split()
        pid = int(out[0]) if out else p.pid
    steady = rss_kib(pid)
    p.terminate()
    p.wait(timeout=10)

    mode = "xvfb-run (software)" if a.xvfb else "offscreen"
    print(f"mode {mode}; db {a.db} ({os.path.getsize(a.db) / 1e6:.0f} MB)")
    print(f"start to first frame: median {statistics.median(times):.0f} ms, "
          f"min {min(times):.0f}, max {max(times):.0f} ({len(times)} runs)")
    print(f"RSS at first frame: {statistics.median(first_rss) / 1024:.0f} MB; "
          f"steady (model loaded, analysed, one search): {steady / 1024:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
