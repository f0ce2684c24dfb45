/*
 * The searching pickers (PrimeFaces autoComplete, several values) show the chosen names as a list of tokens followed by
 * the search field. PrimeFaces marks that list as a horizontal listbox of options that also holds the search field, and
 * leaves it unnamed: screen readers then announce a selection list whose entries cannot be selected (axe:
 * aria-required-children, aria-required-parent, aria-allowed-attr, listitem). It is a plain list of the chosen names and
 * the field (named by the picker's label), so those roles go: on every page, and whenever a token is added.
 */
(function () {
    'use strict';

    function plainLists() {
        document.querySelectorAll('.ui-autocomplete-multiple-container[role="listbox"]').forEach(function (list) {
            list.removeAttribute('role');
            list.removeAttribute('aria-orientation');
        });
        document.querySelectorAll('.ui-autocomplete-multiple-container > li[role="option"]').forEach(function (token) {
            token.removeAttribute('role');
            token.removeAttribute('aria-selected');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        plainLists();
        new MutationObserver(function (changes) {
            if (changes.some(function (change) { return change.addedNodes.length > 0; })) {
                plainLists();
            }
        }).observe(document.body, {childList: true, subtree: true});
    });
}());
