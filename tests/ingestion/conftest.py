import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.api.conftest import submitter  # noqa: F401  (fixture: the editor allowed to post to the API)
from tests.guarded_http.site import site  # noqa: F401  (fixture: a web site on loopback)

ARTICLE_HTML = """<!doctype html><html><head><title>Council budget vote | Riverside Gazette</title>
<meta name="author" content="Dana Whitfield"><meta property="og:site_name" content="Riverside Gazette">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council budget vote</h1>
<p>The city council approved a budget of 412 million dollars on Tuesday, up 6 percent from last year.</p>
<p>"Spending on roads has doubled since 2019," said Mayor Elena Ortiz.</p>
<p>Unemployment in the county fell to 3.9 percent in March, according to the state labour office.</p>
</article><div class="comments">COMMENTS</div><script>alert("x")</script></body></html>"""


class _ArticleHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = ARTICLE_HTML.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def article_server():
    """A news site on 127.0.0.2, a loopback address of its own."""
    server = ThreadingHTTPServer(("127.0.0.2", 0), _ArticleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.2:{server.server_port}"
    server.shutdown()
    server.server_close()
