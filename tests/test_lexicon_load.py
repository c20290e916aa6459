from policy_nlp.lexicon import Lexicon, Term, load_lexicon
from policy_nlp.lexicon.load import with_regional_variants


def test_national_campaigns_gain_their_provincial_forms():
    lexicon = load_lexicon()
    assert lexicon.lookup("美丽河北").term == lexicon.lookup("美丽中国").term
    assert lexicon.lookup("健康河北行动").term == lexicon.lookup("健康中国").term
    assert lexicon.lookup("文化强省").category == lexicon.lookup("文化强国").category


def test_a_generated_form_never_takes_a_surface_a_file_lists():
    own = Term("美丽河北", "brand")
    lexicon = with_regional_variants(Lexicon([Term("美丽中国", "programme"), own]))
    assert lexicon.lookup("美丽河北") is own
    assert lexicon.lookup("美丽浙江").term == "美丽中国"


def test_user_lexicons_alone_get_no_generated_forms(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("term\tcategory\n美丽中国\tprogramme\n", encoding="utf-8")
    lexicon = load_lexicon([path], default_lexicons=False)
    assert lexicon.lookup("美丽河北") is None
