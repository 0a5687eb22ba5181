#!/usr/bin/env python
"""Django's command-line utility for factcheck."""

import os
import secrets
import sys

# Commands that serve HTTP sign cookies and tokens that must outlive the process, and
# `check` vets the configuration a server will run with: these need the real SECRET_KEY.
NEEDS_SECRET_KEY = {"runserver", "testserver", "check"}


def one_off_secret_key(argv: list[str]) -> None:
    """Let commands that serve nothing run without SECRET_KEY (docs/configuration.md).

    They sign nothing that lasts (a password hash does not use the key), so they get a
    random key valid for this process only: nothing signed with it is accepted anywhere else.
    """
    command = argv[1] if len(argv) > 1 else "help"
    if command not in NEEDS_SECRET_KEY and not os.environ.get("SECRET_KEY"):
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    one_off_secret_key(sys.argv)
    from django.core.management import execute_from_command_line

    from factcheck.env import ConfigError

    try:
        execute_from_command_line(sys.argv)
    except ConfigError as exc:
        # A bad environment variable: one line, exit 2, no traceback.
        sys.stderr.write(f"configuration error: {exc}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
