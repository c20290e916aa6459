from typer.testing import CliRunner

from policy_nlp.cli import app


def test_report_is_a_standalone_page(tmp_path):
    runner = CliRunner()
    records = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", "-o", str(records), "--workers", "1", "--quiet"]).exit_code == 0
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(records), "-o", str(page), "--by", "year"])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") >= 3
    assert "<script" not in html and "http" not in html.split("<svg", 1)[0]  # nothing fetched when opened
    for heading in ("Terms", "Policy tools", "Indicators", "Documents with errors"):
        assert heading in html
    assert "数字经济" in html  # labels stay text in the SVG


def test_report_of_missing_file_is_a_user_error(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
