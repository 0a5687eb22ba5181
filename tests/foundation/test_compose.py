"""No Docker engine runs here, so the compose file is checked by reading it."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = (ROOT / "factcheck" / "settings.py").read_text()
CELERY_QUEUES = {"default", "extraction", "linkchecks", "reports", "email", "webhooks"}


def load_compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_it_defines_the_services_a_deployment_needs():
    services = load_compose()["services"]
    assert {"web", "beat", "postgres", "redis", "mailcatcher"} <= set(services)
    assert any(name.startswith("worker") for name in services)


def test_every_environment_variable_it_passes_is_read_by_settings():
    services = load_compose()["services"]
    for name in ("web", "beat", "worker-extraction"):
        for variable in services[name]["environment"]:
            assert re.search(rf'env\w*\("{variable}"', SETTINGS), f"settings never read {variable}"


def test_workers_and_beat_reuse_the_web_image():
    services = load_compose()["services"]
    for name, service in services.items():
        if name.startswith("worker") or name == "beat":
            assert service["image"] == services["web"]["image"]


def test_workers_together_consume_every_queue():
    services = load_compose()["services"]
    consumed = set()
    for name, service in services.items():
        if name.startswith("worker"):
            match = re.search(r"-Q (\S+)", service["command"])
            consumed |= set(match.group(1).split(","))
    assert consumed == CELERY_QUEUES


def test_the_app_waits_for_a_healthy_postgres():
    services = load_compose()["services"]
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert services["web"]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_every_long_running_service_is_started_again_when_it_exits():
    services = load_compose()["services"]
    for name in ("web", "beat", "postgres", "redis", *(n for n in services if n.startswith("worker"))):
        assert services[name].get("restart") == "unless-stopped", name
