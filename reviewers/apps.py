from django.apps import AppConfig


class ReviewersConfig(AppConfig):
    name = "reviewers"
    verbose_name = "Reviewers"

    def ready(self) -> None:
        from reviewers import rank_audit, role_audit  # need the models, ready only now

        rank_audit.connect()
        role_audit.connect()  # after rank_audit's: a member's grant is kept before their group's
