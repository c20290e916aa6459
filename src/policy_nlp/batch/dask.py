"""The Dask engine: the same per-document function over Dask bag partitions.

Each partition is a group of input files; a worker reads them, runs the pipeline it keeps
for its process (built once, on first use) and writes one part file. A manifest lists the
parts in input order, and `merge` concatenates them into one JSONL, identical to what the
local runner writes. With `scheduler` it joins a running cluster (the part folder must be
on storage the workers share); without it, a LocalCluster starts.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from policy_nlp.batch.runner import PipelineSpec, Summary
from policy_nlp.io import expand_inputs

MANIFEST = "manifest.json"
_PIPELINES: dict[PipelineSpec, Any] = {}


def _pipeline(spec: PipelineSpec) -> Any:
    """This worker process's pipeline for `spec`, loaded once."""
    if spec not in _PIPELINES:
        _PIPELINES[spec] = spec.build()
    return _PIPELINES[spec]


def process_partition(
    items: list[tuple[int, list[str]]],
    folder: str,
    spec: PipelineSpec,
    pattern: str | None,
    text_field: str,
    id_field: str,
    meta_table: dict | None,
) -> list[dict[str, Any]]:
    """Annotate each group of files into its part file; returns what each part holds."""
    from policy_nlp.io import iter_documents
    from policy_nlp.process import process_document
    from policy_nlp.records import dumps, pipeline_info

    nlp = _pipeline(spec)
    pipeline = pipeline_info(nlp)
    out = []
    for index, paths in items:
        part = Path(folder) / f"part-{index:05d}.jsonl"
        documents = errors = 0
        with open(part, "w", encoding="utf-8", newline="\n") as handle:
            for document in iter_documents(
                paths, pattern=pattern, text_field=text_field, id_field=id_field, meta_table=meta_table
            ):
                record = process_document(nlp, document, spec.options, pipeline)
                handle.write(dumps(record) + "\n")
                documents += 1
                errors += record["error"] is not None
        out.append({"part": part.name, "index": index, "documents": documents, "errors": errors, "inputs": paths})
    return out


def groups_of_files(inputs: list[str], pattern: str | None, files_per_part: int) -> list[list[str]]:
    """Input files in order, grouped into partitions (a file is never split)."""
    files = [str(path) for _, path in expand_inputs(inputs, pattern) if path is not None]
    return [files[i : i + files_per_part] for i in range(0, len(files), files_per_part)]


def run_dask(
    inputs: list[str],
    folder: Path,
    spec: PipelineSpec,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    files_per_part: int | None = None,
    pattern: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    meta_table: dict | None = None,
) -> dict[str, Any]:
    """Write part files and a manifest into `folder`; returns the manifest."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    if files_per_part is None:  # a few partitions per worker, so that they balance
        files = len([p for _, p in expand_inputs(inputs, pattern) if p is not None])
        files_per_part = max(1, -(-files // (workers * 4)))
    groups = groups_of_files(inputs, pattern, files_per_part)
    folder.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.from_sequence(list(enumerate(groups)), npartitions=max(len(groups), 1))
        parts = bag.map_partitions(
            process_partition, str(folder), spec, pattern, text_field, id_field, meta_table
        ).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    parts.sort(key=lambda p: p["index"])
    manifest = {
        "parts": parts,
        "documents": sum(p["documents"] for p in parts),
        "errors": sum(p["errors"] for p in parts),
        "inputs": inputs,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def merge(folder: Path, output: Path) -> Summary:
    """Concatenate the parts of a manifest, in input order, into one JSONL file."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    with open(output, "wb") as out:
        for part in manifest["parts"]:
            with open(folder / part["part"], "rb") as handle:
                shutil.copyfileobj(handle, out)
    return Summary(documents=manifest["documents"], errors=manifest["errors"])
