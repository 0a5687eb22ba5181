from django.apps import AppConfig


class ReviewersConfig(AppConfig):
    name = "reviewers"
    verbose_name = "Reviewers"

    def ready(self) -> None:
        from reviewers import rank_audit  # needs the models, ready only now

        rank_audit.connect()
