"""Bad configuration stops start-up with one line that names the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage_check(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "1", "DATABASE_URL": "bogus://nowhere"}, "DATABASE_URL"),
        ({"DEBUG": "1", "EMAIL_PORT": "twenty-five"}, "EMAIL_PORT"),
        ({"DEBUG": "1", "CELERY_BROKER_URL": "http://example"}, "CELERY_BROKER_URL"),
        ({"DEBUG": "1", "FETCH_TIMEOUT": "soon"}, "FETCH_TIMEOUT"),
    ],
)
def test_a_malformed_variable_stops_start_up_with_one_line_naming_it(env, variable):
    result = manage_check(**env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert variable in result.stderr
    assert "Traceback" not in result.stderr


def test_production_mode_has_no_default_secret_key():
    result = manage_check(DEBUG="0")
    assert result.returncode == 2
    assert "SECRET_KEY must be set" in result.stderr


def test_production_mode_refuses_a_short_secret_key():
    result = manage_check(DEBUG="0", SECRET_KEY="short")
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr


def test_production_mode_starts_with_a_real_secret_key():
    result = manage_check(DEBUG="0", SECRET_KEY="x" * 50, ALLOWED_HOSTS="news.example.org")
    assert result.returncode == 0, result.stderr


def test_development_mode_needs_no_configuration_at_all():
    result = manage_check(DEBUG="1")
    assert result.returncode == 0, result.stderr


def celery_setting(name: str, **env: str) -> str:
    code = f"from django.conf import settings; print(getattr(settings, {name!r}, None))"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT, env={**os.environ, "DEBUG": "1", **env}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("url", ["redis://127.0.0.1:6379/0", "rediss://broker.example.org:6380/0"])
def test_a_redis_broker_uses_the_transport_that_outlives_a_redis_restart(url):
    transport = celery_setting("CELERY_BROKER_TRANSPORT", CELERY_BROKER_URL=url)
    assert transport == "factcheck.broker:RedisTransport"


def test_the_zero_setup_broker_uses_the_transport_that_writes_messages_whole():
    code = "from factcheck.celery import app; print(type(app.connection_for_write().transport).__name__)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT, env={**os.environ, "DEBUG": "1", "CELERY_BROKER_URL": "filesystem://localhost/"},
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "FilesystemTransport"


def test_a_tls_redis_broker_verifies_the_server_certificate():
    use_ssl = celery_setting("CELERY_BROKER_USE_SSL", CELERY_BROKER_URL="rediss://broker.example.org:6380/0")
    assert "CERT_REQUIRED" in use_ssl


def test_a_server_refuses_to_start_without_a_secret_key_and_says_how_to_try_it_locally():
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "runserver", "127.0.0.1:0", "--noreload"],
        cwd=ROOT,
        env=clean,  # a newcomer's first `manage.py runserver` in a fresh shell
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "SECRET_KEY must be set" in result.stderr
    assert "make run" in result.stderr and "DEBUG=1" in result.stderr


def test_a_command_that_serves_nothing_runs_without_a_secret_key():
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "showmigrations", "reports"],
        cwd=ROOT,
        env={**clean, "DEBUG": "0"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_without_an_smtp_server_e_mail_is_stored_and_with_one_it_is_sent():
    assert celery_setting("EMAIL_BACKEND", EMAIL_HOST="") == "reports.mailbox.MailboxBackend"
    assert celery_setting("EMAIL_BACKEND", EMAIL_HOST="smtp.example.org") == (
        "django.core.mail.backends.smtp.EmailBackend"
    )


def test_in_development_each_line_django_logs_is_written_once_and_requests_are_dated():
    code = (
        "import logging; logging.getLogger('django.request').warning('Not Found: /favicon.ico'); "
        "logging.getLogger('django.server').info('\"GET /checks/ HTTP/1.1\" 200 512')"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT, env={**os.environ, "DEBUG": "1"}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.stderr.count("Not Found: /favicon.ico") == 1, result.stderr
    request_lines = [line for line in result.stderr.splitlines() if "GET /checks/" in line]
    assert len(request_lines) == 1 and request_lines[0].startswith("["), result.stderr
