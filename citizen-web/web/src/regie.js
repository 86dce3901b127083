/* regie.js: progressive enhancement for regie-server's inwoner pages. Plain ES2017, no
 * build step. Every page works fully without it; this only
 *   (a) refreshes the parts of the page marked with data-live when the server pushes an
 *       event over Server-Sent Events (/events), and says so in the polite live region;
 *   (b) warns before the session times out and lets the inwoner stay logged in.
 *
 * Page contract (set by the server-rendered HTML, citizen-web/pages/PageKit.cpp):
 *   <body data-sessie="actief" data-idle-warning-seconds="780" data-idle-timeout-seconds="900">
 *                                   a logged-in page: enables (a) and (b)
 *   <span data-live="saldo">        a live part: after an event, the element with the same
 *                                   data-live value (and the same position among those) in a
 *                                   fresh copy of this page replaces it when it differs
 *   <div aria-live="polite" data-live="aankondiging">
 *                                   where updates are announced (created when missing)
 *   <html lang="en">                English texts instead of Dutch
 */
(function () {
  'use strict';

  var TEXTS = {
    nl: {
      'saldo': 'Je saldo is bijgewerkt.',
      'verzoek': 'Je verzoek is bijgewerkt.',
      'melding': 'Je hebt een nieuw bericht.',
      'reservering': 'Je potjes zijn bijgewerkt.',
      'default': 'De pagina is bijgewerkt.',
      'idleTitle': 'Ben je er nog?',
      'idleText': 'Je wordt over {n} minuten uitgelogd. Wil je ingelogd blijven?',
      'idleButton': 'Ja, ingelogd blijven',
      'idleKept': 'Je blijft ingelogd.'
    },
    en: {
      'saldo': 'Your balance has been updated.',
      'verzoek': 'Your request has been updated.',
      'melding': 'You have a new message.',
      'reservering': 'Your pots have been updated.',
      'default': 'This page has been updated.',
      'idleTitle': 'Are you still there?',
      'idleText': 'You will be logged out in {n} minutes. Do you want to stay logged in?',
      'idleButton': 'Yes, stay logged in',
      'idleKept': 'You are still logged in.'
    }
  };

  // Bounds: no loop or retry in this file runs without one.
  var REFRESH_DEBOUNCE_MS = 250;
  var MAX_PAGE_BYTES = 2 * 1024 * 1024;
  var MAX_RECONNECTS = 20;
  var RECONNECT_BASE_MS = 2000;
  var RECONNECT_MAX_MS = 60000;
  var DEFAULT_WARNING_BEFORE_SECONDS = 120;
  var IDLE_POLL_MAX_MS = 60000;
  var IDLE_POLL_MIN_MS = 5000;

  function texts() {
    var lang = (document.documentElement.lang || 'nl').slice(0, 2).toLowerCase();
    return TEXTS[lang] || TEXTS.nl;
  }

  // ---- Announcements ----------------------------------------------------------------

  function liveRegion() {
    var region = document.querySelector('[data-live="' + ANNOUNCER + '"]');
    if (region) return region;
    region = document.createElement('div');
    region.className = 'regie-live';
    region.setAttribute('data-live', ANNOUNCER);
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.appendChild(region);
    return region;
  }

  function announce(message) {
    var region = liveRegion();
    // Clearing first makes screen readers repeat an identical message.
    region.textContent = '';
    window.setTimeout(function () { region.textContent = message; }, 100);
  }

  function messageFor(kind) {
    var t = texts();
    var prefix = String(kind || '').split('.')[0];
    return t[prefix] || t['default'];
  }

  // ---- (a) Realtime -------------------------------------------------------------------

  var ANNOUNCER = 'aankondiging';

  function liveElements(root) {
    return Array.prototype.slice.call(root.querySelectorAll('[data-live]'))
      .filter(function (el) { return el.getAttribute('data-live') !== ANNOUNCER; });
  }

  // Pairs each live element with its counterpart in the fresh page: same data-live value,
  // same position among the elements with that value.
  function counterparts(fresh) {
    var groups = {};
    liveElements(fresh).forEach(function (el) {
      var key = el.getAttribute('data-live');
      (groups[key] = groups[key] || []).push(el);
    });
    return groups;
  }

  // Keeps keyboard users where they were: the element with the same id, name or href in
  // the new fragment gets the focus back.
  function focusKey(element) {
    if (!element || element === document.body) return null;
    if (element.id) return '#' + CSS.escape(element.id);
    var tag = element.tagName.toLowerCase();
    if (element.getAttribute('name')) return tag + '[name="' + CSS.escape(element.getAttribute('name')) + '"]';
    if (element.getAttribute('href')) return tag + '[href="' + CSS.escape(element.getAttribute('href')) + '"]';
    return null;
  }

  function replaceFragments(fresh) {
    var freshGroups = counterparts(fresh);
    var seen = {};
    var replaced = 0;
    liveElements(document).forEach(function (old) {
      var key = old.getAttribute('data-live');
      var index = seen[key] = (seen[key] === undefined ? 0 : seen[key] + 1);
      var next = (freshGroups[key] || [])[index];
      if (!next || old.outerHTML === next.outerHTML) return;
      if (old.parentNode === null || !document.contains(old)) return; // inside a replaced parent
      // An inwoner typing in a form inside the fragment would lose their input.
      var active = document.activeElement;
      var hadFocus = active && old.contains(active);
      if (hadFocus && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName)) return;
      var focusSelector = hadFocus ? focusKey(active) : null;
      var imported = document.importNode(next, true);
      imported.classList.add('regie-bijgewerkt');
      old.replaceWith(imported);
      replaced++;
      if (focusSelector) {
        var target = imported.matches(focusSelector) ? imported : imported.querySelector(focusSelector);
        if (target) target.focus();
      }
    });
    return replaced;
  }

  var pendingKinds = [];
  var refreshTimer = null;
  var refreshing = false;

  function scheduleRefresh(kind) {
    if (pendingKinds.indexOf(kind) < 0 && pendingKinds.length < 32) pendingKinds.push(kind);
    if (refreshTimer === null) refreshTimer = window.setTimeout(refresh, REFRESH_DEBOUNCE_MS);
  }

  function refresh() {
    refreshTimer = null;
    if (refreshing) { refreshTimer = window.setTimeout(refresh, REFRESH_DEBOUNCE_MS); return; }
    var kinds = pendingKinds;
    pendingKinds = [];
    if (kinds.length === 0) return;
    refreshing = true;
    var url = window.location.pathname + window.location.search;
    fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        // A redirect (session ended) or an error page is not this page: leave it alone.
        var landed = new URL(response.url, window.location.href);
        if (!response.ok || landed.pathname !== window.location.pathname) return null;
        var length = Number(response.headers.get('Content-Length') || '0');
        if (length > MAX_PAGE_BYTES) return null;
        return response.text();
      })
      .then(function (html) {
        if (!html || html.length > MAX_PAGE_BYTES) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        if (replaceFragments(fresh) > 0) announce(messageFor(kinds[0]));
      })
      .catch(function () { /* the next event tries again */ })
      .then(function () { refreshing = false; });
  }

  function onEvent(message) {
    var data;
    try { data = JSON.parse(message.data); } catch (e) { return; }
    if (!data || typeof data.kind !== 'string') return;
    scheduleRefresh(data.kind);
  }

  var reconnects = 0;

  function connect() {
    if (!('EventSource' in window)) return;
    var source = new EventSource('/events');
    var everOpened = false;
    source.addEventListener('open', function () {
      // Events sent while we were away are lost: catch up once after a reconnect, both
      // the browser's own (same source, e.g. the instance went away and the load balancer
      // sent us to another) and ours (a new source).
      if (reconnects > 0 || everOpened) scheduleRefresh('');
      everOpened = true;
      reconnects = 0;
    });
    source.addEventListener('message', onEvent);
    source.addEventListener('error', function () {
      // EventSource retries by itself while the stream is retryable; when it gives up
      // (CLOSED), retry with backoff a bounded number of times.
      if (source.readyState !== EventSource.CLOSED) return;
      source.close();
      if (reconnects >= MAX_RECONNECTS) return;
      reconnects++;
      var delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * Math.pow(2, reconnects - 1));
      if (!everOpened && reconnects > 3) return; // the server refuses us: stop asking
      window.setTimeout(connect, delay);
    });
  }

  // ---- (b) Idle warning -------------------------------------------------------------

  var dialog = null;

  function buildDialog() {
    var t = texts();
    var d = document.createElement('dialog');
    d.className = 'regie-dialoog';
    d.setAttribute('role', 'alertdialog');
    d.setAttribute('aria-labelledby', 'regie-idle-title');
    d.setAttribute('aria-describedby', 'regie-idle-text');
    var h = document.createElement('h2');
    h.id = 'regie-idle-title';
    h.className = 'utrecht-heading-2';
    h.textContent = t.idleTitle;
    var p = document.createElement('p');
    p.id = 'regie-idle-text';
    p.className = 'utrecht-paragraph';
    p.textContent = t.idleText.replace('{n}', String(Math.max(1, Math.round(warningBeforeSeconds() / 60))));
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'utrecht-button utrecht-button--primary-action';
    b.textContent = t.idleButton;
    b.addEventListener('click', stayLoggedIn);
    d.appendChild(h);
    d.appendChild(p);
    d.appendChild(b);
    document.body.appendChild(d);
    return d;
  }

  function showWarning() {
    if (!dialog) dialog = buildDialog();
    if (dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.querySelector('button').focus();
  }

  function hideWarning() {
    if (!dialog || !dialog.open) return;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  }

  function stayLoggedIn() {
    // Any authenticated page request counts as activity for the server.
    fetch(window.location.pathname + window.location.search,
          { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function () {
        hideWarning();
        announce(texts().idleKept);
        pollIdle();
      })
      .catch(function () { pollIdle(); });
  }

  var idleTimer = null;

  // The server says when it warns (idle warning after 13 of 15 minutes): warn that long
  // before the end.
  function warningBeforeSeconds() {
    var body = document.body;
    var timeout = Number(body.getAttribute('data-idle-timeout-seconds'));
    var warning = Number(body.getAttribute('data-idle-warning-seconds'));
    if (timeout > 0 && warning > 0 && warning < timeout) return timeout - warning;
    return DEFAULT_WARNING_BEFORE_SECONDS;
  }

  function scheduleIdlePoll(ms) {
    if (idleTimer !== null) window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(pollIdle, Math.max(IDLE_POLL_MIN_MS, Math.min(IDLE_POLL_MAX_MS, ms)));
  }

  function pollIdle() {
    idleTimer = null;
    fetch('/sessie/status', { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) return { idleSecondsLeft: 0 };
        if (!response.ok) return null;
        return response.json();
      })
      .then(function (status) {
        if (!status || typeof status.idleSecondsLeft !== 'number') { scheduleIdlePoll(IDLE_POLL_MAX_MS); return; }
        var left = status.idleSecondsLeft;
        if (left <= 0) {
          // The server shows the "you were logged out" page on the next request.
          window.location.reload();
          return;
        }
        var before = warningBeforeSeconds();
        if (left <= before) {
          showWarning();
          scheduleIdlePoll(left * 1000);
        } else {
          hideWarning();
          scheduleIdlePoll((left - before) * 1000);
        }
      })
      .catch(function () { scheduleIdlePoll(IDLE_POLL_MAX_MS); });
  }

  function start() {
    if (!document.body.hasAttribute('data-sessie')) return;
    if (liveElements(document).length > 0) connect();
    pollIdle();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
