from django.apps import AppConfig
from django.core import checks


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-checking"

    def ready(self) -> None:
        from claims.linkcheck.system_checks import check_link_settings
        from claims.matching.system_checks import check_reranker_model

        checks.register(check_link_settings)
        checks.register(check_reranker_model)
