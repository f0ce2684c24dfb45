/*
 * Warns before a page is left with unsaved changes in one of its edit forms (class "warn-unsaved"). What a form held when
 * the page loaded is compared with what it holds when the page is left, so every kind of field counts (menus and
 * checkboxes too, whose widgets write hidden inputs); saving or deleting (submitting that form) leaves without a warning,
 * submitting another form of the page (an approval button) does not.
 */
(function () {
    'use strict';
    var IGNORED = /ViewState|ClientWindow/;
    var loaded = {};
    var submitted = null;

    function state(form) {
        var parts = [];
        new FormData(form).forEach(function (value, name) {
            if (!IGNORED.test(name) && typeof value === 'string') {
                parts.push(name + '=' + value);
            }
        });
        return parts.join('&');
    }

    function forms() {
        return document.querySelectorAll('form.warn-unsaved');
    }

    /** Whether a watched form holds something unsaved; the form being submitted now is being saved. */
    function changed() {
        return Array.prototype.some.call(forms(), function (form) {
            return form !== submitted && loaded[form.id] !== undefined && loaded[form.id] !== state(form);
        });
    }

    // what a form holds is taken as saved the moment the user first turns to it: by then every widget has set up its
    // fields; a form that comes back with errors holds what was not saved yet
    window.addEventListener('load', function () {
        Array.prototype.forEach.call(forms(), function (form) {
            if (form.querySelector('.ui-message-error')) {
                loaded[form.id] = 'unsaved';
            }
        });
    });
    ['focusin', 'pointerdown', 'keydown'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var form = event.target.closest ? event.target.closest('form.warn-unsaved') : null;
            if (form && loaded[form.id] === undefined) {
                loaded[form.id] = state(form);
            }
        }, true);
    });
    document.addEventListener('submit', function (event) {
        submitted = event.target;
    }, true);
    window.addEventListener('beforeunload', function (event) {
        if (changed()) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    /** For the browser tests and for anyone curious: whether leaving now would warn. */
    window.ropaUnsavedChanges = changed;
}());
