"""Settings for factcheck, read from the environment (see docs/configuration.md).

With nothing set, the app runs in development mode on SQLite under var/ and a
file-system Celery broker, so a fresh checkout needs no server at all.
"""

import ssl
from datetime import timedelta
from pathlib import Path

from claims.linkcheck.config import LinkCheckConfig
from claims.linkcheck.policy import RecheckPolicy
from factcheck.env import (
    ConfigError,
    envbool,
    envbroker,
    envdatabase,
    envfloat,
    envint,
    envlist,
    envrate,
    envstr,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(envstr("FACTCHECK_VAR_DIR", str(BASE_DIR / "var")))
# The embedded defaults (SQLite file, file-system broker) live here: a fresh checkout has none.
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = envbool("DEBUG", False)
if DEBUG:
    SECRET_KEY = envstr("SECRET_KEY", "dev-only-insecure-key-do-not-deploy")
else:
    # Production has no default: a missing key stops start-up, saying what to do, since a
    # newcomer's first `manage.py runserver` lands here.
    SECRET_KEY = envstr("SECRET_KEY", "")
    if not SECRET_KEY:
        raise ConfigError(
            "SECRET_KEY must be set when DEBUG is off (32+ random characters); "
            "to try factcheck on this machine, run `make run` or set DEBUG=1"
        )
    if len(SECRET_KEY) < 32:
        raise ConfigError("SECRET_KEY must be at least 32 characters when DEBUG is off")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "knox",
    "claims.api",  # after knox: its admin replaces knox's token admin
    "django_celery_beat",
    "simple_history",
    "claims",
    "reviewers",
    "seeds",
    "reports",
    "publishing",
    "webhooks",
    # django-axes: locks a username from one address after repeated failures (see Security below).
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves collected static files (admin, API docs) when DEBUG is off; no web server needed.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CommonMiddleware, so CORS headers are on every API answer (redirects too).
    "corsheaders.middleware.CorsMiddleware",
    # Before anything reads a body: refuses chunked bodies (411) and oversized API bodies (413).
    "factcheck.request_body.RequestBodyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # The Content-Security-Policy header, and django-axes's log-in lockout (Security below).
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": envdatabase("DATABASE_URL", f"sqlite:///{VAR_DIR / 'factcheck.sqlite3'}")}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file (not memory) test database, so a real worker process can see test rows.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
    # Web, worker and beat write to one file: each transaction takes the write lock when it
    # begins (IMMEDIATE), so a writer waits up to `timeout` seconds for another instead of
    # failing at once with "database is locked" when a read transaction turns into a write
    # (seen from beat at `make run`'s start while the worker stored the seed's claims).
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend with a health check that polls the socket instead of sending a
    # SELECT 1 at the start of every request (factcheck/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "factcheck.postgresql"
if DATABASES["default"]["ENGINE"] == "factcheck.postgresql" and envbool("DATABASE_PREPARED_STATEMENTS", True):
    # PostgreSQL binds parameters on the server and psycopg prepares a statement the 5th
    # time a connection runs it: the API's page query then skips its planning (several
    # times its execution) on every request. Off behind PgBouncer in transaction mode.
    DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = envstr("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed copies, no manifest: pages render even before `collectstatic` has run.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# --- Cache ------------------------------------------------------------------
REDIS_URL = envstr("REDIS_URL", "")
# The cache holds API throttle counts and the rating scale's bounds. Every web process
# must share it for the throttles to count right: Redis when CACHE_URL (or REDIS_URL) is
# set, failing open if it is unreachable; else this process's memory (make run: one process).
CACHE_URL = envstr("CACHE_URL", REDIS_URL)
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "factcheck.cache.FailOpenRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "factcheck",
            # A request waits at most this long for a cache that is down.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }

# --- Celery ---------------------------------------------------------------
# No broker configured: kombu's file-system transport under var/, which still
# needs a real worker process (no eager mode). REDIS_URL makes Redis the broker.
# kombu warns "No hostname was supplied" without one; the file-system transport ignores it.
_broker_default = REDIS_URL or "filesystem://localhost/"
CELERY_BROKER_URL = envbroker("CELERY_BROKER_URL", envstr("CELERY_BROKER_URL", _broker_default))
BROKER_DIR = VAR_DIR / "broker"
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The transport is kombu's with messages written whole (factcheck/broker.py, by the scheme).
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "control_folder": str(BROKER_DIR / "control"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "store_processed": False,
        # How often a worker looks for new messages (kombu's default is 1 s): a check or an
        # extraction starts within 0.1 s of being sent, for a few directory listings a second.
        "polling_interval": 0.1,
    }
else:
    # Longer than every time limit, countdown and retry backoff, so Redis never
    # redelivers a task that is still running.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3 * 3600}
if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # kombu's Redis transport with a worker that reconnects after Redis restarts (factcheck/broker.py).
    CELERY_BROKER_TRANSPORT = "factcheck.broker:RedisTransport"
if CELERY_BROKER_URL.startswith("rediss://"):
    # Named explicitly, the transport no longer sees the scheme: TLS it is, with the
    # server's certificate verified (kombu alone would skip the check).
    CELERY_BROKER_USE_SSL = {"ssl_cert_reqs": ssl.CERT_REQUIRED}

CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 600, minimum=1)
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 540, minimum=1)
CELERY_TIMEZONE = TIME_ZONE
# django-celery-beat's database scheduler, made to outlive a database restart (factcheck/beat.py).
CELERY_BEAT_SCHEDULER = "factcheck.beat:OutageTolerantScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Work is routed to queues by kind, so a deployment can give each its own workers.
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "claims.tasks.extract_*": {"queue": "extraction"},
    "claims.linkcheck.tasks.*": {"queue": "linkchecks"},
    "reports.tasks.send_*": {"queue": "email"},
    "claims.notifications.tasks.*": {"queue": "email"},
    "reviewers.tasks.*": {"queue": "email"},
    "webhooks.tasks.*": {"queue": "webhooks"},
    "reports.tasks.*": {"queue": "reports"},
}

# --- Email ----------------------------------------------------------------
EMAIL_HOST = envstr("EMAIL_HOST", "")
EMAIL_PORT = envint("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 30, minimum=1)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "factcheck@localhost")
# No SMTP server: each e-mail is stored under var/mail/ and listed in the admin (reports/mailbox.py).
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "reports.mailbox.MailboxBackend"
)

# --- Fetching and extraction -----------------------------------------------
# Networks that server-side fetches may reach despite being private or loopback.
SSRF_ALLOWED_NETWORKS = envlist("SSRF_ALLOWED_NETWORKS", [])
FETCH_MAX_BYTES = envint("FETCH_MAX_BYTES", 5_000_000, minimum=1024)
FETCH_TIMEOUT = envfloat("FETCH_TIMEOUT", 10.0)
# Longest article (text, or pasted or posted HTML) in characters, however it is encoded.
INGEST_MAX_CHARS = envint("INGEST_MAX_CHARS", 2_000_000, minimum=1000)
# What one article may cost a worker. Its text (after decoding and normalising) and its
# paragraphs are capped at ingest; extraction is linear in them, and scoring (about 10 ms a
# sentence on one core) dominates: 1,000,000 characters is a 170,000-word book, scored in
# about 100 s, within the soft time limit below.
ARTICLE_MAX_CHARS = envint("ARTICLE_MAX_CHARS", 1_000_000, minimum=1000)
ARTICLE_MAX_PARAGRAPHS = envint("ARTICLE_MAX_PARAGRAPHS", 3_000, minimum=10)
# An extraction running longer is stopped (Celery's soft time limit) and counts as a failed
# attempt; the hard limit kills the worker process if the soft one is not heeded. Both
# travel in the task's message: web and worker processes must share the setting.
EXTRACTION_SOFT_TIME_LIMIT = envint("EXTRACTION_SOFT_TIME_LIMIT", 180, minimum=1)
EXTRACTION_TIME_LIMIT = EXTRACTION_SOFT_TIME_LIMIT + 30
# After this many failed or unfinished attempts an article is marked failed, with the
# reason, and the sweeper no longer re-sends it; the admin's "Retry extraction" resets it.
EXTRACTION_MAX_ATTEMPTS = envint("EXTRACTION_MAX_ATTEMPTS", 3, minimum=1)
# Claims scoring at or above this are queued; unset, the model card's threshold applies.
CHECKWORTHY_THRESHOLD = envfloat("CHECKWORTHY_THRESHOLD", None)

# --- REST framework -------------------------------------------------------
REST_FRAMEWORK = {
    # Hashed, expiring tokens for API clients; the session only for the admin's own
    # use of the browsable API. No Basic auth: passwords never travel with requests.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Public endpoints opt out explicitly in their views.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.CursorPage",
    "DEFAULT_FILTER_BACKENDS": [
        "claims.api.filters.FilterBackend",
        "claims.api.filters.StrictOrdering",
    ],
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.BoundedJSONParser"],
    # JSON with `<`, `>` and `&` escaped, so any answer can be embedded in a page's <script>.
    "DEFAULT_RENDERER_CLASSES": [
        "claims.api.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttling.AnonClientThrottle",
        "claims.api.throttling.TokenThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": envrate("API_THROTTLE_ANON", "120/min"),
        "token": envrate("API_THROTTLE_TOKEN", "600/min"),
        # Requests with a wrong, expired or malformed token, per client address.
        "failed_auth": envrate("API_THROTTLE_FAILED_AUTH", "20/min"),
    },
    # Client identity for throttling is REMOTE_ADDR unless this many trusted proxies
    # stand in front (then the address they saw, counted from the right of
    # X-Forwarded-For); with 0 a client cannot pick its identity with that header.
    "NUM_PROXIES": envint("API_NUM_PROXIES", 0, minimum=0),
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    # Media types are negotiated with the Accept header only.
    "URL_FORMAT_OVERRIDE": None,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "VERSION": "1.0.0",
    "DESCRIPTION": (
        "Published verdicts (also as schema.org ClaimReview), claims for the newsroom, and "
        "article submission. Authenticate with `Authorization: Token <token>`; tokens are "
        "created in the admin (Knox > Auth tokens > Add)."
    ),
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and ReDoc come from our own static files (the CSP allows no CDN).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.claim.ClaimStatus",
        "ArticleStatusEnum": "claims.models.article.ArticleStatus",
        "LinkStatusEnum": "claims.link_class.LinkClass",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.document_error_responses",
    ],
}

# --- API: tokens, CORS, throttles, request size -----------------------------
# Tokens (django-rest-knox) are stored as SHA-512 digests and expire; a token
# created in the admin lasts API_TOKEN_TTL_DAYS unless its expiry is edited (up to
# API_TOKEN_MAX_DAYS).
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=envint("API_TOKEN_TTL_DAYS", 90, minimum=1)),
    "AUTH_HEADER_PREFIX": "Token",
}
# The longest lifetime the admin may give a token; every token has an expiry.
API_TOKEN_MAX_DAYS = envint("API_TOKEN_MAX_DAYS", 365, minimum=1)
if REST_KNOX["TOKEN_TTL"].days > API_TOKEN_MAX_DAYS:
    raise ConfigError("API_TOKEN_TTL_DAYS must not be more than API_TOKEN_MAX_DAYS")
# Any origin may GET the public endpoints; nothing else is shared cross-origin.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/api/(v1/(verdicts|claimreview)/.*|schema/)$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
# Request bodies larger than this are refused with 413 before they are read. The default
# holds an article of INGEST_MAX_CHARS with every character JSON-escaped (`\uXXXX`, 6
# bytes), or percent-encoded in the admin's form (at most 6 bytes below U+0800), plus
# room for the other fields; the article's own limit is then checked on its characters.
API_MAX_BODY_BYTES = envint("API_MAX_BODY_BYTES", 6 * INGEST_MAX_CHARS + 65_536, minimum=1024)
# Django reads bodies up to this (else an HTML 400): the same size, so the API's and the
# admin's article limit is the one on characters.
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_BODY_BYTES
API_MAX_PAGE_SIZE = envint("API_MAX_PAGE_SIZE", 100, minimum=1)
# Where readers find a fact-check (ClaimReview `url`) when the newsroom publishes it in its
# own CMS, e.g. https://news.example.org/fact-checks/{slug}/ ({slug}: the claim's public
# slug, {id}: the verdict id; checked by publishing.E001). Empty: our page, /checks/<slug>/.
CLAIMREVIEW_URL_TEMPLATE = envstr("CLAIMREVIEW_URL_TEMPLATE", "")

# --- Reports and e-mail (reports app) -----------------------------------------
# A send claimed longer ago than this is taken as dead (worker killed) and retried;
# longer than the task time limit, so a live send is never taken over.
REPORTS_SEND_LEASE_SECONDS = envint("REPORTS_SEND_LEASE_SECONDS", CELERY_TASK_TIME_LIMIT + 60, minimum=1)
# How many missed periods a digest run catches up (beat down); older ones are not sent.
REPORTS_CATCH_UP_PERIODS = envint("REPORTS_CATCH_UP_PERIODS", 3, minimum=1)
# Longest list (broken sources, corrections) printed in a report; totals are always exact.
REPORTS_LIST_LIMIT = envint("REPORTS_LIST_LIMIT", 50, minimum=1)

# --- Webhooks (webhooks app) -------------------------------------------------
# Seconds one delivery attempt may take, connect to last byte (a deadline, not per read).
WEBHOOK_TIMEOUT = envfloat("WEBHOOK_TIMEOUT", 10.0)
if WEBHOOK_TIMEOUT is None or WEBHOOK_TIMEOUT <= 0:
    raise ConfigError(f"WEBHOOK_TIMEOUT must be a positive number of seconds, got {WEBHOOK_TIMEOUT!r}")
# Attempts per delivery, the first included; retries wait about BACKOFF x 2^n seconds
# (full jitter), never more than BACKOFF_MAX.
WEBHOOK_MAX_ATTEMPTS = envint("WEBHOOK_MAX_ATTEMPTS", 6, minimum=1)
WEBHOOK_RETRY_BACKOFF = envint("WEBHOOK_RETRY_BACKOFF", 30, minimum=1)
WEBHOOK_RETRY_BACKOFF_MAX = envint("WEBHOOK_RETRY_BACKOFF_MAX", 3600, minimum=1)
# Failed attempts in a row (any event) after which a subscription is paused and its owner told.
WEBHOOK_PAUSE_AFTER_FAILURES = envint("WEBHOOK_PAUSE_AFTER_FAILURES", 15, minimum=1)

FACTCHECK_ORGANISATION = envstr("FACTCHECK_ORGANISATION", "factcheck newsroom")

# --- Public pages and feeds (publishing app) -------------------------------------
# How long browsers and shared caches may keep a public page without asking again; after
# that they revalidate (ETag / Last-Modified) and mostly get a 304.
PUBLIC_PAGE_MAX_AGE = envint("PUBLIC_PAGE_MAX_AGE", 300, minimum=0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        # runserver's request lines, dated as Django dates them (django.utils.log.DEFAULT_LOGGING).
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django gives "django" a console handler of its own when DEBUG is on: every line of
        # `make run`'s web log ("Not Found: ...") came twice. The root's handler suffices.
        "django": {"handlers": [], "propagate": True},
        # Configuring "django" resets its children: runserver's request log keeps its handler.
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

# --- Security: log-in lockout, headers, HTTPS ----------------------------------
# django-axes locks a username from one address after repeated failures, for a cool-off.
AUTHENTICATION_BACKENDS = [
    "factcheck.lockout.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=envint("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "factcheck.lockout.client_ip"
AXES_VERBOSE = False  # lockouts are still logged; no banner on every command

# Content Security Policy (django-csp): only our own scripts; inline styles stay
# allowed because the admin's templates use style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if envbool("BEHIND_TLS_PROXY", False):
        # Only behind a proxy that sets this header itself and strips the client's.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Reliability: pending work and its sweeper (claims.sweeper) -----------------
# Work recorded as pending (an article awaiting extraction, a source whose check was
# requested) for longer than this while its queue is empty is enqueued again.
PENDING_WORK_AGE_SECONDS = envint("PENDING_WORK_AGE_SECONDS", 300, minimum=1)
# How often beat runs the sweeper.
PENDING_WORK_SWEEP_SECONDS = envint("PENDING_WORK_SWEEP_SECONDS", 60, minimum=1)
# How often beat enqueues the matching vectors of claims and fact-checks that have none
# (claims.matching.tasks.embed_missing).
MATCHING_SWEEP_SECONDS = envint("MATCHING_SWEEP_SECONDS", 300, minimum=1)
# Re-rank the fused matches with a cross-encoder (claims/matching/reranker.py). Off: tried on
# CheckThat! dev and not kept (docs/matching.md), so its model file is not committed;
# turning it on needs one trained by `python -m training.matching rerank`.
MATCHING_RERANK = envbool("MATCHING_RERANK", False)

# --- Link checks (claims.linkcheck) ---------------------------------------------
# The checker's knobs; LinkCheckConfig.from_settings reads every LINKCHECK_<FIELD>. Their
# defaults are the checker's own (claims/linkcheck/config.py, policy.py: written there once;
# the checker also runs without Django, e.g. bench/). Allowed networks: SSRF_ALLOWED_NETWORKS.
_CHECKER, _RECHECK = LinkCheckConfig(), RecheckPolicy()
LINKCHECK_CONCURRENCY = envint("LINKCHECK_CONCURRENCY", _CHECKER.concurrency, minimum=1)
LINKCHECK_PER_HOST_CONCURRENCY = envint(
    "LINKCHECK_PER_HOST_CONCURRENCY", _CHECKER.per_host_concurrency, minimum=1
)
LINKCHECK_PER_HOST_INTERVAL = envfloat("LINKCHECK_PER_HOST_INTERVAL", _CHECKER.per_host_interval)
LINKCHECK_CONNECT_TIMEOUT = envfloat("LINKCHECK_CONNECT_TIMEOUT", _CHECKER.connect_timeout)
LINKCHECK_READ_TIMEOUT = envfloat("LINKCHECK_READ_TIMEOUT", _CHECKER.read_timeout)
LINKCHECK_TIMEOUT = envfloat("LINKCHECK_TIMEOUT", _CHECKER.timeout)
LINKCHECK_DEADLINE = envfloat("LINKCHECK_DEADLINE", _CHECKER.deadline)
LINKCHECK_MAX_RETRIES = envint("LINKCHECK_MAX_RETRIES", _CHECKER.max_retries, minimum=0)
# Snapshot text kept per page (bytes read from the body).
LINKCHECK_CONTENT_MAX_BYTES = envint("LINKCHECK_CONTENT_MAX_BYTES", _CHECKER.content_max_bytes, minimum=1024)
# When a source is checked again (claims.linkcheck.policy): a healthy one after
# RECHECK_OK_DAYS; a failing one after RECHECK_FAILING_HOURS, doubling with each
# failure in a row up to RECHECK_MAX_DAYS.
LINKCHECK_RECHECK_OK_DAYS = envfloat("LINKCHECK_RECHECK_OK_DAYS", _RECHECK.ok / timedelta(days=1))
LINKCHECK_RECHECK_FAILING_HOURS = envfloat(
    "LINKCHECK_RECHECK_FAILING_HOURS", _RECHECK.first_failure / timedelta(hours=1)
)
LINKCHECK_RECHECK_MAX_DAYS = envfloat("LINKCHECK_RECHECK_MAX_DAYS", _RECHECK.longest / timedelta(days=1))
# Failed checks in a row that make a source "link rot" (admin, reports, review form).
LINKCHECK_ROT_AFTER = envint("LINKCHECK_ROT_AFTER", 3, minimum=1)
# Sources per check_sources task (one async run each), and per beat run of check_due_sources.
LINKCHECK_BATCH_SIZE = envint("LINKCHECK_BATCH_SIZE", 200, minimum=1)
LINKCHECK_DUE_PER_RUN = envint("LINKCHECK_DUE_PER_RUN", 5000, minimum=1)
