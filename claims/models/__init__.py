from claims.models.article import Article
from claims.models.claim import Claim, ClaimStatus
from claims.models.comment import Comment
from claims.models.fact_check import FactCheck, MatchVector
from claims.models.notification import Notification
from claims.models.queues import AwaitingMySignOff, MyQueue, UnassignedClaim
from claims.models.rating_mapping import RatingMapping
from claims.models.same_claim import SameClaimLink
from claims.models.source import LinkCheck, LinkClass, Source, SourceSnapshot
from claims.models.verdict import Correction, Rating, Verdict

__all__ = [
    "Article",
    "AwaitingMySignOff",
    "Claim",
    "ClaimStatus",
    "Comment",
    "Correction",
    "FactCheck",
    "LinkCheck",
    "LinkClass",
    "MatchVector",
    "MyQueue",
    "Notification",
    "Rating",
    "RatingMapping",
    "SameClaimLink",
    "Source",
    "SourceSnapshot",
    "UnassignedClaim",
    "Verdict",
]
