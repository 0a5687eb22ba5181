'use strict';
// "Add source" on each new source row of the claim page: posts that one row to
// claims/admin/add_source.py and fills the row with the saved source and its live link
// health (link_health.js then follows its check), without a reload. A ticked "cite" also
// ticks the source in the verdict form and takes the draft's new version, so a later Save
// keeps it. Without JavaScript, or with "cite" ticked before the verdict has a draft, the
// form's Save does the same in one save.
(function () {
    function field(row, name) {
        return row.querySelector('[name$="-' + name + '"]');
    }

    function showErrors(row, errors) {
        let list = row.querySelector('.add-source-errors');
        if (!list) {
            list = document.createElement('ul');
            list.className = 'errorlist add-source-errors';
            field(row, 'url').after(list);
        }
        list.replaceChildren(...Object.values(errors).flat().map(function (message) {
            const item = document.createElement('li');
            item.textContent = message;  // text, never markup
            return item;
        }));
    }

    function tickInVerdict(reply) {
        const box = document.querySelector('#verdicts-group [id$="-sources"]');
        const version = document.querySelector('#verdicts-group input[name$="-version"]');
        if (!box) {
            return;
        }
        const name = box.id.replace(/^id_/, '');
        const option = document.createElement('div');
        option.innerHTML = '<label><input type="checkbox"></label>';
        const input = option.querySelector('input');
        input.name = name;
        input.value = reply.id;
        input.checked = reply.cited;
        input.defaultChecked = reply.cited;
        option.querySelector('label').insertAdjacentHTML('beforeend', ' ' + reply.choice);  // escaped by the server
        box.append(option);
        if (reply.cited && version) {
            version.value = reply.verdict_version;
        }
    }

    // The row's inputs go back to what the page loaded (an unchanged new row, which the
    // form's Save skips) and out of sight; its "cite" off, so the shortcuts pass it by.
    function setAside(row) {
        const holder = document.createElement('div');
        holder.hidden = true;
        row.querySelectorAll('input:not([type="hidden"]), select, textarea').forEach(function (control) {
            if (control.tagName === 'SELECT') {
                Array.from(control.options).forEach(function (o) { o.selected = o.defaultSelected; });
            } else if (control.type === 'checkbox') {
                control.checked = control.defaultChecked;
            } else {
                control.value = control.defaultValue;
            }
            control.disabled = control.name.endsWith('-cite');
            holder.append(control);
        });
        row.querySelectorAll('.add-source-button, .add-source-errors, .inline-deletelink, .errorlist')
            .forEach(function (element) { element.remove(); });
        row.querySelector('td').append(holder);
    }

    function fill(row, reply) {
        setAside(row);
        for (const [name, html] of Object.entries(reply.cells)) {
            const cell = row.querySelector('td.field-' + name);
            if (cell) {
                cell.innerHTML = html;  // built by the server with everything escaped
            }
        }
        row.classList.add('added-source');
        tickInVerdict(reply);
        document.dispatchEvent(new CustomEvent('claims:source-added', {detail: reply}));
    }

    function add(row, url, button) {
        const cite = field(row, 'cite');
        const draft = document.querySelector('#verdicts-group input[name$="-id"]');
        if (cite && cite.checked && !(draft && draft.value)) {
            document.querySelector('input[name="_continue"]').click();  // the one save does it
            return;
        }
        const prefix = field(row, 'url').name.replace(/-url$/, '');
        const data = new FormData();
        data.append('prefix', prefix);
        for (const control of row.querySelectorAll('[name^="' + prefix + '-"]')) {
            if (control.type !== 'checkbox' || control.checked) {
                data.append(control.name, control.value);
            }
        }
        const version = document.querySelector('#verdicts-group input[name$="-version"]');
        data.append('verdict_version', version ? version.value : '');
        data.append('csrfmiddlewaretoken', document.querySelector('[name="csrfmiddlewaretoken"]').value);
        button.disabled = true;
        fetch(url, {method: 'POST', body: data, credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                return response.json().then(function (reply) {
                    if (response.ok) {
                        fill(row, reply);
                    } else {
                        showErrors(row, reply.errors || {url: ['Not added: ' + response.status]});
                    }
                });
            })
            .catch(function () {
                showErrors(row, {url: ['Not added: the server did not answer. Save the page instead.']});
            })
            .finally(function () {
                button.disabled = false;
            });
    }

    function offer(row, url) {
        const input = field(row, 'url');
        if (!input || row.classList.contains('empty-form') || row.querySelector('.add-source-button')) {
            return;
        }
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button add-source-button';
        button.textContent = 'Add source';
        button.addEventListener('click', function () {
            add(row, url, button);
        });
        input.after(button);
    }

    document.addEventListener('DOMContentLoaded', function () {
        const page = document.querySelector('.claim-page[data-add-source-url]');
        if (!page) {
            return;
        }
        const url = page.dataset.addSourceUrl;
        // New rows only: theirs is the "cite" box that can still be ticked.
        document.querySelectorAll('#sources-group tr.form-row').forEach(function (row) {
            if (row.querySelector('input[name$="-cite"]:not([disabled])')) {
                offer(row, url);
            }
        });
        document.addEventListener('formset:added', function (event) {
            if (event.detail && event.detail.formsetName === 'sources') {
                offer(event.target, url);
            }
        });
    });
})();
