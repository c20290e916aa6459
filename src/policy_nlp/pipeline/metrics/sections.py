"""Document sections: which paragraphs lay down plans, which review, what a title or work report says."""

from __future__ import annotations

import re

from policy_nlp.pipeline.metrics.context import SOFT_STOPS
from policy_nlp.pipeline.metrics.kind import KindRules
from policy_nlp.pipeline.tables import TITLE_YEAR
from policy_nlp.pipeline.times import TimeMention

BASE_YEAR = re.compile(r"((?:19|20)\d{2})年(?:末|底|全年)?[，,]")  # 2024年，全省…
SUBHEADING = re.compile(r"[\u4e00-\u9fff”][ \u3000]+[\u4e00-\u9fff“]")  # two phrases a space apart
INLINE_HEADING_MAX = 24  # characters of a numbered heading that opens its paragraph: （一）工作基础。
FIVE_YEAR_PLAN = re.compile(r"第([一二三四五六七八九十]+)个五年")  # 第十四个五年规划
TITLE_LINES = 3  # a document's title is among its first lines (after a document number, say)
TITLE_MAX_CHARS = 60
TITLE_NOTE = re.compile(r"[（(][^（()）]{1,12}[)）]$")  # （试行）, （征求意见稿）
UNNUMBERED = 99  # a plan section opened by an unnumbered heading (目标是：) ends at any numbered one
FRAME_MAX = 8  # characters of a clause that says who speaks: 报告同时提出, 《指导意见》提出
DATED = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")  # ——2027年2月3日在…会议上
HEADLINE_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*年)")  # 目标5%左右, not 2023年


class SectionRules(KindRules):
    """Reads plan and review sections, titles and work-report years."""

    def _reports_on_work_report(self, norm: str, sentences: list[tuple[int, int, int | None, str]]) -> bool:
        """Whether the headline or the first paragraph after it names a work report."""
        return any(
            word in norm[start:end]
            for start, end in _title_spans(sentences)
            for word in self.section_words["work_report"]
        )

    def _report_year(self, norm: str, sentences: list[tuple[int, int, int | None, str]]) -> str | None:
        """The year a work report plans for, as its title writes it right before the report's name
        (某区2027年政府工作报告), or None."""
        for start, end in _title_spans(sentences):
            found = self.report_year.search(norm, start, end)
            if found:
                return found.group(1)
        return None

    def _announces_plan(self, start: int, end: int) -> bool:
        """Whether the last clause of norm[start:end], which ends with a colon, names a plan (目标是：)."""
        colon = len(self._norm[:end].rstrip()) - 1
        clause_start = self._clause_start(self._norm, start, colon)
        words = self._index.words_within(clause_start, colon)
        if not self.plan_words.isdisjoint(words):
            return True
        # 今年…主要指标安排如下：: a lead on the year ahead, unless it looks back (今年以来) or reports
        ahead = not self.section_words["this_year"].isdisjoint(words)
        back = any(w in self._norm[clause_start:colon] for w in (*self.recap_words, *self.section_words["recap_end"]))
        return ahead and not back and not self._reports_actual(words)

    def _plan_paragraphs(
        self,
        sentences: list[tuple[int, int, int | None, str]],
        times: list[TimeMention],
        title: tuple[int, int] | None,
    ) -> tuple[dict[int, bool], set[int], dict[int, int]]:
        """Sentences (by start) in paragraphs whose first clause sets targets (到2025年, 主要目标 …),
        or in a section under a heading that names them (二、2027年重点工作 up to the next heading
        of its depth: its （一）… subsections stay in it); and the sentences of review sections
        (一、2026年工作回顾), where sentence-wide target cues (争取, 计划) do not hold."""
        plan: dict[int, bool] = {}
        review: set[int] = set()
        current, is_plan, recap = None, False, False
        section: int | None = None  # depth of the heading that opened a plan section
        section_year: int | None = None  # the year that heading names
        plan_years: dict[int, int] = {}  # sentence start → that year
        looking_back: int | None = None  # depth of the heading that opened a review section
        target_starts = [t.start for t in times if t.role == "target"]
        last_target_year = max(
            (int(t.value[-4:]) for t in times if t.role == "target" and t.value[-4:].isdigit()), default=0
        )
        paragraph_start = 0
        listing = False  # in the items a plan paragraph ending with a colon announces (each ends with ；
        # or opens like an item: ——, 1., ①)
        last_end = 0
        rules = title is not None  # `title`: of a document that lays down rules, if it is one
        title_years = [
            int(t.value[:4]) for t in times if title and title[0] <= t.start < title[1] and t.value[:4].isdigit()
        ]
        ordinal = FIVE_YEAR_PLAN.search(self._norm, *title) if title else None
        if ordinal is not None and f"{ordinal.group(1)}五" in self.period_starts:  # 第十四个五年规划 is 十四五
            title_years.append(self.period_starts[f"{ordinal.group(1)}五"])
        first_year = min(title_years, default=None)  # …实施方案（2024—2026年）: the period the rules are for
        status = False
        # a document that lays down rules says why before its first numbered heading (the preamble:
        # where things stand, 现提出如下意见); its rules hold from there
        rules_from = next(
            (
                start
                for start, end, _, kind in sentences
                if kind == "heading" and self.line_kinds.level(self._norm[start:end]) is not None
            ),
            0,
        )
        quoted_lead = False
        reader_start = 0  # where the sentence starts as a reader counts it (； does not end one)
        for start, end, paragraph, kind in sentences:
            continues = paragraph == current and self._norm[last_end - 1 : last_end] in SOFT_STOPS  # after ；
            reader_start = reader_start if continues else start
            if paragraph != current or quoted_lead:
                closing = self._norm[:last_end].rstrip()[-1:]  # how the paragraph before ended
                listing = (closing in "：:" and (is_plan or self._announces_plan(paragraph_start, last_end))) or (
                    listing and (closing in "；;" or bool(self.list_item.match(self._norm, start)))
                )  # 报告提出，…主要预期目标是：, then its items
                paragraph_start = start
                # “民生连着民心。”: a quotation alone opening a paragraph leaves its lead to
                # the sentence after it
                opening_text = self._norm[start:end].strip()
                quoted_lead = paragraph != current and opening_text.startswith("“") and opening_text.endswith("”")
                current = paragraph
                marker = self.list_item.match(self._norm, start)  # （二）主要目标。: past the item's number
                first_clause_end = self._clause_end(self._norm, marker.end() if marker else start, end)
                year_alone = BASE_YEAR.match(self._norm, start)
                opening_at = end - len(self._norm[start:end].lstrip("“‘\"'"))  # past an opening quote: “过去一年，…
                if (year_alone is not None and year_alone.end() == first_clause_end + 1) or self._frames(
                    start, first_clause_end
                ):
                    # 2026年，我们将…: a clause of a year alone opens the paragraph; 报告提出，今年将…:
                    # a clause that says who speaks; the next one says what of it
                    opening_at = first_clause_end + 1 if year_alone is None else opening_at
                    first_clause_end = self._clause_end(self._norm, first_clause_end + 1, end)
                if kind != "heading" and looking_back is not None and marker is not None:
                    depth = self.line_kinds.level(self._norm[start:end])  # （二）主要目标。… after a
                    if depth is not None and depth <= looking_back:  # heading （一）发展基础: its sibling
                        looking_back = None
                # 外贸韧性超出预期: what a result beat is no plan
                opening = self._cue_words(self._without_bases(self._index.words_within(start, first_clause_end)))
                met = not self.kind_scopes["done"].isdisjoint(opening)  # 年度目标任务全面完成
                lead = any(w in self.plan_words and not (met and w in self.kind_scopes["goal"]) for w in opening)
                lead = lead or bool(self.looking_ahead.search(self._norm, start, first_clause_end))  # 未来五年
                recap = kind != "heading" and (
                    self._norm.startswith(self.recap_words, opening_at)
                    or self._norm.startswith(self.status_words, opening_at)  # 截至2025年底，… and what follows
                    or self.since_opening.match(self._norm, opening_at) is not None
                    or (not lead and self._opens_with_base_year(opening_at, last_target_year))
                    or self._inline_review_heading(start, end)
                )
                is_plan = (
                    listing
                    or any(start <= t < first_clause_end for t in target_starts)
                    or (lead and (looking_back is None or kind == "heading") and not recap)
                )
                if kind == "heading":
                    heading = self._norm[start:end]
                    level = self.line_kinds.level(heading)
                    depth = level if level is not None else UNNUMBERED
                    # 三、年度目标任务全面完成 reports the goals met and looks back; a bare 完成 may be a
                    # goal still (四、奋力冲刺完成年度目标任务)
                    met_heading = any(w in heading for w in self.kind_scopes["done"] if w != "完成")
                    reviews = met_heading or any(
                        w in heading for w in (*self.section_words["review"], *self.recap_words)
                    )
                    # a news headline or subtitle that reports a figure (报告提出今年…目标5%左右) opens no
                    # plan section
                    headline = (paragraph or 0) < TITLE_LINES and HEADLINE_FIGURE.search(heading) is not None
                    if level is None and SUBHEADING.search(heading):
                        # a news subheading of two phrases (向存量要空间 “标准地”改革提速) plans
                        # only by a goal it names (明年目标：提质增效 再上台阶), not by a verb it opens with
                        words = self._index.words_within(start, end)
                        is_plan = is_plan and not self.kind_scopes["goal"].isdisjoint(words)
                    opens_plan = is_plan or any(w in heading for w in self.section_words["plan"])
                    year = TITLE_YEAR.search(heading)
                    dated = self._dated_year
                    if opens_plan and year is not None and dated is not None and int(year.group(1)) < dated:
                        reviews = True  # 一、2026年主要工作 in a report given in 2027: the work done
                    if not reviews and opens_plan and not headline:
                        # a plan heading inside a plan section (重点做好七个方面工作：) keeps it open
                        # past its own subheadings, and the section's year unless it names one
                        if section is None:
                            section_year = None
                        section = depth if section is None else min(section, depth)
                        looking_back = None
                        section_year = int(year.group(1)) if year else section_year  # 四、2027年重点工作…
                    else:
                        carried = self._on_work_report and year is None  # 四、持续加强政府建设
                        if reviews or (level is not None and section is not None and level <= section and not carried):
                            section = None  # 【过去五年成绩】 closes even an unnumbered plan section
                        if reviews:  # 第一节 发展基础 under 第一章 发展基础和发展环境 keeps the chapter's depth
                            looking_back = depth if looking_back is None else min(looking_back, depth)
                        elif looking_back is not None and depth <= looking_back:
                            looking_back = None  # a heading of its depth ends it (an unnumbered one, too)
            last_end = end
            in_force = (
                is_plan
                or section is not None
                or (
                    rules
                    and start >= rules_from
                    and looking_back is None
                    and not self._before(times, reader_start, end, first_year)
                )
            )
            # 截至2024年底，… says where things stand, up to the sentence's 。; 近年来，… opening a
            # sentence looks back like a paragraph
            status = (
                self._norm.startswith(self.looking_back_openers, start)
                # 2025年，全国…达4.12万家; not in a paragraph of goals (主要目标。…2026年，全县新建…)
                or (
                    rules
                    and not is_plan
                    and self._opens_with_base_year(start, last_target_year)
                    and self.plan_words.isdisjoint(self._index.words_within(start, end))  # 2027年，全县计划…
                )
                or (continues and status)
            )
            plan[start] = in_force and not recap and not status  # 过去一年，… looks back anywhere
            if section is not None and section_year is not None:
                plan_years[start] = section_year
            if (looking_back is not None or recap or status) and not plan[start]:
                review.add(start)  # a review section, or a paragraph that opens 五年来，…
        return plan, review, plan_years

    def _frames(self, start: int, clause_end: int) -> bool:
        """Whether norm[start:clause_end] is a short clause that says who speaks and ends with a
        report word (报告提出, 《建议》指出, 会议强调), so that what it says comes next."""
        words = self._index.words_within(start, clause_end)
        return (
            clause_end - start <= FRAME_MAX
            and self._norm[clause_end : clause_end + 1] in "，,："
            and bool(words)
            and words[-1] in self.kind_scopes["report"]
        )

    def _dated(self, sentences: list[tuple[int, int, int | None, str]]) -> int | None:
        """The year of the date among a document's first lines (——2027年2月3日在…会议上), when it
        gives one: a heading that plans for an earlier year reports that year's work."""
        for start, end in _title_spans(sentences):
            found = DATED.search(self._norm, start, end)
            if found is not None:
                return int(found.group(1))
        return None

    def _inline_review_heading(self, start: int, end: int) -> bool:
        """A paragraph that opens with a short numbered heading of its own that looks back
        (（一）工作基础。…) reports results, like a review section."""
        heading = self._norm[start:end].strip()
        return (
            len(heading) <= INLINE_HEADING_MAX
            and self.line_kinds.level(heading) is not None
            and any(w in heading for w in self.section_words["review"])
        )

    def _opens_with_base_year(self, start: int, last_target_year: int) -> bool:
        """A paragraph opening with a year well before the document's targets (2024年，全省…, in a
        plan whose goals run to 2027) states where things stand: its figures are actual."""
        opening = BASE_YEAR.match(self._norm, start)
        return opening is not None and int(opening.group(1)) < last_target_year - 1

    def _rules_title(self, sentences: list[tuple[int, int, int | None, str]]) -> tuple[int, int] | None:
        """The document's title when it names a document that lays down rules (关于加快发展保障性
        租赁住房的实施意见, …管理办法（试行）): a line of its own among the first lines."""
        for start, end, paragraph, _ in sentences:
            if paragraph is not None and paragraph >= TITLE_LINES:
                break
            title = self._norm[start:end].strip()
            while TITLE_NOTE.search(title):  # …办法（2024年修订）（征求意见稿）
                title = TITLE_NOTE.sub("", title)
            title = title.rstrip("》”")
            reviews = any(w in title for w in self.section_words["review"])  # …工作总结及2027年工作计划
            if len(title) <= TITLE_MAX_CHARS and title.endswith(self.rule_documents) and not reviews:
                return start, end  # a line of its own, since a sentence would end with 。
        return None


def _title_spans(sentences: list[tuple[int, int, int | None, str]]) -> list[tuple[int, int]]:
    """The sentences of a document's first lines, where its title stands."""
    return [(s, e) for s, e, paragraph, _ in sentences if paragraph is not None and paragraph < TITLE_LINES]
