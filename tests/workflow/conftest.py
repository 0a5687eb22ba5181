from tests.workflow.fixtures import fast_password_hashing, newsroom_admin, other_editor  # noqa: F401
