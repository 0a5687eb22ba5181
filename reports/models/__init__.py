from reports.models.delivery import Delivery, DeliveryStatus
from reports.models.report import Report, ReportFile, ReportKind, ReportStatus
from reports.models.subscription import Subscription

__all__ = [
    "Delivery",
    "DeliveryStatus",
    "Report",
    "ReportFile",
    "ReportKind",
    "ReportStatus",
    "Subscription",
]
