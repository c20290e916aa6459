from policy_nlp.memo import BoundedMemo


def test_remembers_up_to_its_limit_and_still_answers_beyond_it():
    calls = []

    def length(word):
        calls.append(word)
        return len(word)

    memo = BoundedMemo(length, limit=2)
    assert [memo("甲乙"), memo("甲乙"), memo("丙"), memo("丁戊己"), memo("丁戊己")] == [2, 2, 1, 3, 3]
    assert calls == ["甲乙", "丙", "丁戊己", "丁戊己"]  # the third word came after the memo was full
