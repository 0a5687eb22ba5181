'use strict';
// Keys for the claim page's core loop, listed on the page (admin/claims/claim/shortcuts.html).
// None fires while the cursor is in a field (Esc leaves it) or with Ctrl, Alt or Meta held,
// which are the browser's. Each key presses a control the page shows; the server decides.
(function () {
    function typing(target) {
        return target instanceof Element &&
            target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
    }

    function press(selector) {
        const control = document.querySelector(selector);
        if (control) {
            control.click();
        }
        return control !== null;
    }

    // Rows of sources not saved yet: theirs is the "cite" box that can still be ticked.
    function newSourceRows() {
        return Array.from(document.querySelectorAll('#sources-group tr.form-row:not(.empty-form)'))
            .filter(row => row.querySelector('input[name$="-cite"]:not([disabled])'));
    }

    function typeSourceUrl() {
        let row = newSourceRows().find(r => !r.querySelector('input[name$="-url"]').value);
        if (!row && press('#sources-group .add-row a')) {
            row = newSourceRows().pop();
        }
        if (row) {
            row.querySelector('input[name$="-url"]').focus();
        }
        return Boolean(row);
    }

    function toggleCite() {
        const row = newSourceRows().pop();
        if (!row) {
            return false;
        }
        const box = row.querySelector('input[name$="-cite"]');
        box.checked = !box.checked;
        box.scrollIntoView({block: 'nearest'});
        return true;
    }

    function rate(n) {
        const ratings = document.querySelectorAll('input[type="radio"][name$="-rating"]:not([disabled])');
        if (n > ratings.length) {
            return false;
        }
        ratings[n - 1].checked = true;
        ratings[n - 1].scrollIntoView({block: 'nearest'});
        return true;
    }

    function toggleList() {
        const list = document.getElementById('shortcuts');
        list.open = !list.open;
        return true;
    }

    const KEYS = {
        n: () => press('.take-next-button'),
        u: typeSourceUrl,
        c: toggleCite,
        s: () => press('button[name="_step"][value="submit"]'),
        S: () => press('button[name="_submit_and_next"]'),
        a: () => press('button[name="_step"][value="publish"]'),
        '?': toggleList,
    };

    document.addEventListener('DOMContentLoaded', function () {
        if (!document.getElementById('shortcuts')) {
            return;  // only where the page lists them
        }
        document.addEventListener('keydown', function (event) {
            if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) {
                return;
            }
            if (typing(event.target)) {
                if (event.key === 'Escape') {
                    event.target.blur();
                }
                return;
            }
            const action = /^[1-9]$/.test(event.key) ? () => rate(Number(event.key)) : KEYS[event.key];
            if (action && action()) {
                event.preventDefault();
            }
        });
    });
})();
