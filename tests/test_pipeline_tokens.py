from hypothesis import given
from hypothesis import strategies as st

from policy_nlp.pipeline.tokens import TokenIndex

WORDS = st.lists(st.text(alphabet="甲乙丙1", min_size=1, max_size=4), max_size=12)


@given(words=WORDS, a=st.integers(min_value=0, max_value=50), b=st.integers(min_value=0, max_value=50))
def test_token_windows_agree_with_the_offsets(nlp, words, a, b):
    doc = nlp.make_doc("".join(words)) if words else nlp.make_doc("")
    index = TokenIndex(doc)
    start, end = min(a, b), max(a, b)
    spans = [(s, s + len(w)) for s, w in zip(index.starts, index.words, strict=True)]
    overlapping = [i for i, (s, e) in enumerate(spans) if s < end and e > start]
    within = [i for i, (s, e) in enumerate(spans) if start <= s and e <= end]
    assert list(index.overlapping_indices(start, end)) == overlapping
    assert [t.i for t in index.overlapping(start, end)] == overlapping
    assert [t.i for t in index.within(start, end)] == within
    assert all(index.text[t.idx : t.idx + len(t.text)] == t.text for t in index.within(start, end))
    assert index.word_at(start) == next((w for s, w in zip(index.starts, index.words, strict=True) if s == start), None)
    kept = [t for t in index.within(start, end) if t.text != "1"]
    assert index.last_within(start, end, lambda w: w == "1") == (kept[-1] if kept else None)
