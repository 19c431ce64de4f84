// The docs page's own script (inlined, allowed by its CSP hash): switches between Redoc's reference and the
// permission matrix / key builder views, filters their lists, and computes the key's least-privilege
// permissions: the sorted, deduplicated union of the ticked operations' permissions (as permissionsFor does).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('docs-data').textContent);
  var views = { '#/permissions': 'permissions', '#/key-builder': 'key-builder', '#/changes': 'changes', '#/audit': 'audit' };

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
  /**
   * The operations an audit report (`npx <package> audit --format json`) lists: those needing a permission, those
   * taking another credential, needing none, or deprecated. Returns null when the text is not such a report.
   */
  function reportOperations(text) {
    var report;
    try { report = JSON.parse(text); } catch (e) { return null; }
    if (!report || typeof report !== 'object' || !Array.isArray(report.permissions)) return null;
    var ids = [];
    report.permissions.forEach(function (p) {
      (p && Array.isArray(p.operations) ? p.operations : []).forEach(function (id) { ids.push(id); });
      (p && Array.isArray(p.callSites) ? p.callSites : []).forEach(function (c) { if (c && c.operation) ids.push(c.operation); });
    });
    ['otherCredentials', 'noPermission', 'deprecated'].forEach(function (key) {
      (Array.isArray(report[key]) ? report[key] : []).forEach(function (o) { if (o && o.operation) ids.push(o.operation); });
    });
    return ids.filter(function (id, i) { return typeof id === 'string' && ids.indexOf(id) === i; });
  }

  /** Ticks the operations of the report `text` and says what it did (and which names it did not know). */
  function importReport(text) {
    var status = document.getElementById('builder-import-status');
    var ids = reportOperations(text);
    if (ids === null) {
      status.textContent = 'This is not an audit report: expected the JSON of `audit --format json` (an object with a "permissions" list).';
      return;
    }
    var ticked = 0;
    var unknown = [];
    ids.forEach(function (id) {
      var box = document.querySelector('input[data-operation="' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"]');
      if (!box) { unknown.push(id); return; }
      if (!box.checked) { box.checked = true; ticked++; }
    });
    update();
    status.textContent = 'Ticked ' + ticked + ' operation' + (ticked === 1 ? '' : 's') + ' from the report (' + ids.length + ' listed).' +
      (unknown.length ? ' Not in this API: ' + unknown.join(', ') + '.' : '');
  }

  document.getElementById('builder-import-apply').addEventListener('click', function () {
    importReport(document.getElementById('builder-import-text').value);
  });
  document.getElementById('builder-import-file').addEventListener('change', function (event) {
    var file = event.target.files && event.target.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () { importReport(String(reader.result)); };
    reader.readAsText(file);
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
