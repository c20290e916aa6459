def test_sample_article_terms(sample_record):
    found = {t["text"] for t in sample_record["terms"]}
    for term in ("教科人一体", "揭榜挂帅", "中试平台", "概念验证中心", "安心宝", "车路云一体化", "人工智能+"):
        assert term in found, term


def test_term_fields(sample_record):
    term = next(t for t in sample_record["terms"] if t["text"] == "揭榜挂帅")
    assert term["category"] == "mechanism"
    assert term["canonical"] == "揭榜挂帅"
    assert sample_record["text"][term["start"] : term["end"]] == "揭榜挂帅"
    assert term["sentence"] is not None


def test_alias_maps_to_canonical(nlp):
    from policy_nlp.lexicon import load_lexicon

    term = next(t for t in load_lexicon() if t.aliases)
    doc = nlp(f"继续推进{term.aliases[0]}。")
    spans = list(doc.spans["terms"])
    assert any(s.kb_id_ == term.term and s.text == term.aliases[0] for s in spans)


def test_no_term_inside_other_words(nlp):
    doc = nlp("高中试卷难度提高。")
    assert "中试" not in [s.text for s in doc.spans["terms"]]


def test_a_term_jieba_cuts_whole_in_its_sentence_is_found(nlp):
    # 中科 reads as a word in a short window around 科创板; jieba's reading of the sentence does not
    assert "科创板" in [t["text"] for t in nlp("其中科创板上市公司9家。")._.terms]


def test_term_mentions_are_plain_records_matching_the_spans(nlp):
    text = "推行揭榜挂帅，建设中试平台。"
    doc = nlp(text)
    mentions = doc._.terms
    assert [m["text"] for m in mentions if not m["nested"]] == [s.text for s in doc.spans["terms"]]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert {m["canonical"] for m in mentions} >= {"揭榜挂帅"}
    assert all(m["text"] in doc[m["token"]].text for m in mentions)


def test_terms_inside_longer_terms_and_words_are_nested_mentions(nlp):
    text = "本年新增专精特新中小企业，制造业增加值增长5%。"
    mentions = nlp(text)._.terms
    found = {(m["text"], m["nested"]) for m in mentions}
    assert {("专精特新中小企业", False), ("专精特新", True), ("制造业", True)} <= found
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_a_term_is_not_nested_in_itself_or_in_a_shorter_host(nlp):
    mentions = nlp("推行揭榜挂帅。")._.terms
    assert [(m["text"], m["nested"]) for m in mentions] == [("揭榜挂帅", False)]


def test_programme_names_by_pattern_sit_beside_lexicon_terms(nlp):
    text = "深入实施农业机械化提升行动，推行揭榜挂帅。"
    doc = nlp(text)
    pattern = [m for m in doc._.terms if m["origin"] == "pattern"]
    assert [(m["text"], m["category"], m["canonical"], m["nested"]) for m in pattern] == [
        ("农业机械化提升行动", "programme", "农业机械化提升行动", False)
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in doc._.terms)
    assert "农业机械化提升行动" in [s.text for s in doc.spans["terms"]]
    lexicon = {m["text"]: m for m in doc._.terms if m["origin"] == "lexicon"}
    assert lexicon["揭榜挂帅"]["nested"] is False


def test_lexicon_terms_inside_a_programme_name_are_nested(nlp):
    doc = nlp("实施人工智能赋能乡村振兴行动。")
    inner = [m for m in doc._.terms if m["text"] == "人工智能"]
    assert inner and all(m["nested"] for m in inner)
    assert "人工智能" not in [s.text for s in doc.spans["terms"]]


def test_programme_patterns_can_be_switched_off():
    import policy_nlp

    nlp = policy_nlp.load()
    nlp.get_pipe("terms").programmes = False
    assert all(m["origin"] == "lexicon" for m in nlp("深入实施农业机械化提升行动。")._.terms)


def test_a_shorter_alias_inside_a_longer_alias_of_the_same_term_is_a_mention(nlp):
    from policy_nlp.lexicon import load_lexicon

    # an alias written inside another alias of its term: 种业阵型企业 in 国家种业阵型企业
    host, inner, term = next(
        (longer, shorter, t)
        for t in load_lexicon()
        for longer in t.aliases
        for shorter in (t.term, *t.aliases)
        if shorter != longer and shorter in longer and len(shorter) >= 4
    )
    text = f"全市新增{host}十家。"
    mentions = nlp(text)._.terms
    found = {(m["text"], m["canonical"], m["nested"]) for m in mentions}
    assert (host, term.term, False) in found
    assert (inner, term.term, True) in found
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
