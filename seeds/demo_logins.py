"""The demo log-ins (README "Getting started"): one per role, and a second reviewer so that an
editor has someone to assign work to.

Django-free, so that `make run`'s runner (factcheck.devrun) can print them again once web,
worker and beat are up; seeds.demo_users creates the accounts, in development only.
"""

# user name, password, role (a reviewers.models.Role value)
DEMO_LOGINS = [
    ("reviewer", "reviewer-demo-pass", "reviewer"),
    ("reviewer2", "reviewer-demo-pass", "reviewer"),
    ("editor", "editor-demo-pass", "editor"),
    ("admin", "admin-demo-pass", "admin"),
]


def login_lines() -> list[str]:
    return [f"demo {role}: {username} / {password}" for username, password, role in DEMO_LOGINS]
