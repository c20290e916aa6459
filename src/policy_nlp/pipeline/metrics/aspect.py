"""Aspect: level, change or rate, with the sign of a change, from the words leading to a number."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from policy_nlp.pipeline.metrics.context import (
    INNER_LINKS,
    NOUNISH,
    MetricContext,
)
from policy_nlp.pipeline.quantities import Quantity
from policy_nlp.pos import tag


class AspectRules(MetricContext):
    """Decides a quantity's aspect and sign."""

    def _aspect(self, doc: Doc, q: Quantity, clause_start: int, lead_end: int) -> tuple[str, int]:
        """Level, change or rate from the cue word right before the number (skipping 同比, 了, years …);
        the size of a gap (两地差距由上年的900亿元缩小至800亿元) is a difference, a change."""
        aspect, sign = self._cued_aspect(doc, q, clause_start, lead_end)
        if aspect == "level" and q.unit not in ("%", "x", "rank"):
            if not self.gap_words.isdisjoint(self._index.words_within(clause_start, lead_end)):
                return "change", 1
        return aspect, sign

    def _cued_aspect(self, doc: Doc, q: Quantity, clause_start: int, lead_end: int) -> tuple[str, int]:
        if q.unit == "rank":  # 居第8位 is a level; 排名上升2位 a change of places
            before = self._index.words_within(clause_start, lead_end)[-1:]
            cue = self._cue(before[0]) if before else None
            return ("change", cue[1]) if cue is not None and cue[0] in ("change", "rate") else ("level", 1)
        default = "change" if q.unit == "pp" else (q.aspect_hint or "level")
        reached = False
        words = self._index.words_within(clause_start, lead_end)
        straddling = self._index.overlapping_indices(lead_end - 1, lead_end)
        if straddling and self._index.starts[straddling[0]] + len(self._index.words[straddling[0]]) > lead_end:
            # 低约0.4个百分点: the tokenizer joined the cue and the qualifier; the cue is what comes before
            words = [*words, self._norm[max(clause_start, self._index.starts[straddling[0]]) : lead_end]]
        setting = len(words)
        while setting > 1 and self._role(words[setting - 1]) == "setting":
            setting -= 1
        if setting > 2 and self._role(words[setting - 2] + words[setting - 1]) == "setting":
            setting -= 2  # 定|在: the tokenizer cut the setting verb
        if setting < len(words):
            goal = setting
            while goal > 1 and (words[goal - 1] in self.kind_scopes["goal"] or words[goal - 1] in self.goal_parts):
                goal -= 1  # 增长目标定为6%, 增速预期目标定在6.5%: the cue before the goal decides
            if goal < setting:
                words = words[:goal]
        item = words[len(words) - words[::-1].index("、") :] if "、" in words else words
        if q.unit == "%" and not self.whole_markers.isdisjoint(item):
            return "level", 1  # 新增上市公司12家、占全省增量的1/3: a share is a level
        pull = next((w for w in reversed(words) if self._role(w) == "contribution"), None)
        if pull is not None:
            return "level", self.aspect_of_word[pull][1]  # 拉动…增长2个百分点; 拉低…增速3个百分点
        for i in range(len(words) - 1, -1, -1):
            text = words[i]
            cue = self._cue(text)
            if cue is not None and cue[0] not in ("invert", "contribution", "subset", "setting", "versus", "gap"):
                cue_aspect, sign = cue
                if self._inverted(words, i):
                    sign = -sign
                if cue_aspect == "level" or (reached and cue_aspect == "rate"):
                    return default, 1  # 增长至50家, 提升到4.2%: the level reached
                if q.unit_kind == "points":
                    return "change", sign
                if cue_aspect == "rate" and q.unit not in ("%", "x"):
                    return "change", sign
                return cue_aspect, sign
            if text in ("到", "至"):
                reached = True
            if not self.skippable(text):
                break
        if q.unit_kind == "points":
            versus = next((self.aspect_of_word[w] for w in reversed(words) if self._role(w) == "versus"), None)
            if versus is not None:
                return "change", versus[1]  # 低于全省平均增速0.4个百分点
        elif q.unit not in ("%", "x") and len(words) >= 2 and self._role(words[-2]) == "versus":
            if tag(words[-1]).startswith("n"):  # 领先乙省300亿元: ahead of a reference, by an amount
                return "change", self.aspect_of_word[words[-2]][1]
        after = q.written_end
        following = self._index.words_within(after, after + 12)  # 6%以上的增长
        if q.unit == "%" and following[:1] == ["的"]:
            for word in following[1:4]:  # 实现27.4%的增长, 上年同期15.2%的高增速, 2.3%的两年平均增速
                cue = self._cue(word)
                if cue is not None and cue[0] == "rate":
                    return "rate", cue[1]
                if not (tag(word).startswith(("a", "m", "d")) or word in self.aspect_of_word or word in self.tail):
                    break
        if default != "level":
            return default, 1

        def changed_object(verb: str, rest: list[str]) -> tuple[str, int] | None:
            """降低|单位GDP能耗|13.5%: a change verb whose object alone stands before the number."""
            head = self.aspect_of_word.get(verb)
            if head is None or head[0] not in ("change", "rate") or not self._noun_list(rest):
                return None
            return ("rate" if head[0] == "rate" and q.unit in ("%", "x") else "change"), head[1]

        # 新增境内上市公司12家、专精特新企业215家: the clause opens with the change; 新建学校6所、新增学位
        # 2400个: so may a list item
        listed = item is not words and q.unit_kind == "measure" and self.respectively.isdisjoint(item)
        if listed and not self.total_nouns.isdisjoint(item):
            return default, 1  # 新增科技型企业90家、总数超过800家: the total is a level
        for span in (words, item) if listed else (words,):
            opening = next((n for n, w in enumerate(span) if not self._leads_in(w)), len(span))  # 每年可|减少…
            found = changed_object(span[opening], span[opening + 1 :]) if opening < len(span) else None
            if found is not None:
                return found
        compared = next((n for n in range(len(words) - 1, -1, -1) if words[n] == "比"), None)
        if compared is not None:  # 比原有线路平均缩短通关时间6小时: the change compared
            for n in range(len(words) - 1, compared, -1):
                found = changed_object(words[n], words[n + 1 :])
                if found is not None:
                    return found
        return default, 1

    def _leads_in(self, word: str) -> bool:
        """A word that may come before a clause's main verb: a filler, a scope, a time, a modal (每年可)
        or a target cue (力争累计降低…)."""
        return (
            self.skippable(word)
            or word in self.head
            or tag(word) in ("t", "r", "d")
            or word in self.modals
            or self.kind_of_word.get(word) == "target"
        )

    def _noun_list(self, words: list[str]) -> bool:
        """Noun phrases, each of up to 7 words, joined by 、 after the amount of the one before
        (境内上市公司12家、专精特新企业; not 航空枢纽、洛阳等, which hold no amount): what a
        clause-opening change verb governs."""
        items = [item.split() for item in " ".join(words).split(" 、 ")]
        if not 0 < len(items[-1]) <= 7:
            return False

        def noun_phrase(item: list[str], tags: tuple[str, ...]) -> bool:
            return all(
                w in INNER_LINKS
                or tag(w).startswith(tags)
                or self.skippable(w)
                or (n > 0 and len(w) > 1 and tag(w) == "v" and tag(item[n - 1]).startswith(tags))  # 二氧化碳排放
                for n, w in enumerate(item)
            )

        return noun_phrase(items[-1], NOUNISH) and all(
            0 < len(item) <= 9 and noun_phrase(item, (*NOUNISH, "q")) and any(tag(w) == "m" for w in item)
            for item in items[:-1]
        )

    def _part_of_change(self, previous: dict[str, Any] | None, q: Quantity, clause_start: int, lead_end: int) -> bool:
        """其中光伏装机1500万千瓦 after 新增电力装机2600万千瓦: a part of a change is a change;
        after a comparison (企业达1875家，比上年末净增96家，其中…) the part is of the level compared."""
        if previous is None or previous["aspect"] != "change" or previous["unit"] != q.unit:
            return False
        norm = self._norm
        if norm.startswith(self.compare, self._clause_start(norm, previous["_sentence"], previous["start"])):
            return False
        opening = self._index.words_within(clause_start, lead_end)[:1]
        return bool(opening) and self._role(opening[0]) == "subset"

    def _inverted(self, words: list[str], i: int) -> bool:
        """降幅扩大, 降幅比一季度收窄: a fall's size right before the cue, or before a comparison
        that leads to it (past 分别), turns the cue's sign."""
        for j in range(i - 1, -1, -1):
            if self._role(words[j]) == "invert":
                after = j + 2 if j + 2 <= i and words[j + 1] in self.respectively else j + 1  # 降幅分别比…收窄
                return after == i or words[after] in self.compare_words
        return False
