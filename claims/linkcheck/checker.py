"""Check many links at once: async I/O, global and per-host limits, guarded hops.

For each URL: validate it, then request it by hand hop by hop (every redirect
target is checked by the SSRF guard again, and its address at connect time),
retry retryable answers within the URL's deadline honouring Retry-After, and
classify the last answer (`classify.py`). Identical URLs (fragment aside) are
requested once per run.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urldefrag, urljoin

from yarl import URL

from claims.guarded_http.guard import BlockedURL, InvalidURL, parse_networks, parse_target
from claims.guarded_http.redirects import REDIRECT_STATUSES
from claims.guarded_http.resolver import GuardedResolver
from claims.guarded_http.text import decode_body
from claims.link_class import LinkClass
from claims.linkcheck import http
from claims.linkcheck.classify import (
    HEAD_REFUSED_STATUSES,
    RETRYABLE_STATUSES,
    Failure,
    classify_failure,
    classify_response,
)
from claims.linkcheck.config import LinkCheckConfig
from claims.linkcheck.gates import FIRST, FOLLOW_UP, Limiter
from claims.linkcheck.host_pacing import run_by_host
from claims.linkcheck.result import LinkResult
from claims.linkcheck.retry import parse_retry_after


def url_key(url: str) -> str:
    """What makes two URLs the same request: the fragment never reaches the server."""
    return urldefrag(url.strip())[0]


async def check_urls(
    urls: Iterable[str],
    config: LinkCheckConfig | None = None,
    on_result: Callable[[LinkResult], None] | None = None,
) -> dict[str, LinkResult]:
    """Check every URL; the dict has one entry per distinct input string.

    `on_result` is called with each result as soon as it is known (once per distinct
    request, with the first input URL that asked for it).
    """
    config = config or LinkCheckConfig()
    by_key: dict[str, list[str]] = {}
    for url in urls:
        by_key.setdefault(url_key(url), []).append(url)
    results: dict[str, LinkResult] = {}

    def record(result: LinkResult, originals: list[str]) -> None:
        if on_result is not None:
            on_result(result)
        results[originals[0]] = result
        for original in originals[1:]:
            results[original] = replace(result, url=original)

    async def one(job: tuple[_Chain, list[str]]) -> None:
        chain, originals = job
        record(await run.walk(chain), originals)

    async with _Run(config) as run:
        jobs = []
        for originals in by_key.values():
            start = run.start(originals[0])
            if isinstance(start, LinkResult):
                record(start, originals)  # invalid or blocked: nothing to request
            else:
                jobs.append((start.host, (start, originals)))
        await run_by_host(
            jobs,
            one,
            # Room to spare, so a freed request slot always finds a check waiting for it.
            window=2 * config.concurrency,
            host_window=2 * config.per_host_concurrency,
        )
    return results


def check_urls_sync(
    urls: Iterable[str],
    config: LinkCheckConfig | None = None,
    on_result: Callable[[LinkResult], None] | None = None,
) -> dict[str, LinkResult]:
    """`check_urls` for synchronous callers (management commands, Celery tasks)."""
    return asyncio.run(check_urls(urls, config, on_result))


@dataclass
class _Chain:
    """The state of one URL's check while it walks its redirects."""

    url: str
    host: str
    current: str
    method: str
    started: float | None = None
    deadline: float = 0.0
    redirects: list[tuple[int, str]] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)
    attempts: int = 0
    retries_left: int = 0
    reset_retried: bool = False


class _Run:
    """One session and one set of limits, shared by all URLs of a run."""

    def __init__(self, config: LinkCheckConfig):
        self.config = config
        self.allowed = parse_networks(config.allowed_networks)
        self.limiter = Limiter(config.concurrency, config.per_host_concurrency, config.per_host_interval)
        if config.method == "auto":
            self.first_method = "GET" if config.needs_body else "HEAD"
        else:
            self.first_method = config.method.upper()
        self.read_limit = 0
        if config.detect_soft_404:
            self.read_limit = config.sniff_bytes
        if config.want_content:
            self.read_limit = max(self.read_limit, config.content_max_bytes)

    async def __aenter__(self) -> _Run:
        self.resolver = GuardedResolver(self.allowed, threads=min(32, self.config.concurrency))
        self.session = http.open_session(self.config, self.resolver)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.session.close()
        await self.resolver.close()

    def start(self, url: str) -> _Chain | LinkResult:
        """A chain ready to walk, or the result for a URL that must not be requested."""
        try:
            target = parse_target(url, self.allowed)
        except InvalidURL as exc:
            return LinkResult(url, LinkClass.INVALID, error=exc.reason)
        except BlockedURL as exc:
            return LinkResult(url, LinkClass.BLOCKED, error=exc.reason)
        chain = _Chain(url=url, host=target.host, current=url_key(url), method=self.first_method)
        chain.retries_left = self.config.max_retries
        chain.visited.add(chain.current)
        return chain

    async def walk(self, chain: _Chain) -> LinkResult:
        result = await self._walk(chain)
        if chain.started is not None:
            result.elapsed_ms = round((time.monotonic() - chain.started) * 1000)
        return result

    async def _walk(self, chain: _Chain) -> LinkResult:
        while True:
            try:
                answer = await self._request(chain)
            except BlockedURL as exc:
                where = f"redirect to {chain.current}: " if chain.redirects else ""
                return self._result(chain, LinkClass.BLOCKED, error=where + exc.reason)
            except http.RequestFailed as exc:
                if exc.failure == Failure.RESET and not chain.reset_retried:
                    # A kept-alive connection the server had just closed looks like this: once more.
                    chain.reset_retried = True
                    continue
                return self._result(
                    chain, classify_failure(exc.failure), error=self._where(chain, exc.message)
                )
            status = answer.status
            if chain.method == "HEAD" and status in HEAD_REFUSED_STATUSES:
                chain.method = "GET"
                continue
            if status in REDIRECT_STATUSES and answer.location:
                stop = self._follow(chain, status, answer.location)
                if stop is not None:
                    return stop
                continue
            if status in RETRYABLE_STATUSES and await self._wait_to_retry(chain, answer):
                continue
            return self._final(chain, answer)

    async def _request(self, chain: _Chain) -> http.Answer:
        target = URL(chain.current)
        http.check_literal_host(target, self.allowed)
        priority = FIRST if chain.attempts == 0 else FOLLOW_UP
        gate = await self.limiter.acquire((target.host or "").lower(), priority)
        try:
            now = time.monotonic()
            if chain.started is None:
                # The deadline runs from the first request: time queued behind a busy host is not the URL's.
                chain.started, chain.deadline = now, now + self.config.deadline
            if chain.deadline - now <= 0:
                raise http.RequestFailed(Failure.TIMEOUT, f"deadline of {self.config.deadline:g} s used up")
            chain.attempts += 1
            return await http.request(
                self.session,
                chain.method,
                target,
                timeout=min(self.config.timeout, chain.deadline - now),
                connect_timeout=self.config.connect_timeout,
                read_timeout=self.config.read_timeout,
                read_limit=self.read_limit,
                gate=gate,
            )
        except BlockedURL:
            chain.attempts -= 1  # refused at connect time: nothing was sent
            raise
        finally:
            self.limiter.release(gate)

    def _follow(self, chain: _Chain, status: int, location: str) -> LinkResult | None:
        """Move the chain to the redirect target; a result when the chain must stop there."""
        target = url_key(urljoin(chain.current, location.strip()))
        chain.redirects.append((status, target))
        try:
            parse_target(target, self.allowed)
        except InvalidURL as exc:
            return self._result(chain, LinkClass.BROKEN, status, f"redirect to an unusable URL: {exc.reason}")
        except BlockedURL as exc:
            return self._result(chain, LinkClass.BLOCKED, status, f"redirect to {target}: {exc.reason}")
        if target in chain.visited:
            return self._result(chain, LinkClass.BROKEN, status, "redirect loop")
        if len(chain.redirects) > self.config.max_redirects:
            return self._result(
                chain, LinkClass.BROKEN, status, f"more than {self.config.max_redirects} redirects"
            )
        chain.visited.add(target)
        chain.current = target
        chain.retries_left = self.config.max_retries
        return None

    async def _wait_to_retry(self, chain: _Chain, answer: http.Answer) -> bool:
        """Sleep before asking again, if the rules and the deadline allow; False to give up."""
        if chain.retries_left <= 0:
            return False
        retry_after = parse_retry_after(answer.retry_after)
        done = self.config.max_retries - chain.retries_left
        wait = retry_after if retry_after is not None else self.config.retry_backoff * 2**done
        if wait > self.config.max_retry_after:
            return False
        # Leave room for the retry itself to get an answer.
        if time.monotonic() + wait + min(1.0, self.config.timeout) > chain.deadline:
            return False
        chain.retries_left -= 1
        await asyncio.sleep(wait)  # outside the limiter: waiting holds no request slot
        return True

    def _final(self, chain: _Chain, answer: http.Answer) -> LinkResult:
        text = None
        if answer.body:
            text, _encoding = decode_body(answer.body, answer.content_type)
        link_class, error = classify_response(
            answer.status,
            url=chain.url,
            final_url=chain.current,
            redirected=bool(chain.redirects),
            page_text=text[: self.config.sniff_bytes] if text and self.config.detect_soft_404 else None,
        )
        if link_class == LinkClass.TRANSIENT and answer.retry_after:
            error = f"{error} (Retry-After: {answer.retry_after})"
        result = self._result(chain, link_class, answer.status, error)
        if self.config.want_content and answer.body is not None and result.is_alive:
            snapshot = answer.body[: self.config.content_max_bytes]
            # The soft-404 sniff may have read more than the snapshot keeps.
            if text is None or len(snapshot) < len(answer.body):
                text, _encoding = decode_body(snapshot, answer.content_type)
            result.content_text = text
            result.content_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return result

    def _where(self, chain: _Chain, message: str) -> str:
        return f"{chain.current}: {message}" if chain.redirects else message

    def _result(
        self, chain: _Chain, link_class: LinkClass, status: int | None = None, error: str | None = None
    ) -> LinkResult:
        return LinkResult(
            url=chain.url,
            link_class=link_class,
            http_status=status,
            final_url=chain.current,
            redirects=list(chain.redirects),
            error=error,
            attempts=chain.attempts,
        )
