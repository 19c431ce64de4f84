// The docs page's own script (inlined, allowed by its CSP hash): switches between Redoc's reference and the
// permission matrix / key builder views, filters their lists, and computes the key's least-privilege
// permissions: the sorted, deduplicated union of the ticked operations' permissions (as permissionsFor does).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('docs-data').textContent);
  var views = { '#/permissions': 'permissions', '#/key-builder': 'key-builder' };

  function showView() {
    var active = views[location.hash] || 'reference';
    document.querySelectorAll('[data-view]').forEach(function (el) { el.hidden = el.getAttribute('data-view') !== active; });
    var redoc = document.getElementById('redoc');
    if (redoc) redoc.hidden = active !== 'reference';
    document.querySelectorAll('[data-view-link]').forEach(function (a) {
      if (a.getAttribute('data-view-link') === active) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    if (active !== 'reference') window.scrollTo(0, 0);
  }

  /** The least-privilege permission list of the given operationIds. */
  function permissionsFor(operationIds) {
    var seen = {};
    var out = [];
    operationIds.forEach(function (id) {
      (data.operations[id] || []).forEach(function (p) { if (!seen[p]) { seen[p] = true; out.push(p); } });
    });
    return out.sort();
  }

  function selected() {
    return Array.prototype.map.call(document.querySelectorAll('input[data-operation]:checked'), function (box) {
      return box.getAttribute('data-operation');
    });
  }

  function update() {
    var perms = permissionsFor(selected());
    var list = document.getElementById('key-builder-result');
    list.textContent = '';
    perms.forEach(function (p) {
      var li = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = p;
      li.appendChild(code);
      list.appendChild(li);
    });
    document.getElementById('key-builder-count').textContent = String(perms.length);
    document.getElementById('key-builder-text').value = perms.join('\n');
    document.getElementById('key-builder-empty').hidden = selected().length > 0;
    var code = document.getElementById('key-builder-code');
    var ids = selected().map(function (id) { return "'" + id + "'"; }).join(', ');
    code.textContent = "import { permissionsFor } from '" + code.getAttribute('data-module') + "';\n\n" +
      'permissionsFor([' + ids + ']);\n// → [' + perms.map(function (p) { return "'" + p + "'"; }).join(', ') + ']';
  }

  function filter(input, rows) {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = (row.getAttribute('data-search') || row.textContent).toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      if (match) row.removeAttribute('data-filtered-out');
      else row.setAttribute('data-filtered-out', '');
    });
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[data-operation]')) update();
  });
  document.getElementById('builder-filter').addEventListener('input', function (event) {
    filter(event.target, document.querySelectorAll('.docs-builder-ops li'));
  });
  document.getElementById('matrix-filter').addEventListener('input', function (event) {
    filter(event.target, document.querySelectorAll('tr[data-permission]'));
  });
  document.getElementById('builder-clear').addEventListener('click', function () {
    document.querySelectorAll('input[data-operation]:checked').forEach(function (box) { box.checked = false; });
    update();
  });
  document.getElementById('key-builder-copy').addEventListener('click', function () {
    var text = document.getElementById('key-builder-text');
    var status = document.getElementById('key-builder-status');
    var count = text.value ? text.value.split('\n').length : 0;
    function done() { status.textContent = 'Copied ' + count + ' permission' + (count === 1 ? '' : 's') + '.'; }
    function fallback() { text.select(); document.execCommand('copy'); done(); }
    if (navigator.clipboard) navigator.clipboard.writeText(text.value).then(done, fallback);
    else fallback();
  });
  /**
   * Accessibility fixes Redoc's options cannot make, applied to its DOM as it renders (React keeps these
   * attributes, which it never sets itself, across re-renders): its sidebar becomes a navigation landmark (its
   * content is already in a <main>); the example picker's accessible name ("Example") must contain its visible
   * text (the example's summary); an operation's section headings (h4 Request/Responses, h5 under them, after
   * the h2 title) get the levels 3 and 4 they stand for.
   */
  function fixRedocAccessibility(root) {
    root.querySelectorAll('.menu-content:not([role])').forEach(function (nav) {
      nav.setAttribute('role', 'navigation');
      nav.setAttribute('aria-label', 'Reference sections');
    });
    root.querySelectorAll('button[aria-label="Example"][aria-haspopup]').forEach(function (b) {
      b.setAttribute('aria-label', 'Example: ' + b.textContent.trim());
    });
    root.querySelectorAll('h4:not([aria-level])').forEach(function (h) { h.setAttribute('aria-level', '3'); });
    root.querySelectorAll('h5:not([aria-level])').forEach(function (h) { h.setAttribute('aria-level', '4'); });
  }
  var redocRoot = document.getElementById('redoc');
  if (redocRoot && window.MutationObserver) {
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; fixRedocAccessibility(redocRoot); });
    }).observe(redocRoot, { childList: true, subtree: true });
    fixRedocAccessibility(redocRoot);
  }

  window.addEventListener('hashchange', showView);
  showView();
  update();
})();
