import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_production_mode_serves_the_admin_stylesheet_after_collectstatic(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0",
        FACTCHECK_VAR_DIR=str(tmp_path),
    )
    script = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('collectstatic', '--no-input', verbosity=0)\n"
        "from django.test import Client\n"
        "r = Client().get('/static/admin/css/base.css')\n"
        "print(r.status_code, r.headers.get('Content-Type'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**env, "DJANGO_SETTINGS_MODULE": "factcheck.settings"},
    )
    assert result.stdout.startswith("200 text/css"), result.stdout + result.stderr
