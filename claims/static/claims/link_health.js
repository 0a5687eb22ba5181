'use strict';
// The claim page's link checks, live. While a source's check is queued, ask the server for
// the sources' link cells every two seconds and swap them in (claims/admin/link_health.py),
// so a recorded check shows without a reload. Without JavaScript the page shows the state
// as of load. A source added without a reload (add_source.js) starts the asking again.
(function () {
    const EVERY_MS = 2000;
    const GIVE_UP_AFTER_MS = 10 * 60 * 1000;  // a check queued this long is the sweeper's; stop asking

    function waiting() {
        return document.querySelector('.link-health[data-pending="yes"]') !== null;
    }

    function update(sources) {
        for (const source of sources) {
            const cell = document.querySelector('.link-health[data-source="' + source.id + '"]');
            if (cell) {
                cell.outerHTML = source.html;  // built by the server with everything escaped
            }
        }
    }

    let asking = false;

    function poll(url, started) {
        asking = waiting() && Date.now() - started <= GIVE_UP_AFTER_MS;
        if (!asking) {
            return;
        }
        setTimeout(function () {
            fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function (response) {
                    if (response.status >= 400 && response.status < 500) {
                        throw new Error('refused');  // logged out or no longer allowed: stop
                    }
                    return response.ok ? response.json() : {sources: []};  // a server error: ask again
                })
                .then(function (data) {
                    update(data.sources);
                    poll(url, started);
                })
                .catch(function () {
                    asking = false;
                });
        }, EVERY_MS);
    }

    document.addEventListener('DOMContentLoaded', function () {
        const page = document.querySelector('.claim-page[data-link-health-url]');
        if (page) {
            poll(page.dataset.linkHealthUrl, Date.now());
            document.addEventListener('claims:source-added', function () {
                if (!asking) {
                    poll(page.dataset.linkHealthUrl, Date.now());
                }
            });
        }
    });
})();
