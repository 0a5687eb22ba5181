"""Which stored addresses a page or a feed may present as a link."""

WEB_SCHEMES = ("https://", "http://")


def web_link(url: str) -> str:
    """`url` if it is a web address (http or https: never javascript: or data:), else ""."""
    return url if url.lower().startswith(WEB_SCHEMES) else ""
