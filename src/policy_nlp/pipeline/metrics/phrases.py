"""Indicator phrases: which tokens make the noun phrase that names what is measured, and how it is trimmed."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from policy_nlp.pipeline.metrics.context import (
    BY_WORDS,
    CLASS_MAGNITUDE,
    CLAUSE_BREAK,
    INNER_LINKS,
    MAX_INDICATOR,
    NOUNISH,
    MetricContext,
)
from policy_nlp.pipeline.tokens import Tok
from policy_nlp.pos import dictionary_tag, tag

PAIRS = (("“", "”"), ("（", "）"), ("(", ")"))  # marks an indicator holds in pairs, if at all
GRADE = re.compile(r"^[Ⅰ-Ⅻ]+$")  # Ⅲ类水体: a grade is part of a name
GRADE_SPAN = "—-~～至"  # Ⅰ—Ⅲ类
ADJECTIVES = ("a", "ad", "d")
ORDINAL_WORD = re.compile(r"[前第][一二三四五六七八九十百\d]+")  # 前十, 第三
COUNTED = "0123456789一二两三四五六七八九十"  # 皖北6市人均GDP: the measure word of a count is no part of what follows
SET_NAME = re.compile(  # 六大主导产业, “三品一标”: a counted set's name
    r"(?:[二两三四五六七八九十]|\d{1,2})[大个项类条](?=[\u4e00-\u9fff])|“(?=[一二两三四五六七八九十])"
)


class PhraseRules(MetricContext):
    """Builds and trims indicator phrases from the pipeline's tokens."""

    # -- indicators ------------------------------------------------------------------------
    def _nounish(self, token: Tok, term_tokens: set[int], *, allow_head: bool = True) -> bool:
        if token.text in self.stop_words:
            return False  # 按不变价计算: a framing word, even when it is a lexicon term
        if token.i in term_tokens or token.idx in self._inline or token.idx in self._bounds:  # 县（市）, 3岁以下
            return True
        text = token.text
        if GRADE.match(text):
            return True
        if token.i in self._quantity_tokens or text in self.tail or text in self.qualifier_words:
            return False
        if not allow_head and text in self.head:
            return False
        if text in self.nouns or self._annual(token):
            return True
        if text in self.unnamed_cues:
            return False
        closing = self.closing_cue(text)
        if closing is not None and self.skippable(text[: -closing[0]]):
            return False  # 同比增加: a cue written as one word
        pos = tag(text)
        if pos in ("i", "l") and closing is None and len(text) >= 4 and dictionary_tag(text[-2:]) == "v":
            return False  # 始终保持: a set phrase that ends with a verb acts as one
        return pos.startswith(NOUNISH)

    def _annual(self, token: Tok) -> bool:
        """年 or 年度 before a noun, not after a year or a time word (年营业收入, not 2024年, 今年)."""
        return token.text in self.annual_words and (token.idx == 0 or self._norm[token.idx - 1] not in self.date_prefix)

    def _inner_ok(self, token: Tok, term_tokens: set[int]) -> bool:
        """Inside a phrase a verb is fine between nouns (科技创新指数, R&D经费投入强度)."""
        text = token.text
        if text in INNER_LINKS or text in self.modifiers:
            return True
        if text in self.tail or text in self.qualifier_words or text in self.head:
            return False
        return tag(text).startswith(("v", "z")) and len(text) >= 2  # 水质优良比例: a status word too

    def _phrase(self, tokens: list[Tok], term_tokens: set[int]) -> list[Tok]:
        """The longest run of tokens ending at the last token that reads as a noun phrase."""
        i = len(tokens) - 1
        while i >= 0 and not self._nounish(tokens[i], term_tokens, allow_head=False):  # skip verbs, cues, years
            if tokens[i].text in CLAUSE_BREAK or tokens[i].i in self._quantity_tokens:
                return []
            i -= 1
        end_i = i
        while i >= 0:
            token = tokens[i]
            if self._nounish(token, term_tokens):
                i -= 1
            elif token.text in "）)" and i < end_i:  # 细颗粒物（PM2.5）浓度: a short aside inside the name
                opening = next((k for k in range(i - 1, max(i - 9, 0), -1) if tokens[k].text in "（("), None)
                if opening is None or not self._nounish(tokens[opening - 1], term_tokens):
                    break
                i = opening - 1
            elif (
                (token.text in GRADE_SPAN or token.text in "类级") and 0 < i < end_i and GRADE.match(tokens[i - 1].text)
            ):
                i -= 1  # Ⅰ—Ⅲ类水质比例
            elif token.text in ("占", "对", "的") and i > 0 and tokens[end_i].text in self.share_nouns:
                i -= 1  # X占Y(的)比重, X对Y的贡献率 is one indicator
            elif tokens[end_i].text in self.share_nouns and i > 0 and tokens[i - 1].text in self.whole_markers:
                i -= 1  # …占新增住房供应总量的比例: the whole may open with a change word
            elif i > 0 and self._inner_ok(token, term_tokens):
                k = i - 1
                while (  # 辅助驾驶装配率: up to two more verbs may stand between the nouns
                    token.text not in INNER_LINKS
                    and k > max(0, i - 3)
                    and tokens[k].text not in INNER_LINKS
                    and not self._nounish(tokens[k], term_tokens)
                    and self._inner_ok(tokens[k], term_tokens)
                ):
                    k -= 1
                closes_aside = k == i - 1 and tokens[k].text in "）)"  # 细颗粒物（PM2.5）平均浓度
                if not (
                    self._nounish(tokens[k], term_tokens)
                    or (k == i - 1 and tokens[k].text in INNER_LINKS)
                    or closes_aside
                ):
                    break
                i = k
            else:
                break
            if end_i >= 0 and tokens[end_i].idx + len(tokens[end_i].text) - tokens[i + 1].idx > MAX_INDICATOR:
                break
        return tokens[i + 1 : end_i + 1]

    def _with_owner(self, tokens: list[Tok], phrase: list[Tok], links: set[str], term_tokens: set[int]) -> list[Tok]:
        """`phrase` with the noun phrase it belongs to, across link words before it."""
        first = at = tokens.index(phrase[0])
        while at > 0 and tokens[at - 1].text in links:
            at -= 1
        if at > 0 and tokens[at - 1].text in "）)":  # 限额以上零售额（亿元）增速: across a unit in brackets
            opening = next((n for n in range(at - 2, max(at - 6, -1), -1) if tokens[n].text in "（("), None)
            at = opening if opening is not None else at
        owner = self._phrase(tokens[:at], term_tokens) if at < first else []
        return tokens[tokens.index(owner[0]) : first + len(phrase)] if owner else phrase

    def _leading_phrase(self, tokens: list[Tok], term_tokens: set[int]) -> list[Tok]:
        """The clause's subject: its first noun phrase (浙江数字经济规模连续6年位居…)."""
        start = next(
            (n for n, t in enumerate(tokens) if self._nounish(t, term_tokens) and tag(t.text) != "ns"), None
        )  # places (杭州、广州5座城市) say whose, not what
        if start is None:
            return []
        end = start
        while end + 1 < len(tokens):
            following = tokens[end + 2] if end + 2 < len(tokens) else None
            if following is not None and tag(following.text) == "ns" and tokens[end + 1].text in INNER_LINKS:
                break  # GDP总量与广州差距极小: the comparison partner is no part of it
            if tag(tokens[end + 1].text) == "m" or ORDINAL_WORD.fullmatch(tokens[end + 1].text):
                break  # GDP前十的城市: a number or rank ends the subject
            if not (
                self._nounish(tokens[end + 1], term_tokens)
                or (
                    self._inner_ok(tokens[end + 1], term_tokens)
                    and following is not None
                    and self._nounish(following, term_tokens)
                )
            ):
                break
            end += 1
        return tokens[start : end + 1]

    def _trimmed(self, doc: Doc, norm: str, picked: list[Tok], *, strip_scope: bool = True) -> dict | None:
        """Drop scope words (全省, 其中), places and times from the front, links from the ends."""

        def qualified(picked: list[Tok]) -> bool:  # 县（市）, 改造（提升）: the aside qualifies the word
            return len(picked) > 1 and picked[1].text in "（("

        while (
            picked
            and picked[0].idx not in self._bounds
            and not qualified(picked)
            and (  # 65岁及以上人口: a bound stays
                (strip_scope and (picked[0].text in self.head or self._place_or_person(picked)))
                or (
                    len(picked[0].text) == 1
                    and len(picked) > 1
                    and picked[0].idx > 0
                    and norm[picked[0].idx - 1] in COUNTED
                )
                or picked[0].text in INNER_LINKS.replace("“", "")
                or (
                    tag(picked[0].text) in ("t", "r", "m", "uj")
                    and not CLASS_MAGNITUDE.fullmatch(picked[0].text)
                    and not (len(picked) > 1 and self._annual(picked[0]))  # 年营业收入: annual, not a date
                )
            )
        ):
            picked = picked[1:]
        while picked and picked[-1].text in INNER_LINKS.replace("”", ""):
            picked = picked[:-1]
        if picked and picked[0].text in "）)":
            picked = picked[1:]  # the end of an aside whose start lies outside the phrase
        if picked and picked[0].text in "（(":  # an aside whose word lies outside: 个市|（州）分中心
            closing = next((n for n, t in enumerate(picked) if t.text in "）)"), len(picked) - 1)
            picked = picked[closing + 1 :]
        if picked and picked[0].text == "“" and not any(t.text == "”" for t in picked):
            picked = picked[1:]
        if picked and picked[-1].text == "”" and not any(t.text == "“" for t in picked):
            picked = picked[:-1]
        while (
            strip_scope
            and len(picked) > 1
            and not qualified(picked)
            and self._leading_verb(picked[0])
            and any(map(self._noun, picked[1:]))
        ):
            picked = picked[1:]  # 新建改造旱涝保收农田42.6万亩: the land is counted, not the building
        if not picked or all(tag(t.text) in ADJECTIVES for t in picked):
            return None  # 以微弱的差距: a quality alone measures nothing
        if all(t.text in self.frame_words or t.text in BY_WORDS for t in picked):
            return None  # 按可比口径, 同口径: how the number was computed, not what it measures
        last = picked[-1].text
        end = picked[-1].idx + len(last) - self._change_suffix(last)  # 猪肉|价格下降 → 猪肉价格
        start, end = self._balanced(norm, picked[0].idx, end)
        start = self._past_member_list(norm, start, end)
        return self._indicator(doc, norm, start, end) if end > start else None

    @staticmethod
    def _past_member_list(norm: str, start: int, end: int) -> int:
        """Where a phrase starts past the members listed before the set it names: 新材料、现代食品…
        五大支柱产业增加值 → 五大支柱产业增加值, 绿色、有机“三品一标”产品 → “三品一标”产品."""
        listed = norm.rfind("、", start, end)
        if listed < 0:
            return start
        named = SET_NAME.search(norm, listed + 1, end)
        return named.start() if named is not None and named.start() < end - 1 else start

    def _place_or_person(self, picked: list[Tok]) -> bool:
        """A place before what it qualifies (广东GDP); a lone "person" is jieba mis-tagging a noun
        (贡献率); the nouns of the cue table are never places (城中村)."""
        if picked[0].text in self.nouns:
            return False
        first = tag(picked[0].text)
        return first == "ns" or (first == "nr" and len(picked) > 1)

    def _leading_verb(self, token: Tok) -> bool:
        return tag(token.text) == "v" and token.text not in self.nouns and token.text not in self.cue_words

    @staticmethod
    def _noun(token: Tok) -> bool:
        return tag(token.text).startswith(("n", "j", "l")) and not tag(token.text).startswith("nr")

    @staticmethod
    def _balanced(norm: str, start: int, end: int) -> tuple[int, int]:
        """Quotes and brackets in an indicator come in pairs: “两院”院士 takes back its opening quote,
        专精特新“小巨人” its closing one, a name cut inside an aside its opening bracket; after a
        long quoted slogan (“园区推荐、部门审核”授权企业) only what follows counts."""
        for opening_mark, closing_mark in PAIRS:
            closing = norm.find(closing_mark, start, end)
            if closing >= 0 and norm.find(opening_mark, start, closing) < 0:
                opening = norm.rfind(opening_mark, max(0, start - MAX_INDICATOR), start)
                inside = norm[opening + 1 : closing] if opening >= 0 else ""
                if opening >= 0 and not any(ch in inside for ch in "，,；;。、"):
                    start = opening
                else:
                    start = closing + 1
            last_open = norm.rfind(opening_mark, start, end)
            if last_open >= 0 and norm.find(closing_mark, last_open, end) < 0:
                end = end + 1 if norm[end : end + 1] == closing_mark else last_open
        return start, end

    def _indicator(self, doc: Doc, norm: str, start: int, end: int) -> dict[str, Any]:
        text = self._text[start:end]
        return {"text": text, "start": start, "end": end, "canonical": self.indicators.lookup(text)}
