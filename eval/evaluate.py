#!/usr/bin/env python3
"""Score the pipeline on the project's gold set (corpus/gold), per split, with score.py.

    python eval/evaluate.py                 # table of dev / test / all
    python eval/evaluate.py --split dev --errors 20
    python eval/evaluate.py --split test --doc gwr-anhui-2026.txt --doc news-shenzhen-gwr-2022.txt
    python eval/evaluate.py --split challenge --errors 20

The `challenge`, `challenge2` and `challenge3` splits are eval/challenge*/: documents written
by the team in the style of kinds of documents the gold set lacks (a statistical communiqué,
a plan, a policy with incentives, news), annotated to the same convention; each round was
written after the rules had been tuned on the rounds before it. They are not real
documents, so they are reported beside the gold set, never inside `all`.

Runs the pipeline on every gold document, writes predictions to a temporary JSONL and
calls the shared scorer (../shared/eval/score.py when present, else the copy beside this
file), so the numbers are exactly what the convention's scorer reports.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
DOCS = ROOT / "corpus"
CHALLENGES = {  # eval/challenge, eval/challenge2, …: every round there is, in order
    path.name: path
    for path in sorted(
        (ROOT / "eval").glob("challenge*"), key=lambda path: int(path.name.removeprefix("challenge") or 1)
    )
}


def scorer() -> Path:
    shared = ROOT.parent / "shared" / "eval" / "score.py"
    return shared if shared.exists() else Path(__file__).with_name("score.py")


def splits() -> dict[str, str]:
    with open(GOLD / "SPLIT.tsv", encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        found = {row["doc"]: row["split"] for row in rows}
    for split, folder in CHALLENGES.items():
        for row in read_gold(folder / "gold"):
            if row["doc"] in found:  # documents are told apart by name across all splits
                raise SystemExit(f"{row['doc']} is in both {found[row['doc']]} and {split}: rename one")
            found[row["doc"]] = split
    return found


def read_gold(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def docs_of(split: str) -> Path:
    return CHALLENGES.get(split, DOCS)


def predict(names: list[str], split_of: dict[str, str], out: Path) -> None:
    import policy_nlp
    from policy_nlp.records import dumps

    nlp = policy_nlp.load()
    with open(out, "w", encoding="utf-8") as handle:
        for name in names:
            text = (docs_of(split_of.get(name, "")) / name).read_text(encoding="utf-8")
            record = policy_nlp.to_record(nlp(text), doc_id=name, source=name)
            handle.write(dumps(record) + "\n")


def score(gold: list[dict], docs: Path, pred: Path, folder: Path, errors: int) -> tuple[dict, str]:
    gold_file = folder / f"gold-{len(gold)}-{id(gold)}.jsonl"
    gold_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    base = [sys.executable, str(scorer()), "--gold", str(gold_file), "--docs", str(docs), "--pred", str(pred)]
    scores = json.loads(subprocess.run([*base, "--json"], check=True, capture_output=True, text=True).stdout)
    detail = ""
    if errors:
        detail = subprocess.run([*base, "--errors", str(errors)], check=True, capture_output=True, text=True).stdout
    return scores, detail


def kind_accuracy(scores: dict) -> float:
    return scores["field_accuracy_on_matched"]["kind"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all", *CHALLENGES), help="only this split")
    parser.add_argument("--errors", type=int, default=0, help="show up to N misses of each kind")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--doc", action="append", default=[], help="score only these documents (repeatable)")
    args = parser.parse_args()

    split_of = splits()
    rows = [r for folder in (GOLD, *(c / "gold" for c in CHALLENGES.values())) for r in read_gold(folder)]
    rows = [r for r in rows if not args.doc or r["doc"] in args.doc]
    names = [args.split] if args.split else ["dev", "test", "all", *CHALLENGES]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pred = folder / "pred.jsonl"
        predict([r["doc"] for r in rows], split_of, pred)
        results = {}
        for name in names:
            in_all = ("dev", "test")
            chosen = [r for r in rows if split_of.get(r["doc"]) in (in_all if name == "all" else (name,))]
            if not chosen:
                continue
            results[name], detail = score(chosen, docs_of(name), pred, folder, args.errors)
            if detail:
                print(f"# {name}\n{detail}")
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    print("| split | docs | gold metrics | detection P / R / F1 | record F1 | kind acc. | enum. recall | term recall |")
    print("|---|---|---|---|---|---|---|---|")
    for name, s in results.items():
        d, r = s["detection"], s["record"]
        print(
            f"| {name} | {s['documents']} | {s['gold_metrics']} | {d['precision']:.3f} / {d['recall']:.3f} / "
            f"{d['f1']:.3f} | {r['f1']:.3f} | {kind_accuracy(s):.3f} | {s['enumerations']['recall']:.3f} | "
            f"{s['terms']['recall']:.3f} |"
        )


if __name__ == "__main__":
    main()
