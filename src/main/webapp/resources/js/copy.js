/* Copy buttons (notices.xhtml): copies the text of the element named by data-copy-target and says so on the button.
   The clipboard API needs a secure context; elsewhere the text is selected and copied the older way. */
(function () {
    function copied(button) {
        var label = button.querySelector('.ui-button-text') || button;
        var before = label.textContent;
        label.textContent = button.getAttribute('data-copied');
        button.setAttribute('data-state', 'copied');
        setTimeout(function () { label.textContent = before; }, 2500);
    }

    function selectAndCopy(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        var done = document.execCommand && document.execCommand('copy');
        selection.removeAllRanges();
        return done;
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.copy-button') : null;
        if (!button) {
            return;
        }
        var target = document.getElementById(button.getAttribute('data-copy-target'));
        if (!target) {
            return;
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(target.textContent).then(function () { copied(button); },
                function () { if (selectAndCopy(target)) { copied(button); } });
        } else if (selectAndCopy(target)) {
            copied(button);
        }
    });
})();
