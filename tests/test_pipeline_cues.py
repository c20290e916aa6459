import pytest

from policy_nlp.pipeline.cues import cue_path, read_cues
from policy_nlp.resources import lexicon_dir

CUE_FILES = sorted(path.name for path in (lexicon_dir() / "cues").glob("*.tsv"))


@pytest.mark.parametrize("name", CUE_FILES)
def test_cue_files_read_and_hold_no_row_twice(name):
    rows = [tuple(row.values()) for row in read_cues(name)]
    assert rows, f"{cue_path(name)} holds no rows"
    assert len(rows) == len(set(rows)), [row for row in set(rows) if rows.count(row) > 1]
