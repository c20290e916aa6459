"""The `policy-nlp` command line (typer). Heavy modules are imported inside commands."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from policy_nlp.io import UserError

app = typer.Typer(
    name="policy-nlp",
    help="Chinese policy and news text into structured, checkable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
lexicon_app = typer.Typer(help="Inspect and check lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

err = Console(stderr=True, highlight=False, soft_wrap=True)

LexiconOpt = Annotated[
    list[Path] | None, typer.Option("--lexicon", "-l", help="Extra lexicon file or folder (repeatable).")
]
NoDefaultOpt = Annotated[bool, typer.Option("--no-default-lexicons", help="Use only the --lexicon files.")]
KeepLinesOpt = Annotated[
    bool, typer.Option("--keep-lines", help="Read every line as a paragraph, even in hard-wrapped text.")
]


def fail(message: str) -> typer.Exit:
    err.print(f"[red]policy-nlp:[/red] {message}", markup=True)
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        from policy_nlp import __version__

        typer.echo(f"policy-nlp {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Chinese policy and news text into structured, checkable data.

    Example: policy-nlp annotate corpus/news-xiaoshan-2025.txt
    """


def _check_lexicons(lexicons: list[Path] | None) -> list[str]:
    paths = [str(p) for p in lexicons or []]
    for p in paths:
        if not Path(p).exists():
            raise fail(f"lexicon not found: {p}")
    return paths


def _load(lexicons: list[str], no_default: bool):
    import policy_nlp

    return policy_nlp.load(lexicons, default_lexicons=not no_default)


def _read_one(path: str):
    from policy_nlp.io import Document, read_stdin, read_text_file

    if path == "-":
        documents = list(read_stdin())
        return documents[0] if documents else Document("-", "-", None, error="empty input")
    p = Path(path)
    if not p.exists():
        raise fail(f"no such file: {path}")
    if p.is_dir():
        raise fail(f"{path} is a directory; use `policy-nlp batch {path}` for a corpus")
    return read_text_file(p, p.name)


@app.command()
def annotate(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table | jsonl | json | html")] = "table",
    html: Annotated[Path | None, typer.Option("--html", help="Also write a standalone HTML page here.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the document text out of JSON.")] = False,
    tokens: Annotated[bool, typer.Option("--tokens", help="Include tokens in JSON.")] = False,
    keep_lines: KeepLinesOpt = False,
    lexicon: LexiconOpt = None,
    no_default_lexicons: NoDefaultOpt = False,
) -> None:
    """Annotate one document and show it.

    Example: policy-nlp annotate corpus/news-xiaoshan-2025.txt --format jsonl
    """
    if format not in ("table", "jsonl", "json", "html"):
        raise fail(f"unknown format {format!r} (table, jsonl, json, html)")
    lexicons = _check_lexicons(lexicon)
    document = _read_one(file)
    if document.error:
        raise fail(f"{file}: {document.error}")
    from policy_nlp.options import RecordOptions
    from policy_nlp.process import process_document
    from policy_nlp.records import dumps

    nlp = _load(lexicons, no_default_lexicons)
    want_tokens = tokens or format == "html" or html is not None
    record = process_document(
        nlp, document, RecordOptions(include_text=True, include_tokens=want_tokens, unwrap=not keep_lines)
    )
    if record["error"]:
        raise fail(f"{file}: {record['error']}")
    if html is not None or format == "html":
        from policy_nlp.render.html import render_html

        page = render_html(record)
        if html is not None:
            _write_text(html, page)
        if format == "html":
            sys.stdout.write(page)
            return
    shown = _shape(record, no_text=no_text, tokens=tokens)
    if format == "jsonl":
        sys.stdout.write(dumps(shown) + "\n")
    elif format == "json":
        sys.stdout.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
    else:
        from policy_nlp.render.terminal import show

        show(record, Console(highlight=False))


def _shape(record: dict[str, Any], *, no_text: bool, tokens: bool) -> dict[str, Any]:
    shown = dict(record)
    if no_text:
        shown.pop("text", None)
    if not tokens:
        shown.pop("tokens", None)
    return shown


def _write_text(path: Path, content: str) -> None:
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}") from error


@app.command()
def schema() -> None:
    """Print the JSON Schema of an output record.

    Example: policy-nlp schema > policy-nlp-1.schema.json
    """
    from policy_nlp.records import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def batch(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Files, folders or - (default: the bundled corpus).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The JSONL file to write.")] = Path("policy-nlp.jsonl"),
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes (default: all cores).")] = 0,
    glob: Annotated[str | None, typer.Option("--glob", help="File pattern inside folders, e.g. '*.txt'.")] = None,
    text_field: Annotated[
        str, typer.Option("--text-field", "--text-column", help="Text field of JSONL/CSV/Parquet.")
    ] = "text",
    id_field: Annotated[str, typer.Option("--id-field", "--id-column", help="Id field of JSONL/CSV/Parquet.")] = "id",
    meta: Annotated[Path | None, typer.Option("--meta", help="CSV/TSV of metadata keyed by file name or id.")] = None,
    tables: Annotated[Path | None, typer.Option("--tables", help="Also write research tables to this folder.")] = None,
    by: Annotated[list[str] | None, typer.Option("--by", help="Meta field to group tables by (repeatable).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786.")
    ] = None,
    merge: Annotated[bool, typer.Option("--merge", help="With --engine dask: merge the parts into OUTPUT.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Skip documents already in OUTPUT.")] = False,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave document texts out of the records.")] = False,
    tokens: Annotated[bool, typer.Option("--tokens", help="Include tokens in the records.")] = False,
    keep_lines: KeepLinesOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any document failed.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    lexicon: LexiconOpt = None,
    no_default_lexicons: NoDefaultOpt = False,
) -> None:
    """Annotate a corpus into one JSONL file, one line per document, in input order.

    Example: policy-nlp batch corpus/ -o out.jsonl --workers 2
    """
    from policy_nlp.batch.resume import completed_keys, record_key
    from policy_nlp.batch.runner import PipelineSpec, open_output, run
    from policy_nlp.io import expand_inputs, iter_documents
    from policy_nlp.options import RecordOptions

    lexicons = _check_lexicons(lexicon)
    sources, glob, meta_table = _corpus_arguments(inputs, glob, meta)
    try:
        files = expand_inputs(sources, glob)
    except UserError as error:
        raise fail(str(error)) from error
    if output.is_dir():
        raise fail(f"output {output} is a directory")
    spec = PipelineSpec(tuple(lexicons), not no_default_lexicons, RecordOptions(not no_text, tokens, not keep_lines))
    count = workers if workers > 0 else (os.cpu_count() or 1)
    if engine == "dask":
        _run_dask_engine(sources, output, spec, count, scheduler, merge, glob, text_field, id_field, meta_table, quiet)
        if tables is not None and merge:
            _write_tables(output, tables, by or [], csv=False, quiet=quiet)
        return
    if engine != "local":
        raise fail(f"unknown engine {engine!r} (local, dask)")
    done = completed_keys(output) if resume else set()
    try:
        handle = open_output(output, resume)
    except OSError as error:
        raise fail(f"cannot write {output}: {error.strerror or error}") from error
    documents = (
        d
        for d in iter_documents(sources, pattern=glob, text_field=text_field, id_field=id_field, meta_table=meta_table)
        if record_key(d.doc_id, d.source) not in done
    )
    total_chars = sum(f.stat().st_size for _, f in files if f is not None)
    with handle:
        if quiet:
            summary = run(documents, handle, spec, workers=count)
        else:
            summary = _run_with_progress(documents, handle, spec, count, total_chars)
    if not quiet:
        err.print(
            f"{summary.documents} documents ({len(done)} already done), {summary.errors} errors, "
            f"{summary.warnings} warnings, {summary.chars / 1e6:.2f} M chars in {summary.seconds:.1f} s "
            f"→ {output}"
        )
        for example in summary.error_examples:
            err.print(f"  error: {example}")
    if tables is not None:
        _write_tables(output, tables, by or [], csv=False, quiet=quiet)
    if strict and summary.errors:
        raise typer.Exit(1)


def _run_dask_engine(
    sources,
    output: Path,
    spec,
    workers: int,
    scheduler,
    merge: bool,
    glob,
    text_field,
    id_field,
    meta_table,
    quiet: bool,
) -> None:
    """Part files and a manifest in OUTPUT.parts/, merged into OUTPUT with --merge."""
    try:
        from policy_nlp.batch.dask import merge as merge_parts
        from policy_nlp.batch.dask import run_dask
    except ImportError as error:
        raise fail(f"the dask engine needs dask and distributed: pip install 'policy-nlp[dask]' ({error})") from error
    folder = output.with_name(output.name + ".parts")
    try:
        manifest = run_dask(
            sources,
            folder,
            spec,
            scheduler=scheduler,
            workers=workers,
            pattern=glob,
            text_field=text_field,
            id_field=id_field,
            meta_table=meta_table,
        )
    except OSError as error:
        raise fail(f"dask run failed: {error}") from error
    if merge:
        merge_parts(folder, output)
    if not quiet:
        where = output if merge else folder / "manifest.json"
        err.print(
            f"{manifest['documents']} documents, {manifest['errors']} errors in "
            f"{len(manifest['parts'])} parts → {where}"
        )


def _write_tables(records_path: Path, folder: Path, by: list[str], *, csv: bool, quiet: bool) -> None:
    from policy_nlp.tables import build_tables, read_records, write_tables

    try:
        written = write_tables(build_tables(read_records(records_path), by), folder, csv=csv)
    except OSError as error:
        raise fail(f"cannot write tables to {folder}: {error.strerror or error}") from error
    if not quiet:
        err.print(f"tables: {', '.join(p.name for p in written)} → {folder}")


@app.command("tables")
def tables_command(
    records: Annotated[Path, typer.Argument(help="A JSONL file written by annotate or batch.")],
    folder: Annotated[Path, typer.Argument(help="Folder to write the tables into.")],
    by: Annotated[list[str] | None, typer.Option("--by", help="Meta field to group by (repeatable).")] = None,
    csv: Annotated[bool, typer.Option("--csv", help="CSV instead of Parquet.")] = False,
) -> None:
    """Write tidy tables (documents, terms, metrics, enumerations, term_panel, cooccurrence,
    policy_tools, indicators) for pandas, R or Gephi.

    Example: policy-nlp tables out.jsonl tables/ --by year --by place
    """
    if not records.is_file():
        raise fail(f"no such file: {records}")
    _write_tables(records, folder, by or [], csv=csv, quiet=False)


def _run_with_progress(documents, handle, spec, workers: int, total_bytes: int):
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from policy_nlp.batch.runner import run

    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[docs]} docs, {task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("annotating", total=max(total_bytes, 1), docs=0, rate="")
        state = {"docs": 0, "chars": 0}
        import time

        started = time.perf_counter()

        def on_chunk(docs: int, chars: int) -> None:
            state["docs"] += docs
            state["chars"] += chars
            elapsed = max(time.perf_counter() - started, 1e-6)
            rate = f"{state['docs'] / elapsed:.1f} docs/s, {state['chars'] * 3 / 1e6 / elapsed:.2f} MB/s"
            progress.update(task, advance=chars * 3, docs=state["docs"], rate=rate)

        return run(documents, handle, spec, workers=workers, on_chunk=on_chunk)


@app.command()
def report(
    records: Annotated[Path, typer.Argument(help="A JSONL file written by annotate or batch.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    by: Annotated[list[str] | None, typer.Option("--by", help="Meta field to show trends by (repeatable).")] = None,
) -> None:
    """A standalone HTML report: term frequencies over groups, policy tools, indicators, errors.

    Example: policy-nlp report out.jsonl -o report.html --by year
    """
    from policy_nlp.report import render_report
    from policy_nlp.tables import build_tables, group_column, read_records

    if not records.is_file():
        raise fail(f"no such file: {records}")
    fields = by or []
    page = render_report(
        build_tables(read_records(records), fields),
        [group_column(f) for f in fields],
        title=f"policy-nlp report: {records.name}",
    )
    _write_text(output, page)
    err.print(f"report → {output}")


def _corpus_arguments(inputs: list[str] | None, glob: str | None, meta: Path | None):
    """Inputs, file pattern and metadata table; with no inputs, the bundled corpus and its SOURCES.tsv."""
    from policy_nlp.io import read_meta_table
    from policy_nlp.resources import corpus_dir

    if not inputs:
        inputs, glob, meta = [str(corpus_dir())], glob or "*.txt", meta or corpus_dir() / "SOURCES.tsv"
    try:
        return inputs, glob, read_meta_table(meta) if meta else None
    except UserError as error:
        raise fail(str(error)) from error


def _corpus_documents(inputs: list[str] | None, glob: str | None, meta: Path | None):
    """(doc_id, meta, text) of a corpus argument; the bundled corpus when none is given."""
    from policy_nlp.io import iter_documents

    sources, glob, table = _corpus_arguments(inputs, glob, meta)
    try:
        return [(d.doc_id, d.meta, d.text) for d in iter_documents(sources, pattern=glob, meta_table=table) if d.text]
    except UserError as error:
        raise fail(str(error)) from error


CorpusArg = Annotated[list[str] | None, typer.Argument(help="Files or folders (default: the bundled corpus).")]
GlobOpt = Annotated[str | None, typer.Option("--glob", help="File pattern inside folders.")]
MetaOpt = Annotated[Path | None, typer.Option("--meta", help="CSV/TSV of metadata keyed by file name or id.")]


@app.command()
def discover(
    corpus: CorpusArg = None,
    top: Annotated[int, typer.Option("--top", help="How many candidates.")] = 200,
    min_frequency: Annotated[int, typer.Option("--min-frequency", help="Least frequency of an n-gram.")] = 3,
    glob: GlobOpt = None,
    lexicon: LexiconOpt = None,
    no_default_lexicons: NoDefaultOpt = False,
) -> None:
    """Rank candidate new terms (quoted coinages, numbered formulations, cohesive n-grams)
    not yet in the lexicons, as lexicon-format TSV on stdout, ready to review and merge.

    Example: policy-nlp discover corpus/ --top 50 > candidates.tsv
    """
    from policy_nlp.discover import Discoverer

    nlp = _load(_check_lexicons(lexicon), no_default_lexicons)
    finder = Discoverer(nlp, min_frequency=min_frequency)
    for doc_id, _, text in _corpus_documents(corpus, glob, None):
        finder.add(doc_id, text)
    sys.stdout.write("\n".join(finder.rows(finder.ranked(top))) + "\n")


@app.command("keywords")
def keywords_command(
    corpus: CorpusArg = None,
    by: Annotated[str | None, typer.Option("--by", help="Meta field to compare groups by, e.g. year.")] = None,
    top: Annotated[int, typer.Option("--top", help="Terms per group.")] = 20,
    glob: GlobOpt = None,
    meta: MetaOpt = None,
    lexicon: LexiconOpt = None,
    no_default_lexicons: NoDefaultOpt = False,
) -> None:
    """TF-IDF keyness computed from your own corpus (scikit-learn), per group, as TSV.

    Example: policy-nlp keywords --by year --top 10
    """
    from policy_nlp.keywords import keywords

    nlp = _load(_check_lexicons(lexicon), no_default_lexicons)
    table = keywords(nlp, _corpus_documents(corpus, glob, meta), by=by, top=top)
    sys.stdout.write(table.to_csv(sep="\t", index=False))


@lexicon_app.command("lint")
def lexicon_lint(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Lexicon files or folders (default: the shipped ones).")
    ] = None,
) -> None:
    """Check lexicon files: duplicates, conflicts, bad aliases, malformed rows.

    Example: policy-nlp lexicon lint lexicons/terms
    """
    from policy_nlp.lexicon.lint import lint
    from policy_nlp.lexicon.load import LexiconError, default_term_paths

    targets = list(paths or default_term_paths())
    try:
        findings = lint(targets)
    except LexiconError as error:
        raise fail(str(error)) from error
    for finding in findings:
        typer.echo(str(finding))
    errors = sum(f.level == "error" for f in findings)
    err.print(f"{errors} errors, {len(findings) - errors} notes")
    if errors:
        raise typer.Exit(1)


@lexicon_app.command("list")
def lexicon_list(lexicon: LexiconOpt = None, no_default_lexicons: NoDefaultOpt = False) -> None:
    """List every loaded term as TSV (term, category, policy tool, source).

    Example: policy-nlp lexicon list | grep platform
    """
    lex = _lexicon(lexicon, no_default_lexicons)
    for t in lex:
        typer.echo("\t".join((t.term, t.category, t.policy_tool, t.sub_tool, t.source)))


@lexicon_app.command("show")
def lexicon_show(term: str, lexicon: LexiconOpt = None, no_default_lexicons: NoDefaultOpt = False) -> None:
    """Show one term (or alias): canonical form, category, tool, aliases, where it is defined.

    Example: policy-nlp lexicon show 揭榜挂帅
    """
    found = _lexicon(lexicon, no_default_lexicons).lookup(term)
    if found is None:
        raise fail(f"{term} is not in the loaded lexicons")
    for key, value in (
        ("term", found.term),
        ("category", found.category),
        ("policy_tool", found.policy_tool),
        ("sub_tool", found.sub_tool),
        ("aliases", "|".join(found.aliases)),
        ("note", found.note),
        ("source", found.source),
    ):
        typer.echo(f"{key}\t{value}")


@lexicon_app.command("stats")
def lexicon_stats(lexicon: LexiconOpt = None, no_default_lexicons: NoDefaultOpt = False) -> None:
    """Counts per category and policy tool, and the files loaded.

    Example: policy-nlp lexicon stats
    """
    from collections import Counter

    lex = _lexicon(lexicon, no_default_lexicons)
    typer.echo(f"terms\t{len(lex)}\nsurfaces\t{len(lex.surface_index)}\nhash\t{lex.hash}")
    for name, counter in (
        ("category", Counter(t.category for t in lex)),
        ("policy_tool", Counter(t.policy_tool or "-" for t in lex)),
    ):
        for key, n in counter.most_common():
            typer.echo(f"{name}:{key}\t{n}")
    for source in lex.sources:
        typer.echo(f"file\t{source}")


def _lexicon(lexicon: list[Path] | None, no_default: bool):
    from policy_nlp.lexicon import load_lexicon

    return load_lexicon(_check_lexicons(lexicon), default_lexicons=not no_default)


def main() -> None:
    """Entry point: user mistakes end with one line and exit code 2, never a traceback."""
    try:
        app()
    except UserError as error:
        err.print(f"[red]policy-nlp:[/red] {error}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("[red]policy-nlp:[/red] interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
