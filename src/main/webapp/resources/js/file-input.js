/* File choices (spreadsheets/import.xhtml): the browser's own file input stays in the page for keyboard and screen
   readers, drawn as the label button beside it; this names the chosen file in the page's language. */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains('file-input')) {
        return;
    }
    var name = input.closest('.file-choice').querySelector('.file-name');
    name.textContent = input.files && input.files.length ? input.files[0].name : name.getAttribute('data-none');
});
