"""The metrics component: each quantity linked to what it measures, how, when, and as what.

One rule family per module (phrases, indicator, lists, aspect, kind, sections, timing), each a
layer over `MetricContext`; `linker.MetricLinker` combines them and builds the records.
"""

from policy_nlp.pipeline.metrics.linker import MetricLinker, make_metrics

__all__ = ["MetricLinker", "make_metrics"]
