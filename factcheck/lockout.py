"""Admin brute-force protection (django-axes), with the client address taken from the socket.

Axes would otherwise read X-Forwarded-For, which any client can set to dodge a lockout.
"""

from axes.backends import AxesStandaloneBackend


def client_ip(request) -> str:
    """The peer address; a deployment behind a proxy sets it correctly in the proxy's WSGI setup."""
    return request.META.get("REMOTE_ADDR", "")


class LoginLockoutBackend(AxesStandaloneBackend):
    """Axes' lockout check for every log-in made through a request (the admin, the API's session).

    Calls to authenticate() without a request (management commands, the test client's
    login()) have no client to lock out; axes would refuse them outright.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
