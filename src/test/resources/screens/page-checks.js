// What a reader of the page would stumble over, measured in the browser (run by de.ropa.testing.PageChecks):
// text clipped inside an input, a menu label or a table cell, and words broken in the middle without a hyphen.
// Answers one line per problem.
const problems = [];
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const name = e => {
    const id = e.id || (e.closest('[id]') || {}).id || '';
    return e.tagName.toLowerCase() + (id ? '#' + id : '');
};
const excerpt = text => text.replace(/\s+/g, ' ').trim().slice(0, 60);
const clipped = e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0;

document.querySelectorAll('input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search],'
        + ' input[type=password], input[type=number]').forEach(e => {
    if (shown(e) && e.value && clipped(e)) {
        problems.push('clipped input ' + name(e) + ': "' + excerpt(e.value) + '"');
    }
});
document.querySelectorAll('.ui-selectonemenu-label, .ui-selectcheckboxmenu-label, .ui-chips-token-label, td, th, label,'
        + ' legend, button, .ui-button-text, h1, h2, h3, .tile-label').forEach(e => {
    if (!shown(e) || !clipped(e) || e.closest('.sr-only, .ui-helper-hidden-accessible')) {
        return; // text for screen readers only is clipped on purpose
    }
    const overflow = getComputedStyle(e).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') {
        return;
    }
    const text = e.value !== undefined && e.tagName === 'INPUT' ? e.value : e.textContent;
    if (text && text.trim()) {
        problems.push('clipped ' + name(e) + ': "' + excerpt(text) + '"');
    }
});

// a word whose letters stand on two lines was broken; hyphenation would show a hyphen, which the browser does not
// expose, so every break inside a word counts
const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
const broken = new Set();
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !shown(parent) || parent.closest('script, style, .ui-helper-hidden-accessible, .sr-only, code')) {
        continue;
    }
    const words = /[\p{L}\p{N}][\p{L}\p{N}.\-]{3,}/gu;
    let match;
    while ((match = words.exec(node.data)) !== null) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
        // a hyphenated compound may break after its own hyphen ("Auftrags-verarbeiter"); anything else is a mid-word break
        if (lines.size > 1 && !/-/.test(match[0])) {
            broken.add(name(parent) + ': "' + match[0] + '"');
        }
    }
}
broken.forEach(b => problems.push('word broken ' + b));
return problems;
