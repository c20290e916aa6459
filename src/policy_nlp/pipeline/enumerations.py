"""Numbered formulations: 三大行动, 7个关键领域, 两篇“大文章”, “三芯”, “四题一评”.

Each gets its declared count and its members, read from the list just before the name
(A、B、C三大行动) or just after it (三大行动：A、B、C), and a check of count against members.
Heads (行动, 领域 …) and lead words come from `lexicons/cues/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.lexicon.load import place_names
from policy_nlp.normalize import normalize
from policy_nlp.numerals import NumeralError, parse_numeral
from policy_nlp.pipeline.cues import list_item, read_cues
from policy_nlp.pipeline.terms import add_pattern_terms, set_term_spans, spans_of
from policy_nlp.pipeline.tokens import TokenIndex, doc_normalized, doc_text
from policy_nlp.pos import NOUN_TAGS, dictionary_tag, tag, tagged_words

NUMERAL = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
STOPS = "，,；;。！？!?\n：:（）()"
CLAUSE_STOPS = STOPS.replace("，", "").replace(",", "")  # what ends a name's clause before its list
MEMBER_MAX = 24
CLAUSE_TAGS = ("v", "p", "d", "r")  # a member holding a verb, preposition, adverb or pronoun is no name
AMOUNT_MEMBER = re.compile(
    r"(?:[\d.]+[万亿]*|[一二两三四五六七八九十百千]+[万亿]+)[\u4e00-\u9fff]{0,2}"
)  # 7万亿, 八万亿元
ORDINAL_ITEM = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]是")  # 一是…，二是…
ORDINAL_REACH = 600
ASIDE_AFTER_NAME = re.compile(r"”?[\u4e00-\u9fff]{0,3}\(")  # members in brackets after the name (or 政策)
INNER_QUOTES = str.maketrans("‘’", "“”")  # same length: offsets hold
COLON_LATER = re.compile(r"[^，,；;。！？!?\n：:()]{0,20}[：:]")  # the name's clause goes on to a colon
CONJUNCTION = re.compile(r"和|及|与|以及")
PLUS_JOINED = re.compile(r"“([^“”、，,。；+]{2,12}(?:\+[^“”、，,。；+]{2,12}){1,5})”")  # “A+B+C”: names joined
PLUS_ITEM = re.compile(r"[^+]+")  # one of the names “A+B+C” joins
QUOTED_RUN = re.compile(r"(?:“[^“”、，,。；]{1,12}”){2,}")  # “A”“B”两种模式: quoted names side by side
HEADING_NUMBER = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．]")  # 一、 opening a heading
OPENER_REACH = 6  # “两利四率”指标，即…: how far after the name an opener may stand
PHRASE_MAX = 6
NAME_WORD_MAX = 10  # characters of one noun that names a set on its own (六大|先进制造业集群)
CLOSING_NOUN_MAX = 2  # a name may close with one more short noun: 四大支柱行业, 十个方面工作
PAIRED = r"[一二两三四五六七八九十双][\u4e00-\u9fff][一二两三四五六七八九十双]"  # 一老一小: no one count
PAIRED_TERM = re.compile(PAIRED)
NUMBERED_TERM = re.compile(  # 八项规定, 两个市场, 十大新兴产业; 两山, 三农; 一老一小 (not 双向开放, 两院院士, 五年规划)
    rf"[二两三四五六七八九十双][个项条种类大方位轮]|[二两三四五六七八九十双](?!连)[\u4e00-\u9fff]{{1,2}}$|{PAIRED}"
)  # 十连丰, 三连冠: a streak, not a set
COUNT_ONLY = re.compile(r"\d{1,3}条|[二两三四五六七八九十]{1,2}强")  # quoted, it needs the head after it
COUNT_OPENERS = "一二两三四五六七八九十双"
PREDICATE_MAX = 4  # 坚决做到 before a name is its predicate; 京津冀协同发展 is a member
QUOTED_COUNT = re.compile(r"(\d{1,3})[件项条个][\u4e00-\u9fff]{0,2}$")  # a slogan that closes with its count
AMOUNT = re.compile(r"[\d.一二两三四五六七八九十百千]+(?:[万亿]+元?|强)")
MANY = r"(?:\d{1,3}|[二两三四五六七八九十][一二两三四五六七八九十]{0,2}|十[一二三四五六七八九])"  # 一大, 一方面, 一个 are no counts


SET_MEASURES = "个项条件种类张块"  # measure words of a counted set: 四个意识, 两项改革, 三块区域
NAME_ADJECTIVES = "大小新老"  # one-character adjectives that may open a set's name: 三个大台阶
SET_COUNT = re.compile(
    rf"(?=[二两三四五六七八九十\d])(?<![第一二两三四五六七八九十\d.])(?P<n>[二两三四五六七八九十]{{1,2}}|\d{{1,2}})[{SET_MEASURES}](?=[“\u4e00-\u9fff])"
)


LISTED_COUNT = re.compile(
    r"(?<![第一二两三四五六七八九十\d.])(?P<n>[二两三四五六七八九十])(?=[\u4e00-\u9fff])(?![一二两三四五六七八九十])"
)
COUNTED_ITEM = re.compile(r"\d[\d.]*[万亿]?(?:[个家项所座条件台名人元%]|以上)")  # 4家, 10亿元以上
LISTED_ITEM_MAX = 8  # a longer last item holds more than a name (…开发区各有2家)
COMMON_NOUN_TAGS = ("n", "vn", "an", "nz")  # kinds of thing, not places, people or organisations


def clause_begin(norm: str, position: int) -> int:
    """Where the clause that holds `position` begins (after the last stop before it)."""
    while position > 0 and norm[position - 1] not in STOPS:
        position -= 1
    return position


def plus_joined(norm: str, begin: int, position: int) -> re.Match | None:
    """A quoted run of names joined by + that ends right at `position`, if there is one."""
    return next((r for r in PLUS_JOINED.finditer(norm, begin, position) if r.end() == position), None)


def listed_before(norm: str, position: int) -> int:
    """How many 、-separated items the clause holds right before `position` (安阳、商丘、信阳、
    三门峡|四个端点城市), or 0 when there is no list."""
    items = norm[clause_begin(norm, position) : position].split("、")
    if len(items) < 2 or not all(items) or len(items[-1]) > LISTED_ITEM_MAX or items[-1].endswith("等"):
        return 0  # 北京、上海等3个城市 names examples, not the set
    if any(COUNTED_ITEM.search(item) for item in items):
        return 0  # 重点实验室4家、新型研发机构3家: a list of counts, each its own
    return len(items)


def category_examples(norm: str, position: int) -> int:
    """How many examples the clause lists before 等 right at `position` when they are kinds of
    thing (钢铁、煤炭、有色等|10个传统产业), or 0; named instances (洛阳、开封等10个城市) are no kinds."""
    if norm[position - 1 : position] != "等":
        return 0
    items = norm[clause_begin(norm, position - 1) : position - 1].split("、")
    if len(items) < 2 or not all(map(_common_noun, items[1:])):
        return 0
    first = items[0]
    if not any(_common_noun(first[-size:]) for size in range(2, min(len(first), LISTED_ITEM_MAX) + 1)):
        return 0  # the first item may follow a verb (加快钢铁): one of its endings must be a noun
    return len(items)


def _leading_preposition(piece: str) -> int:
    """Where the first member starts after the one preposition that frames a list (会议从A、B…,
    按A、B…), or 0; the preposition must be a word of its own (对外开放 opens with no 对)."""
    words = tagged_words(piece)
    prepositions = [n for n, (word, word_tag) in enumerate(words) if word_tag == "p"]
    if len(prepositions) != 1 or CONJUNCTION.fullmatch(words[prepositions[0]][0]):
        return 0  # none, a frame of its own (以市场为导向), or a joining word (设计与构建)
    offset = sum(len(word) for word, _ in words[: prepositions[0] + 1])
    return offset if len(piece) - offset >= 2 else 0


def _common_noun(word: str) -> bool:
    """A word jieba's dictionary knows as a common noun (not a place, person or organisation)."""
    found = dictionary_tag(word)
    return found is not None and found in COMMON_NOUN_TAGS


class EnumerationFinder:
    def __init__(self) -> None:
        rows = read_cues("enumeration_heads.tsv")
        heads = sorted((r["head"] for r in rows if r.get("scope", "all") == "all"), key=len, reverse=True)
        great = sorted({r["head"] for r in rows if r.get("scope") != "counted"}, key=len, reverse=True)
        self.generic_heads = tuple(r["head"] for r in rows if r.get("scope") == "generic")
        self.leads = sorted((r["word"] for r in read_cues("enumeration_leads.tsv")), key=len, reverse=True)
        self.lead_words = tuple(self.leads)
        units = "".join(re.escape(r["unit"]) for r in read_cues("enumeration_units.tsv")) or "(?!)"
        head = "|".join(re.escape(h) for h in heads)
        great_head = "|".join(re.escape(h) for h in great)
        self.headed = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{great_head})")
        self.head_only = re.compile(rf"(?:{great_head})")
        self.any_head = re.compile(rf"(?:{head}|{great_head})")  # “三强”战略 is a set, “十强” a rank
        self.pattern = re.compile(  # the leading class lets the scan skip most characters quickly
            r"(?=[前“\d一二两三四五六七八九十])(?:"
            rf"(?<!第)前?(?P<n>{MANY})(?P<m>大)(?P<x>“[^”]{{1,8}}”|(?:[十百千万亿]{{1,3}}级)?[\u4e00-\u9fff]{{0,4}}?(?:{great_head})|[\u4e00-\u9fff]{{2,3}}(?![\u4e00-\u9fff]))"
            rf"|(?<!第)前?(?P<n3>{MANY})大(?=[\u4e00-\u9fff])"  # 六大高耗能行业: the name ends where the noun phrase does
            rf"|(?<![第至到~\-—])(?P<n2>{MANY})(?:(?P<m2>[{SET_MEASURES}篇架])|(?=方面))(?P<x2>“[^”]{{1,8}}”|[\u4e00-\u9fff]{{0,6}}?(?:{head})|[\u4e00-\u9fff]{{1,4}}(?=[：:]))"
            r"|“(?P<q>[二两三四五六七八九十双][^”]{1,6}|[一二两三四五六七八九十][\u4e00-\u9fff](?:[一二两三四五六七八九十多][\u4e00-\u9fff]){1,3}"
            r"|[百千万]{2,3}[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,10}\d{1,3}[件项条个][\u4e00-\u9fff]{0,2}|\d{1,3}条|[\u4e00-\u9fff]{1,2}[二两三四五六七八九十][\u4e00-\u9fff]{1,3}|\d{3,4}|\d{1,2}(?:\+(?:\d{1,2}|[Nnx]))+)”"
            rf"|(?<![一二两三四五六七八九十])(?P<s>(?:[一二两三四五六七八九十][{units}]){{2,3}})(?![{units}])"
            r"|(?<!“)(?P<w>[二两三四五六七八九十]位一体))"  # 四位一体 (quoted, it is a coinage)
        )
        self.measure_words = (
            {r["written"] for r in read_cues("units.tsv") if len(r["written"]) == 1}
            | {r["unit"] for r in read_cues("enumeration_units.tsv") if r.get("kind") == "place"}
            | set(SET_MEASURES + "大")
        )  # 三家, 三名 are counts, 三市 a count of places; 三个, 三大 are read above
        self.periods = {normalize(r["name"]) for r in read_cues("periods.tsv")}
        self.places = place_names()
        self.item_number = list_item()
        openers = {normalize(r["word"]) for r in read_cues("enumeration_openers.tsv")}
        self.openers = sorted(openers, key=len, reverse=True)
        self.proper_names = {normalize(r["name"]) for r in read_cues("enumeration_names.tsv")}
        closers = sorted((r["word"] for r in read_cues("enumeration_closers.tsv")), key=len, reverse=True)
        self.closers = re.compile("|".join(map(re.escape, closers)) or "(?!)")

    def __call__(
        self,
        text: str,
        norm: str | None = None,
        phrase_end: Callable[[int], int | None] | None = None,
        terms: Iterable[tuple[int, int, str]] = (),
    ) -> list[dict[str, Any]]:
        """Formulations in `text`; `phrase_end(i)` (from the pipeline's tokens) says where a noun
        phrase starting at i ends, for N大X names whose X has no known head (and for the noun
        that closes a name: 四大支柱行业); `terms` are the lexicon terms' (start, end, canonical),
        since a term that opens with a numeral (两山, 双轮驱动, 八项规定) is a numbered formulation
        too, and so is a numeral-led canonical its text opens with (双千兆 in 双千兆网络)."""
        norm = normalize(text) if norm is None else norm
        if "‘" in norm:  # 实现了产量、品质、效益‘三提升’: single quotes inside a quotation name a set too
            norm = norm.translate(INNER_QUOTES)
        found: dict[str, dict[str, Any]] = {}
        terms = list(terms)
        for start, end, canonical in terms:
            if norm[start] not in COUNT_OPENERS:
                continue  # most terms open with no numeral: nothing to do
            if norm.startswith(normalize(canonical), start):
                end = start + len(canonical)  # 双千兆网络 names the formulation 双千兆
            name = text[start:end]
            if not NUMBERED_TERM.match(name) or any(p in norm[start:end] for p in self.periods):
                continue
            count = self._coinage_count(name if PAIRED_TERM.match(name) else name[:2])  # 三个一批 → 3, 一老一小 → none
            self._add(found, text, norm, name, start, end, count)
        for m in self.pattern.finditer(norm):
            if m.group("n3") is not None:
                phrase = phrase_end(m.end()) if phrase_end is not None else None
                if phrase is None:
                    continue
                start, end = m.start(), phrase
                name = text[start:end]
                count = self._count(m)
            elif m.group("w") is not None:
                start, end = m.span("w")
                name = text[start:end]
                count = self._count(m)
            elif m.group("s") is not None:
                start, end = m.span("s")
                name = text[start:end]
                count = sum(int(parse_numeral(ch)) for ch in m.group("s")[::2])
            elif m.group("q") is not None:
                start, end = m.start("q"), m.end("q")
                name = text[start:end]
                if (
                    m.group("q") in self.periods
                    or re.search(rf"第{NUMERAL}", m.group("q"))
                    or (
                        AMOUNT.fullmatch(m.group("q"))
                        and not (m.group("q").endswith("强") and self.any_head.match(norm, m.end()))
                    )
                    or m.group("q").startswith(self.places)
                ):
                    continue  # “十四五” is a period, “第四城” and “十强” ranks (but “三强”战略 a set), “四万亿” an amount, “四川…” a place
                inner = self.pattern.fullmatch(m.group("q"))
                count = self._coinage_count(name) if inner is None else self._count(inner)
                head = self.any_head.match(norm, m.end()) if COUNT_ONLY.fullmatch(m.group("q")) else None
                if head is not None:  # “三强”战略, “12条”措施: a bare count or rank is named by the head after it
                    start, end = m.start(), head.end()
                    name = text[start:end]
            else:
                start, end = m.span()
                counted = m.group("n2") or ""
                if counted.isdigit() and (m.group("x2") or "").startswith("“"):
                    if listed_before(norm, start) != int(counted):
                        continue  # 120个“百千万”项目: a count of things of a kind, not a set's name
                headed = self.headed.match(norm, end) if norm.endswith(self.generic_heads, start, end) else None
                closing = phrase_end(end) if phrase_end is not None and norm[end - 1] != "”" else None
                if headed is not None and (closing is not None or phrase_end is None):
                    end = headed.end()  # 十方面 + 民生实事: a head after 方面 says what the aspects are
                elif closing is not None and closing - end <= CLOSING_NOUN_MAX:
                    end = closing  # 四大支柱 + 行业 (or the rest of the word 支柱行业)
                end = self._longer_head(norm, end)
                head_start = m.start("x2") if m.group("x2") else None
                if head_start is not None and any(t_start == head_start < end < e for t_start, e, _ in terms):
                    continue  # 3个工程技术研究中心: the head word opens a longer term, so this is a count
                end = max(
                    (e for t_start, e, _ in terms if start < t_start < end < e), default=end
                )  # 四大|战略性新兴产业
                name = text[start:end]
                count = self._count(m)
            self._add(found, text, norm, name, start, end, count)
        taken = [(e["start"], e["end"]) for e in found.values()]
        for m in SET_COUNT.finditer(norm):  # 城东、城西、城南、城北四个片区, 四个意识: a declared set
            declared = int(parse_numeral(m.group("n")))
            written_out = not m.group("n").isdigit()  # 四个意识, 三项改革: a written-out count names a set
            examples = category_examples(norm, m.start())
            if (listed_before(norm, m.start()) != declared and not written_out and not examples) or any(
                a < m.end() and m.start() < b for a, b in taken
            ):
                continue
            close = self._name_end(norm, m.end(), phrase_end)
            if close:
                self._add(found, text, norm, text[m.start() : close], m.start(), close, declared)
        for m in LISTED_COUNT.finditer(norm):  # A、B、C三级服务网络, “A”“B”“C”三网融合: a count right after its list
            declared = int(parse_numeral(m.group("n")))
            word_end = m.end() + 1  # the numeral and the one character it counts (三级, 三网)
            close = phrase_end(word_end) if phrase_end is not None else None
            items = self._listed_items(norm, m.start())
            if (
                close is None  # 三市, 两成, 三季度: a count of places, a share or a period, with no name after
                or norm[m.end()] in self.measure_words
                or len(items) != declared
                or any(len(item) < 2 or item.startswith(self.places) for item in items)
                or any(a < close and m.start() < b for a, b in taken)
            ):
                continue
            self._add(found, text, norm, text[m.start() : close], m.start(), close, declared, complete=True)
        return sorted(found.values(), key=lambda e: e["start"])

    @staticmethod
    def _listed_items(norm: str, position: int) -> list[str]:
        """The items that end right at `position`: quoted names side by side, or a 、 list in its clause."""
        begin = clause_begin(norm, position)
        run = next((r for r in QUOTED_RUN.finditer(norm, begin, position) if r.end() == position), None)
        if run is not None:
            return re.findall(r"“([^”]+)”", norm[run.start() : run.end()])
        joined = plus_joined(norm, begin, position)
        if joined is not None:  # “社区食堂+助餐点+上门送餐”三级服务网络
            return joined.group(1).split("+")
        return norm[begin:position].split("、") if listed_before(norm, position) else []

    def _longer_head(self, norm: str, end: int) -> int:
        """A head right after the name's head makes a longer name (产业 + 集群, 产业 + 集聚区)."""
        while (more := self.head_only.match(norm, end)) is not None:
            end = more.end()
        return end

    def _name_end(self, norm: str, position: int, phrase_end: Callable[[int], int | None] | None) -> int | None:
        """Where the name that follows a count ends: a closing quote, a known head, or the noun phrase."""
        if norm[position] == "“":
            return norm.find("”", position, position + 12) + 1 or None
        headed = self.headed.match(norm, position)
        if headed is not None:
            return self._longer_head(norm, headed.end())
        if phrase_end is None:
            return None
        return phrase_end(position) or (phrase_end(position + 1) if norm[position] in NAME_ADJECTIVES else None)

    def _add(
        self,
        found: dict[str, dict[str, Any]],
        text: str,
        norm: str,
        name: str,
        start: int,
        end: int,
        count: int | None,
        *,
        complete: bool = False,
    ) -> None:
        """Each formulation once, with the first list of members found; `complete`: only when as
        many members as the count are found."""
        key = normalize(name).strip('“”"')
        if key in self.proper_names:
            return  # 一带一路 names one initiative
        members = self._members(text, norm, start, end, count)
        if complete and len(members) != count:
            return
        if key in found and (found[key]["members"] or not members):
            return
        found[key] = {
            "name": name,
            "text": name,
            "start": start,
            "end": end,
            "count": count,
            "members": members,
            "count_matches": (len(members) == count) if members and count else None,
        }

    @staticmethod
    def _count(m: re.Match) -> int | None:
        numeral = m.group("n") or m.group("n2") or m.group("n3") or (m.group("w") or "")[:1]
        try:
            return int(parse_numeral(numeral)) if numeral else None
        except NumeralError:
            return None

    @staticmethod
    def _coinage_count(name: str) -> int | None:
        """三芯 → 3, 三长制 → 3, “五个进一步到位” → 5, 双千兆 → 2, 新三样 → 3; a coinage with
        several numerals (四题一评, 一核两翼) has no single count."""
        numerals = [ch for ch in name if ch in "一二两三四五六七八九十"]
        leading = len(name) >= 2 and name[0] in "一二两三四五六七八九十"
        if leading and name[1:] == "位一体":  # 五位一体: five parts in one
            return int(parse_numeral(name[0]))
        if leading and (len(name) == 2 or name[1] in SET_MEASURES or (len(numerals) == 1 and name[0] != "一")):
            return int(parse_numeral(name[0]))
        if len(numerals) == 1 and name[-1] not in "一二两三四五六七八九十" and name.index(numerals[0]) > 0:
            return int(parse_numeral(numerals[0]))
        if name.startswith("双") and len(name) <= 3:
            return 2
        package = QUOTED_COUNT.search(name)  # “21条”: a package of 21 measures; “…最期盼的10件事”
        if package:
            return int(package.group(1))
        return None

    def _members(self, text: str, norm: str, start: int, end: int, count: int | None) -> list[dict[str, Any]]:
        after = norm[end : end + 2].lstrip("”")
        if after[:1] in ("：", ":"):
            colon = norm.index(after[:1], end)
            return self._split_after(text, norm, colon + 1, count)
        at = end + (1 if norm[end : end + 1] in "”，," else 0)
        at += 1 if norm[at : at + 1] in "，," else 0  # “十大工程”，包括A、B、C
        opened = self._opened_at(norm, at)
        if opened is not None:  # 三大行业分别是A、B、C
            return self._split_after(text, norm, opened, count)
        aside = ASIDE_AFTER_NAME.match(norm, end)
        if aside is not None and count:  # “两补”政策（购车补贴和家电补贴）
            close = norm.find(")", aside.end(), aside.end() + MEMBER_MAX * count)
            items = self._items(text, aside.end(), close, count, lead_strip=False) if close > 0 else []
            if len(items) == count:
                return items
        later = COLON_LATER.match(norm, end)
        if later is not None and ORDINAL_ITEM.match(norm, later.end()):  # 从八个方面作出部署：一是A，二是B
            return self._split_after(text, norm, later.end(), count)
        if count:  # “三个更”的目标：A、B…; “两利四率”指标，即A、B…: as many items as the count, a little later
            opened = later.end() if later is not None else self._opener_near(norm, end)
            items = self._split_after(text, norm, opened, count) if opened is not None else []
            if len(items) == count:
                return items
        return self._split_before(text, norm, start, count)

    def _opened_at(self, norm: str, at: int) -> int | None:
        """Where a list opens when an opener (即, 包括, 分别是) stands at `at`."""
        opener = next((w for w in self.openers if norm.startswith(w, at)), None)
        return at + len(opener) if opener is not None else None

    def _opener_near(self, norm: str, end: int) -> int | None:
        """Where a list opens after an opener within a few characters of the name, in its clause."""
        for at in range(end, min(len(norm), end + OPENER_REACH)):
            if norm[at] in CLAUSE_STOPS:
                return None
            opened = self._opened_at(norm, at)
            if opened is not None:
                return opened
        return None

    def _split_after(self, text: str, norm: str, position: int, count: int | None) -> list[dict[str, Any]]:
        stop = position
        while stop < len(norm) and norm[stop] not in "。；;\n":
            stop += 1
        ordinals = list(ORDINAL_ITEM.finditer(norm, position, min(len(norm), position + ORDINAL_REACH)))
        if len(ordinals) >= 2 and ordinals[0].start() == position:  # 四件大事：一是A，二是B…: each item's first clause
            members = []
            for item in ordinals[: count or len(ordinals)]:
                end = item.end()
                while end < len(norm) and norm[end] not in STOPS:
                    end += 1
                members.append(self._member(text, item.end(), end, strip=False))
            return members
        last = norm.rfind("、", position, stop)
        comma = next((i for i in range(last, stop) if norm[i] in "，,"), None) if last >= 0 else None
        if comma is not None:  # 六大工程：A、B、C，推动…: the list ends with its clause
            stop = comma
        if norm[stop - 1 : stop] == "等":  # 包括A、B、C等: some of the members, as examples
            stop, count = stop - 1, None
        items = self._items(text, position, stop, count, lead_strip=False)
        if not items and count and norm[stop : stop + 1] in "；;":
            return self._numbered_items(text, norm, position, count)
        return items

    def _numbered_items(self, text: str, norm: str, position: int, count: int) -> list[dict[str, Any]]:
        """四大工程：（1）强基工程；（2）数智工程；…: items that end with ； (their numbering dropped),
        when the sentence holds as many as the count declares."""
        end = position
        while end < len(norm) and norm[end] not in "。\n":
            end += 1
        members, start = [], position
        for m in re.finditer(r"[；;]|$", norm[position:end]):
            item_end = position + m.start()
            item_start = start + len(norm[start:item_end]) - len(norm[start:item_end].lstrip())
            numbering = self.item_number.match(norm, item_start, item_end)  # （1）, ①
            item_start = numbering.end() if numbering else item_start
            if item_end - item_start >= 2:
                members.append(self._member(text, item_start, item_end, strip=False))
            start = item_end + 1
            if m.group() == "":
                break
        return members if len(members) == count else []

    def _split_before(self, text: str, norm: str, position: int, count: int | None) -> list[dict[str, Any]]:
        begin = clause_begin(norm, position)
        numbered = HEADING_NUMBER.match(norm, begin) or self.item_number.match(norm, begin)
        if numbered is not None:
            begin = numbered.end()  # 一、两大支柱产业“扛大旗”: the heading's number is no member
        if norm[position - 1 : position] == "等":  # 纺织、化工、建材等8个传统产业: examples of the set
            position, count = position - 1, None
        run = next((r for r in QUOTED_RUN.finditer(norm, begin, position) if r.end() == position), None)
        if run is not None:
            names = [m.span(1) for m in re.finditer(r"“([^”]+)”", norm[run.start() : run.end()])]
            if count is None or len(names) == count:
                return [self._member(text, run.start() + a, run.start() + b, strip=False) for a, b in names]
        joined = plus_joined(norm, begin, position)
        if joined is not None and (count is None or joined.group(1).count("+") + 1 == count):
            joined_names = PLUS_ITEM.finditer(
                norm, joined.start(1), joined.end(1)
            )  # “社区食堂+助餐点+上门送餐”三级服务网络
            return [self._member(text, *name.span(), strip=False) for name in joined_names]
        item = norm[begin:position].rsplit("、", 1)[-1]
        if len(item) <= PREDICATE_MAX and item.endswith(self.lead_words):
            return []  # 坚定拥护两个确立、坚决做到两个维护: a lead verb right before the name is its predicate
        last_item = norm.rfind("、", begin, position)
        link = self.closers.search(norm, last_item + 1, position) if last_item >= 0 else None
        if link is not None:
            position = link.start()  # 冰雪游、乡村游、研学游成为提振消费的“三驾马车”: the list ends at the verb
        items = self._items(text, begin, position, count, lead_strip=True)
        if count and not items:  # A、B三大集群和C、D、E六大集群: a list may start after a conjunction
            for joint in CONJUNCTION.finditer(norm, begin, position):
                items = self._items(text, joint.end(), position, count, lead_strip=True)
                if items:
                    break
        if len(items) > 1 and all(AMOUNT_MEMBER.fullmatch(m["text"]) for m in items[1:]):
            first = AMOUNT_MEMBER.search(items[0]["text"])  # 跨越2万亿、3万亿、4万亿三个大台阶: amounts
            if first is not None and first.end() == len(items[0]["text"]):
                items[0] = {**items[0], "text": first.group(), "start": items[0]["start"] + first.start()}
        own = self._member(text, begin, position, strip=True)
        if count and len(items) < count and begin > 0 and norm[begin - 1] in "，," and len(own["text"]) > 2:
            # 深化A，推动B两篇文章: whole comma clauses may be the members
            clauses = [(begin, position)]
            cursor = begin - 1
            while len(clauses) < count and cursor > 0:
                left = clause_begin(norm, cursor)
                clauses.insert(0, (left, cursor))
                if left == 0 or norm[left - 1] not in "，,":
                    break
                cursor = left - 1
            if len(clauses) == count:
                return [self._member(text, s, e, strip=(i == 0)) for i, (s, e) in enumerate(clauses)]
        return items

    def _items(self, text: str, begin: int, stop: int, count: int | None, *, lead_strip: bool) -> list[dict[str, Any]]:
        segment = normalize(text[begin:stop])
        for separators in ("、", "、与和及"):
            bounds = []
            cursor = 0
            for i, ch in enumerate(segment):
                if ch in separators:
                    bounds.append((cursor, i))
                    cursor = i + 1
            bounds.append((cursor, len(segment)))
            if len(bounds) < 2:
                continue
            if count is None or len(bounds) == count:
                return [
                    self._member(text, begin + s, begin + e, strip=(lead_strip and n == 0))
                    for n, (s, e) in enumerate(bounds)
                    if e > s
                ]
        return []

    def _member(self, text: str, start: int, end: int, *, strip: bool) -> dict[str, Any]:
        if strip:
            piece = normalize(text[start:end])
            cuts = [piece.rfind(w) + len(w) for w in self.leads if w in piece]
            cut = max((c for c in cuts if len(piece) - c >= 2), default=0)
            place = next((p for p in self.places if piece.startswith(p, cut)), "")
            if len(piece) - cut - len(place) >= 2:
                cut += len(place)  # 湖南工程机械、轨道交通…3个产业: the place is whose, not a member
            cut += _leading_preposition(piece[cut:])
            opening = max(piece.rfind("‘"), piece.rfind("“"))
            if opening >= cut and "’" not in piece[opening:] and "”" not in piece[opening:]:
                cut = opening + 1  # 呈现出‘稳、进、新’三个特点: the list opens with its quote
            start += cut
        while start < end and text[start] in '“”"《》‘’ 了的在将':
            start += 1
        while end > start and text[end - 1] in '“”"《》‘’ ':
            end -= 1
        if end - start > MEMBER_MAX:
            start = end - MEMBER_MAX
        return {"text": text[start:end], "start": start, "end": end}


class EnumerationTagger:
    def __init__(self, *, member_terms: bool = True) -> None:
        self.finder = EnumerationFinder()
        self.member_terms = member_terms
        rows = read_cues("member_categories.tsv")
        self.member_categories = sorted(((r["ending"], r["category"]) for r in rows), key=lambda r: -len(r[0]))

    def __call__(self, doc: Doc) -> Doc:
        index = TokenIndex(doc)

        def phrase_end(position: int) -> int | None:
            """End of up to three noun-like tokens (at most six characters) starting at `position`,
            or of the noun-like token that `position` falls inside."""
            inside = index.overlapping(position - 1, position) if position else []
            if inside and inside[0].idx + len(inside[0].text) > position:
                word = inside[0]
                return word.idx + len(word.text) if tag(word.text).startswith(NOUN_TAGS) else None
            end = cursor = None
            first = index.within(position, min(len(index.text), position + NAME_WORD_MAX))[:1]
            if first and first[0].idx == position and len(first[0].text) > PHRASE_MAX:
                word = first[0]  # 六大|先进制造业集群: one long noun is the name
                return word.idx + len(word.text) if tag(word.text).startswith(NOUN_TAGS) else None
            for token in index.within(position, min(len(index.text), position + PHRASE_MAX))[:3]:
                word_tag = tag(token.text)
                if token.idx != (cursor if cursor is not None else position) or not word_tag.startswith(NOUN_TAGS):
                    break
                if cursor is not None and len(token.text) == 1:
                    break  # 四大流域|内: a one-character word after the head is no part of the name
                cursor = token.idx + len(token.text)
                if word_tag != "b":
                    end = cursor  # 三类老年人|分档: a distinguishing word modifies what follows, it ends no phrase
            return end

        terms = _widest_per_term(doc._.terms or [])
        doc._.enumerations = self.finder(doc_text(doc), doc_normalized(doc), phrase_end, terms)
        if self.member_terms and doc._.terms is not None:
            added = add_pattern_terms(doc, self._member_terms(doc._.enumerations, index))
            if added:
                set_term_spans(doc, [*doc.spans.get("terms", []), *spans_of(doc, added)])
        return doc

    def _member_terms(self, enumerations: list[dict[str, Any]], index: TokenIndex) -> list[tuple[int, int, str]]:
        """The members of sets whose name says what they are (五大传统优势产业: industries), as
        names (start, end, category); a member with a verb or a preposition in it is a clause."""
        found = []
        for enumeration in enumerations:
            name = enumeration["name"]  # or the name before a short closing noun (四大支柱产业|转型)
            category = next(
                (c for e, c in self.member_categories if name.endswith(e) or name[:-CLOSING_NOUN_MAX].endswith(e)),
                None,
            )
            if category is None:
                continue
            for member in enumeration["members"]:
                words = index.words_within(member["start"], member["end"])
                if len(member["text"]) >= 2 and not any(tag(w) in CLAUSE_TAGS for w in words):
                    found.append((member["start"], member["end"], category))
        return sorted(found)


def _widest_per_term(mentions: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of the mentions, less those inside a lexicon mention of the
    same term (双循环 within 国内国际双循环 names no set of its own)."""
    spans_of_term: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if m["origin"] == "lexicon":
            spans_of_term.setdefault(m["canonical"], []).append((m["start"], m["end"]))
    return [
        (m["start"], m["end"], m["canonical"])
        for m in mentions
        if not any(
            s <= m["start"] and m["end"] <= e and e - s > m["end"] - m["start"]
            for s, e in spans_of_term.get(m["canonical"], ())
        )
    ]


@Language.factory("policy_nlp_enumerations", default_config={"member_terms": True})
def make_enumerations(nlp: Language, name: str, *, member_terms: bool) -> EnumerationTagger:
    return EnumerationTagger(member_terms=member_terms)
