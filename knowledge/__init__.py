"""racebot's knowledge layer: articles in, facts stored, questions answered.

Never imports ``bot``, ``discord`` or ``telegram``.
"""

from knowledge.model import Answer, ReloadReport, Source, Stats, Topic
from knowledge.service import KnowledgeBase

__all__ = ["Answer", "KnowledgeBase", "ReloadReport", "Source", "Stats", "Topic"]
