"""Named programmes by pattern: 实施家政服务提质扩容行动, 开展涉企收费治理专项行动, “文化+”, “扩中”.

Work reports launch more campaigns each year than any lexicon can hold, and they name them
the same way: a launching verb, then a name that ends with a programme head (行动, 工程,
计划 …). This finder reads those names from the text; the terms component reports them
with `origin: "pattern"` beside the lexicon's terms, and `policy-nlp discover` lists them
as candidates for the lexicons. Verbs, heads and exclusions are in
`lexicons/cues/programmes.tsv`.

Work reports also coin short names and put them in quotes (“扩中”, “一主两副”, “用云、上链、赋智”);
a short quoted phrase is such a coinage unless it is an everyday word or idiom (jieba's
dictionary holds it: “牛鼻子”, “答卷”), a counted set (“四个意识” is a numbered formulation),
a planning period or a number. National and provincial designations are named the same way
too: a rank (国家, 全国, 省级), a name, a designation head (国家技术转移宁波中心).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policy_nlp.normalize import normalize
from policy_nlp.pipeline.cues import category_hint, read_cues
from policy_nlp.pos import dictionary_tag, tag

BREAKS = "，,。；;：:（）()！？!?\n、"
NAME_MIN, NAME_MAX = 2, 16  # characters of a name before its head
DESCRIBING = "的和与及"  # 全国示范的…高地, 国家和省级…中心: descriptions, not names
SUBJECT_NAME_MIN = 4  # …of a name that opens its clause without a launching verb
QUOTED_PLUS = re.compile(  # “文化+”, “实验室+”; “1+2+4+N”, “8+4”; “4321”产业体系 (normalised quotes are “ ”)
    r"“(?:(?P<plus>[\u4e00-\u9fff]{1,8}\+)|\d{1,4}(?:\+(?:\d{1,4}|[NnXx]))+|(?P<code>\d{3,4})(?=”[\u4e00-\u9fff]))”"
)
QUOTES = '“”"「」'
QUOTE_PAIRS = {"“": "”", "「": "」"}
YEARS = range(1900, 2101)  # “2035”远景目标 is a year, not a code

QUOTED = re.compile(  # a Han name, no digits (amounts and codes)
    r"“(?P<name>(?=[^”]*[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z+、—·]{2,14})”"
)
NUMERAL_OPENING = re.compile(r"[0-9一二两三四五六七八九十几]")
JOINERS = "和与及"  # between two names: 实施A计划和B行动
COUNTED_SET = re.compile(r"[一二两三四五六七八九十]+[个项条件种类张块篇本大]")  # “四个意识”, “五篇大文章”


class ProgrammeFinder:
    """(start, end, category) of each programme name in a normalised text."""

    def __init__(self) -> None:
        rows = read_cues("programmes.tsv")

        def words(role: str) -> list[str]:
            return sorted((normalize(r["word"]) for r in rows if r["role"] == role), key=len, reverse=True)

        heads, not_after = words("head"), "".join(words("not_after"))
        self.heads = re.compile(
            f"(?:{'|'.join(map(re.escape, heads)) or '(?!)'})" + (f"(?![{re.escape(not_after)}])" if not_after else "")
        )
        self.leads = words("lead")
        self.generic = tuple(words("generic"))
        self.cuts = words("cut")
        self.results = tuple(words("result"))
        self.result_links = tuple(words("result_link"))
        ranks, designations = words("rank"), words("designation")
        self.designated = re.compile(  # 国家技术转移宁波中心: a rank, a name, a designation head
            f"(?:{'|'.join(map(re.escape, ranks)) or '(?!)'})[\u4e00-\u9fff]{{2,{NAME_MAX - 2}}}?"
            f"(?:{'|'.join(map(re.escape, designations)) or '(?!)'})(?![\u4e00-\u9fff])"
            if ranks and designations
            else "(?!)"
        )
        self.periods = {normalize(r["name"]) for r in read_cues("periods.tsv")}
        self.system_ends = tuple(words("system_end"))  # “包干制”: quoted, a word names a mechanism
        fund_heads = words("fund_head")
        self.fund_heads = re.compile("|".join(map(re.escape, fund_heads)) or "(?!)")
        self.fund_leads = words("fund_lead")
        self.levels = words("level")
        self.platform_heads = words("platform_head")  # longest first: 产业园区 before 产业园

    def __call__(self, norm: str, known: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
        """(start, end, category): programme names, quoted plus-coinages (“文化+” is a
        programme), formula codes (“1+2+4+N” names a system) and other quoted coinages.
        `known` are (start, end) of terms found otherwise (the lexicons'): a name listed right
        after one that ends with a head is a name too (农业强省、科教强省)."""
        found = [(start, end, "programme") for start, end in self._launched(norm, known)]
        found += [(start, end, "finance") for start, end in self._funds(norm)]
        for m in QUOTED_PLUS.finditer(norm):
            if m.group("code") and int(m.group("code")) in YEARS:
                continue
            found.append((m.start(), m.end(), "programme" if m.group("plus") else "other"))
        for m in self.designated.finditer(norm):
            if not any(ch in m.group() for ch in DESCRIBING):
                found.append((m.start(), m.end(), category_hint(m.group(), "platform")))
        plus = {start for start, _, _ in found}
        for start, end in self._coined(norm):
            if start not in plus:
                found.append((start, end, category_hint(norm[start + 1 : end - 1], "brand")))
        return sorted(found)

    def platforms(self, norm: str, industries: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """An industry term right before a platform head names a platform: 人工智能产业园,
        低空经济示范区 (`industries`: (start, end) of the industry terms found)."""
        found = []
        for start, end in industries:
            head = next((h for h in self.platform_heads if norm.startswith(h, end)), None)
            if head is not None:
                found.append((start, end + len(head), "platform"))
        return found

    def _coined(self, norm: str) -> list[tuple[int, int]]:
        """Quoted coinages, quotes included: not words of the dictionary, counted sets,
        planning periods, nor lists of everyday words (“节俭、文明、热闹”)."""
        found = []
        for m in QUOTED.finditer(norm):
            name = m.group("name")
            parts = name.split("、")
            if (
                name in self.periods
                or COUNTED_SET.match(name)
                or (
                    all(len(part) > 1 and dictionary_tag(part) for part in parts)
                    and not (len(parts) == 1 and len(name) > 2 and name.endswith(self.system_ends))
                )
            ):
                continue
            found.append((m.start(), m.end()))
        return found

    def _launched(self, norm: str, known: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Names after a launching verb, up to and including their head (and a closing quote),
        and names listed right after such a name (实施A工程、B工程)."""
        found: list[tuple[int, int]] = []
        known = list(known)
        named_ends = {end for _, end in known if self._heads_at(norm, end)}
        known_starts = {start for start, _ in known}
        for head in self.heads.finditer(norm):
            begin = _clause_begin(norm, head.start())
            starts = _ends(norm, begin, head.start(), self.leads)  # the nearest first:
            # 实施营商环境深化提升行动 starts after 实施, since 提升 alone names nothing
            if begin > 0 and norm[begin - 1] == "、" and begin - 1 in named_ends:
                starts.append(begin)  # listed after a name: the list's verb launches it too
            elif (
                (begin == 0 or norm[begin - 1] in BREAKS)
                and head.start() - begin >= SUBJECT_NAME_MIN  # 年度计划完成…: a plan's figure, no name
                and self._reports_result(norm, head.end())
            ):
                starts.append(begin)  # 营商环境攻坚提升行动顺利收官: the clause opens with the name
            start = next((s for s in starts if self._names(norm, s, head.start())), None)
            if start is None:
                continue  # no launching verb: a mention of some programme, not its name
            start = self._name_start(norm, start, head.start())
            for inner in self.heads.finditer(norm, start, head.start()):
                after = inner.end() + (norm[inner.end() : inner.end() + 1] == "”")
                if after < len(norm) and norm[after] in JOINERS:
                    start = after + 1  # 实施攀登行动和育苗工程: a head and a joiner close the first name
            if norm[start] in JOINERS and start not in known_starts:
                start += 1  # 推进…平台建设和产业链链长行动: 和 joins, it names nothing
            end = head.end() + (
                1 if norm[head.end() : head.end() + 1] == "”" and "“" in norm[start : head.end()] else 0
            )
            same = _last_starting(found, start)
            if same is not None and norm[found[same][1]] in JOINERS:
                start = found[same][1] + 1  # 实施A计划和“B”行动: a second name
                same = _last_starting(found, start)
            if same is not None:
                found[same] = (start, end)  # 老旧小区改造重点工程三年行动: the longer name
            else:
                found.append((start, end))
            named_ends.add(end)
        return found

    def canonical(self, norm: str, text: str, start: int, end: int) -> str:
        """The name a programme goes by, from the original text: a quoted coinage that ends the
        name or stands right before its head (“青苗英才”计划, 海洋产业“扬帆行动”, 老年健康“三早”专项
        行动) is named by the coinage, as the document quotes it; otherwise the name without quotes."""
        name = norm[start:end]
        for opening, closing_mark in QUOTE_PAIRS.items():
            at = name.rfind(opening)
            closing = name.find(closing_mark, at + 1)
            if at >= 0 and closing > at + 1 and (closing == len(name) - 1 or self.heads.fullmatch(name, closing + 1)):
                return text[start + at + 1 : start + closing]
        return "".join(ch for ch in text[start:end] if ch not in QUOTES)

    def _funds(self, norm: str) -> list[tuple[int, int]]:
        """Named funds: a lead (设立, 安排, or an amount and 的), an administrative level that is no
        part of the name (省级, 市), a name and a fund head: 设立总规模80亿元的海洋经济产业投资基金,
        统筹安排省级乡村振兴发展专项资金."""
        found = []
        for head in self.fund_heads.finditer(norm):
            begin = _clause_begin(norm, head.start())
            start = next(iter(_ends(norm, begin, head.start(), self.fund_leads)), None)
            if start is None:
                continue
            level = next((w for w in self.levels if norm.startswith(w, start)), "")
            if len(level) == 1 and dictionary_tag(norm[start : start + 2]):
                level = ""  # 市场化基金: 市 opens a word here, not a level
            start += len(level)
            while start < head.start() and norm[start] in "了的":
                start += 1
            name = norm[start : head.start()]
            if (
                NAME_MIN <= len(name) <= NAME_MAX
                and not name.endswith(self.generic)
                and not any(ch in name for ch in "的等各")
                and not NUMERAL_OPENING.match(name)  # 设立一支基金
                and not any(ch.isdigit() for ch in name)  # 安排不低于10亿元专项资金: an amount, no name
                and not tag(name).startswith("v")  # 设立发展基金: a verb names no fund
            ):
                found.append((start, head.end()))
        return found

    def _reports_result(self, norm: str, at: int) -> bool:
        """Whether a result word (顺利, 取得 …) follows at `at`, maybe after a link (建设)."""
        link = next((w for w in self.result_links if norm.startswith(w, at)), "")
        return norm.startswith(self.results, at + len(link))

    def _name_start(self, norm: str, start: int, head: int) -> int:
        """Where a name that may start at `start` does start: after who acts (我省) or a
        conjunction, and after 了/的."""
        start = next(iter(_ends(norm, start, head, self.cuts)), start)
        while start < head and norm[start] in "了的":
            start += 1
        return start

    def _names(self, norm: str, start: int, head: int) -> bool:
        """Whether norm[start:head], once cut, names a programme: 2 to 16 characters, not generic
        (一批重大), no description or list (的, 等), not a bare verb (提升)."""
        written = norm[self._name_start(norm, start, head) : head]
        name = written.strip('“”"')
        quoted = written.startswith("“") and written.endswith("”")  # “攀登”行动: quotes coin a name
        return (
            NAME_MIN <= len(name) <= NAME_MAX
            and not name.endswith(self.generic)
            and not any(ch in name for ch in "的等各")  # 以数字化为核心的工程, “三北”六期等, 各领域…
            and (quoted or not tag(name).startswith("v"))  # 提升行动: a bare verb names nothing
        )

    def _heads_at(self, norm: str, end: int) -> bool:
        """Whether a head ends right at `end` (a known term that names a programme)."""
        return any(m.end() == end for m in self.heads.finditer(norm, max(0, end - 4), end))


def _clause_begin(norm: str, head: int) -> int:
    """How far back from a head its name may begin: to the clause's start, at most a long name's width."""
    begin = head
    while begin > 0 and norm[begin - 1] not in BREAKS and head - begin <= NAME_MAX + 4:
        begin -= 1
    return begin


def _last_starting(found: list[tuple[int, int]], start: int) -> int | None:
    """The index of the last name in `found` that starts at `start`."""
    return next((k for k in range(len(found) - 1, -1, -1) if found[k][0] == start), None)


def _ends(text: str, begin: int, end: int, words: list[str]) -> list[int]:
    """Where each occurrence of `words` in text[begin:end] ends, the last first."""
    ends = set()
    for word in words:
        at = text.find(word, begin, end)
        while at >= 0:
            ends.add(at + len(word))
            at = text.find(word, at + 1, end)
    return sorted(ends, reverse=True)
