#!/usr/bin/env python3
"""Throughput and memory of `policy-nlp batch`, side by side with bare jieba on the same text.

    python bench/bench_batch.py            # ~20 MB corpus assembled from corpus/*.txt
    python bench/bench_batch.py --mb 5     # quicker

Prints one table: bare `jieba.cut` (same dictionary as the pipeline, one process) and
bare jieba-rs (the segmenter the pipeline uses), and `batch --workers 1/2` (whole pipeline,
JSONL out, process start-up included), with
documents/s, MB/s (UTF-8 input), MB/s per core, and peak RSS per worker process; then the
ratios the project targets, and peak RSS at half the corpus to show it stays flat. Each run is
repeated (`--repeat`, default 2) in rounds that run every kind back to back; the fastest time
counts, and the ratios are also given per round (median and range), since a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
WATCH_SECONDS = 0.5


def assemble(folder: Path, megabytes: float) -> tuple[Path, int, int]:
    """A JSONL corpus of about `megabytes` MB made by repeating the bundled documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    path = folder / f"bench-{megabytes:g}mb.jsonl"
    size = docs = 0
    with open(path, "w", encoding="utf-8") as handle:
        while size < megabytes * 1e6:
            text = texts[docs % len(texts)]
            handle.write(json.dumps({"id": f"d{docs:07d}", "text": text}, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            docs += 1
    return path, docs, size


def bare_segmenters(path: Path) -> tuple[float, float]:
    """Seconds for bare jieba.cut and bare jieba-rs over every text, with the pipeline's dictionary."""
    from policy_nlp.lexicon import load_lexicon
    from policy_nlp.tokenizer import JiebaRsSegmenter, build_jieba

    lexicon = load_lexicon()
    python_jieba, rust_jieba = build_jieba(lexicon), JiebaRsSegmenter(lexicon)
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    started = time.perf_counter()
    for text in texts:
        for _ in python_jieba.cut(text):
            pass
    python_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        rust_jieba.cut(text, True)
    return python_seconds, time.perf_counter() - started


def run_batch(path: Path, workers: int, out: Path) -> tuple[float, float]:
    """Wall seconds and the largest peak RSS (MB) of any one process doing the work."""
    command = [
        sys.executable,
        "-m",
        "policy_nlp.cli",
        "batch",
        str(path),
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
        "--no-text",
    ]
    peaks: dict[int, float] = {}
    started = time.perf_counter()
    proc = subprocess.Popen(command)
    parent = psutil.Process(proc.pid)

    def watch() -> None:
        """Samples RSS twice a second: polling faster would steal CPU from the workers measured."""
        while proc.poll() is None:
            try:
                for p in [parent, *parent.children(recursive=True)]:
                    peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / 1e6)
            except psutil.Error:
                pass
            time.sleep(WATCH_SECONDS)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    proc.wait()
    elapsed = time.perf_counter() - started
    watcher.join()
    if proc.returncode != 0:
        raise SystemExit(f"batch failed with exit code {proc.returncode}")
    workers_rss = [rss for pid, rss in peaks.items() if pid != proc.pid] if workers > 1 else list(peaks.values())
    return elapsed, max(workers_rss or [0.0])


def spread(ratios: list[float]) -> str:
    """Median and range of the per-round ratios."""
    return f"per round median {statistics.median(ratios):.2f}x, range {ratios[0]:.2f}-{ratios[-1]:.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 text")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each kind; the fastest counts (shared machines)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, docs, size = assemble(folder, args.mb)
        half, _, _ = assemble(folder, args.mb / 2)
        mb = size / 1e6
        rounds = []  # one round runs every kind back to back, so its ratios share the machine's mood
        for _ in range(args.repeat):
            python_seconds, rust_seconds = bare_segmenters(path)
            one = run_batch(path, 1, folder / "out1.jsonl")
            two = run_batch(path, 2, folder / "out2.jsonl")
            rounds.append((python_seconds, rust_seconds, one, two))
        rows = [
            ("bare jieba.cut (1 process)", 1, min(r[0] for r in rounds), None),
            ("bare jieba-rs cut (1 process)", 1, min(r[1] for r in rounds), None),
            ("batch --workers 1", 1, min(r[2][0] for r in rounds), max(r[2][1] for r in rounds)),
            ("batch --workers 2", 2, min(r[3][0] for r in rounds), max(r[3][1] for r in rounds)),
        ]
        _, rss_half = run_batch(half, 1, folder / "half.jsonl")
    print(f"corpus: {docs} documents, {mb:.1f} MB UTF-8, from corpus/*.txt; machine: {psutil.cpu_count()} cores")
    print(f"{'run':<28} {'seconds':>8} {'docs/s':>8} {'MB/s':>7} {'MB/s/core':>10} {'peak RSS/worker MB':>19}")
    for name, cores, secs, rss in rows:
        rss_text = f"{rss:.0f}" if rss is not None else "-"
        print(
            f"{name:<28} {secs:>8.1f} {docs / secs:>8.1f} {mb / secs:>7.2f} {mb / secs / cores:>10.2f} {rss_text:>19}"
        )
    jieba_s, one_s, two_s = rows[0][2], rows[2][2], rows[3][2]
    versus_jieba = sorted(r[0] / r[2][0] for r in rounds)
    speedup = sorted(r[2][0] / r[3][0] for r in rounds)
    print(f"workers 1 / bare jieba speed: {jieba_s / one_s:.2f}x fastest runs (target >= 0.6); {spread(versus_jieba)}")
    print(f"workers 2 / workers 1 speed:  {one_s / two_s:.2f}x fastest runs (target >= 1.7); {spread(speedup)}")
    print(
        f"peak RSS workers 1: {rows[2][3]:.0f} MB at {mb:.0f} MB, {rss_half:.0f} MB at {mb / 2:.0f} MB (target <= 400, flat)"
    )


if __name__ == "__main__":
    main()
