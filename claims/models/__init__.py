from claims.models.article import Article
from claims.models.claim import Claim, ClaimStatus
from claims.models.source import LinkCheck, LinkClass, Source, SourceSnapshot
from claims.models.verdict import Correction, Rating, Verdict

__all__ = [
    "Article",
    "Claim",
    "ClaimStatus",
    "Correction",
    "LinkCheck",
    "LinkClass",
    "Rating",
    "Source",
    "SourceSnapshot",
    "Verdict",
]
