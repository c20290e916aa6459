"""Coordinated lists: one record per member (A、B、C分别增长x、y、z; 3家…、2个…)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from policy_nlp.pipeline.metrics.context import (
    LIST_JOINER,
    MAX_INDICATOR,
)
from policy_nlp.pipeline.metrics.indicator import IndicatorRules
from policy_nlp.pipeline.tokens import Tok
from policy_nlp.pos import tag

TOP_LIST_JOINER = re.compile(r"\s*、\s*")
NUMERALS = "第一二两三四五六七八九十百千万亿"


class ListRules(IndicatorRules):
    """Shares indicators and values across the members of a list."""

    def _distribute_lists(self, doc: Doc, norm: str, records: list[dict[str, Any]]) -> None:
        """A、B、C分别增长x、y、z: the i-th listed member goes to the i-th number; a later clause of the
        sentence with 分别 and as many numbers (…，三年平均增速分别为x、y、z) reuses the same list."""
        groups: list[list[dict[str, Any]]] = []
        for record in records:
            if groups and LIST_JOINER.fullmatch(norm[groups[-1][-1]["_written_end"] : record["start"]]):
                groups[-1].append(record)
            else:
                groups.append([record])
        recent: dict[int, list[tuple[int, int]]] = {}  # sentence start -> its last list
        seen: list[dict[str, Any]] = []  # records of earlier groups
        for group in groups:
            first = group[0]
            earlier, seen = seen, seen + group
            if len(group) < 2:
                continue
            named_after = group[-1]["indicator"]
            if named_after is not None and named_after["start"] >= group[-1]["end"]:
                for record in group[:-1]:  # 给予最高150万元、90万元、60万元购房补贴: the name closes the list
                    record["indicator"] = named_after
                    if group[-1]["kind"] == "incentive":
                        record["kind"] = "incentive"
                continue
            respectively, members = self._list_before_respectively(doc, norm, first, len(group))
            if respectively and members is None and self._opens_clause(norm, first, self.respectively):
                # 全年接待游客8600万人次，旅游总收入960亿元，分别增长9%和11%: the numbers just named
                named = [r["indicator"] for r in earlier if r["_sentence"] == first["_sentence"] and r["indicator"]]
                if len(named) >= len(group) and len({i["text"] for i in named[-len(group) :]}) == len(group):
                    for record, indicator in zip(group, named[-len(group) :], strict=True):
                        record["indicator"] = indicator
                    continue
            if members is None and first["indicator"] is not None:
                indicator = first["indicator"]
                members = [
                    (indicator["start"] + m.start(), indicator["start"] + m.end())
                    for m in re.finditer(r"[^、和与及]+", indicator["text"])
                ]
            if members is not None and len(members) == len(group):
                recent[first["_sentence"]] = members
            elif respectively and len(recent.get(first["_sentence"], [])) == len(group):
                members = recent[first["_sentence"]]
            else:
                continue
            members = self._grades_share_their_noun(members)
            for record, (start, end) in zip(group, members, strict=True):
                record["indicator"] = self._indicator(doc, norm, start, end)

    def _grades_share_their_noun(self, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """国家级、省级孵化器分别达到…, 高新区、经开区、保税区技术合同登记额分别为…: members
        that are grades or places alone name no thing; they measure the noun the last member shares.
        A count of places closing the list (甲、乙、丙三市生产总值分别为…) says the members are places."""
        last_start, last_end = members[-1]
        counted = self.place_count.search(self._norm, last_start, last_end)
        if counted is not None and counted.start() > last_start and counted.end() < last_end:
            return [(counted.end(), last_end)] * len(members)
        if not all(
            words and all(self._is_grade(w) or w in self.rank_scopes for w in words)
            for words in (self._index.words_within(start, end) for start, end in members[:-1])
        ):
            return members
        last = self._index.within(*members[-1])
        at = 1 + max(
            (n for n, t in enumerate(last) if self._is_grade(t.text) or t.text in ("级", *self.rank_scopes)), default=-1
        )
        if at == 0:
            return members
        if at == len(last):  # 国家级、省级|旅游休闲街区分别达到…: the noun follows the last member
            after = self._index.within(members[-1][1], members[-1][1] + MAX_INDICATOR)
            noun = next((n for n, t in enumerate(after) if t.text in self.respectively), 0)
            if not noun or after[0].text == "的":  # 来自京津冀、长三角地区的游客: the places are what differs
                return members
            return [(after[0].idx, after[noun - 1].idx + len(after[noun - 1].text))] * len(members)
        return [(last[at].idx, members[-1][1])] * (len(members) - 1) + [members[-1]]

    @staticmethod
    def _is_grade(word: str) -> bool:
        """A grade (国家级, 自治区级, 大型) or a place or zone (南京, 高新区) alone names no thing."""
        return tag(word) in ("b", "ns") or (word.endswith(("级", "区")) and len(word) <= 4)

    def _opens_clause(self, norm: str, record: dict[str, Any], words: set[str]) -> bool:
        """Whether one of `words` opens the record's clause, with nothing but fillers before it."""
        clause = self._index.words_within(
            self._clause_start(norm, record["_sentence"], record["start"]), record["start"]
        )
        at = next((n for n, w in enumerate(clause) if w in words), None)
        return at is not None and all(self.skippable(w) for w in clause[:at])

    def _list_before_respectively(
        self, doc: Doc, norm: str, record: dict[str, Any], count: int
    ) -> tuple[bool, list[tuple[int, int]] | None]:
        """Whether 分别 leads to the record in its clause, and the list (two members or more) before it.
        和/与/及 join members too, unless that makes more members than `count` numbers, where they
        join words inside a member (新能源和智能网联、现代纺织产业增加值分别增长x、y)."""
        clause_start = self._clause_start(norm, record["_sentence"], record["start"])
        tokens = self._index.within(clause_start, record["start"])
        at = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].text in self.respectively), None)
        if at is None:
            return False, None
        parts = self._list_parts(tokens[:at], LIST_JOINER)
        if len(parts) > count:
            parts = self._list_parts(tokens[:at], TOP_LIST_JOINER)
        elif len(parts) < count:  # A，B、C，D和E增加值分别增长…: members with 、 inside are set apart by commas
            before = self._members_before(norm, record["_sentence"], clause_start, count - 1)
            if before is not None:
                parts = [*before, *self._list_parts(tokens[:at], TOP_LIST_JOINER)]
        indicator = record["indicator"]
        if indicator is not None and parts[-1] and parts[-1][0].idx < indicator["start"]:
            # the shared measure closes the list (…制造业产值增速分别为): it is no member's name
            last = parts[-1]
            parts[-1] = [t for t in last if t.idx < indicator["start"]]
            if self._trimmed(doc, norm, parts[-1]) is None and len(last) > 1:
                parts[-1] = last[:-1]  # 其他用品及服务价格: only the measure's last word is shared
        while parts[-1] and self.skippable(parts[-1][-1].text):
            parts[-1].pop()
        members = [self._trimmed(doc, norm, part) for part in parts]
        if len(members) < 2 or any(m is None or len(m["text"]) > MAX_INDICATOR for m in members):
            return True, (self._places_listed(parts) if indicator is None and len(parts) >= 2 else None)
        return True, [(m["start"], m["end"]) for m in members if m is not None]

    def _members_before(self, norm: str, s_start: int, clause_start: int, count: int) -> list[list[Tok]] | None:
        """The `count` clauses right before `clause_start` when each is a bare name (no number, no
        verb): the first members of a list whose members hold 、 and 和 themselves."""
        members: list[list[Tok]] = []
        end = clause_start - 1
        while len(members) < count and end > s_start and norm[end] in "，,":
            start = self._clause_start(norm, s_start, end)
            tokens = self._index.within(start, end)
            if (
                not tokens
                or end - start > MAX_INDICATOR
                or any(ch.isdigit() or ch in NUMERALS for ch in norm[start:end])
            ):
                return None  # 甲省、乙省总量分居全国第五、第六名: a clause with a number says something
            if any(tag(t.text) in ("v", "p", "d", "c") and not LIST_JOINER.fullmatch(t.text) for t in tokens):
                return None  # a clause that says something is no member
            members.insert(0, tokens)
            end = start - 1
        return members if len(members) == count else None

    def _places_listed(self, parts: list[list[Tok]]) -> list[tuple[int, int]] | None:
        """襄阳、宜昌分别增长…, 甲市、乙市等城市分别下降…: when the list names places and nothing
        else, each place is what its number is told apart by."""
        spans = []
        for part in parts:
            place = self._lone_place(part)
            if place is None:
                return None
            spans.append((place.idx, place.idx + len(place.text)))
        return spans

    @staticmethod
    def _list_parts(tokens: list[Tok], joiner: re.Pattern[str]) -> list[list[Tok]]:
        parts: list[list[Tok]] = [[]]
        for token in tokens:
            if joiner.fullmatch(token.text):
                parts.append([])
            else:
                parts[-1].append(token)
        return parts

    @staticmethod
    def _share_with_list(first: dict[str, Any], record: dict[str, Any]) -> None:
        """分别增长9.6%、6.4%: later members of a list take the first member's aspect, sign and kind,
        and a qualifier written before the list (分别超过6万元、3.5万元). A member in another unit
        shares a change read as its unit reads it (分别缩短1.5天、8%: a change, then a rate)."""
        if record["unit"] != first["unit"] and {record["unit"], first["unit"]} != {"%", "x"}:
            # 增长1.6倍、34.5%: multiples and percentages are both relative
            if first["aspect"] == "level" or record["aspect"] != "level" or record["unit"] == "rank":
                return
            record["aspect"] = "rate" if record["unit"] in ("%", "x") else "change"
        else:
            record["aspect"] = first["aspect"]
        if record["kind"] != "incentive":  # …、10万元给予奖励: an award named after the list is the list's
            record["kind"] = first["kind"]
        if first["_leading_qualifier"] and record["qualifier"] == "eq" and first["qualifier"] != "range":
            record["qualifier"], record["_leading_qualifier"] = first["qualifier"], True
        if record["time"] is None:
            record["time"] = first["time"]
        if first["value"] is not None and first["value"] < 0 and record["value"] is not None:
            record["value"] = -abs(record["value"])
