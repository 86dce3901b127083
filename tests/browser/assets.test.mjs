// The built front-end assets on their own (no regie-server needed): a page in the same
// layout as citizen-web/pages/PageKit.cpp, served with the real assets by a small loopback
// server that also speaks the two protocols regie.js uses (/events, /sessie/status).
// Checks: axe WCAG 2.1 AA (incl. the green badge contrast fix), the Utrecht theme and Noto
// Sans are really applied, reflow at 320 px and 200%, the realtime update without reload,
// and the idle-timeout dialog operated by keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, expectNoAxeViolations, expectReflow, screenshot, tabTo, byText } from './lib.mjs';

const assetsDir = process.env.REGIE_ASSETS;
const MIME = { '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.txt': 'text/plain' };

const state = { saldo: '€ 120,00', idleSecondsLeft: 900, pageGets: 0, streams: new Set() };

function page() {
  const badges = ['success', 'active', 'safe', 'valid', 'warning', 'danger', 'error', 'neutral', 'invalid', 'inactive']
    .map((s) => `<span class="utrecht-status-badge utrecht-status-badge--${s}">Status ${s}</span>`).join(' ');
  return `<!DOCTYPE html>
<html lang="nl" class="utrecht-root utrecht-theme"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Overzicht - Regie</title>
<link rel="stylesheet" href="/assets/utrecht/index.css"><link rel="stylesheet" href="/assets/regie.css">
<script src="/assets/regie.js" defer></script></head>
<body class="utrecht-body utrecht-document" data-sessie="actief" data-idle-warning-seconds="780" data-idle-timeout-seconds="900">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de inhoud</a><div class="utrecht-page">
<header class="utrecht-page-header"><div class="utrecht-page-header__content">
<p class="utrecht-paragraph regie-logo"><a class="utrecht-link" href="/">Gemeente Utrecht <span class="regie-logo__naam">Regie</span></a></p>
<nav class="utrecht-nav-bar" aria-label="Hoofdmenu"><ul class="utrecht-nav-list">
<li class="utrecht-nav-list__item"><a class="utrecht-nav-list__link utrecht-link" href="/overzicht" aria-current="page">Overzicht</a></li>
<li class="utrecht-nav-list__item"><a class="utrecht-nav-list__link utrecht-link" href="/opnemen">Geld opnemen</a></li>
<li class="utrecht-nav-list__item"><a class="utrecht-nav-list__link utrecht-link" href="/verzoeken">Mijn verzoeken</a></li>
<li class="utrecht-nav-list__item"><a class="utrecht-nav-list__link utrecht-link" href="/berichten">Berichten <span class="utrecht-number-badge" data-live="ongelezen"></span></a></li>
</ul></nav></div></header>
<main id="inhoud" class="utrecht-page-content" tabindex="-1">
<h1 class="utrecht-heading-1">Je geld</h1>
<p class="utrecht-paragraph">Op je beheerrekening staat <strong class="regie-bedrag" data-live="saldo">${state.saldo}</strong>.</p>
<p class="utrecht-paragraph">${badges}</p>
<ul class="regie-kaarten">
<li class="regie-kaart"><h2 class="utrecht-heading-2">Kleding en schoenen voor de winter</h2>
<p class="utrecht-paragraph">In dit potje: <span class="regie-bedrag">€ 300,00</span></p>
<p class="utrecht-paragraph regie-voortgang"><progress max="100" value="60" aria-label="Gespaard voor je doel">60%</progress> Je hebt 60% van je doel.</p></li>
<li class="regie-kaart"><h2 class="utrecht-heading-2">Verjaardagen</h2><p class="utrecht-paragraph">In dit potje: <span class="regie-bedrag">€ 1.234.567,89</span></p></li>
</ul>
<form method="post" action="/opnemen/1"><div class="utrecht-form-field utrecht-form-field--text utrecht-form-field--invalid">
<p class="utrecht-form-field__label"><label class="utrecht-form-label" for="bedrag">Bedrag in euro</label></p>
<div class="utrecht-form-field-error-message" id="bedrag-fout">Er staat niet genoeg geld in dit potje.</div>
<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid" id="bedrag" name="bedrag" aria-describedby="bedrag-fout" aria-invalid="true" inputmode="decimal"></p></div>
<button type="submit" class="utrecht-button utrecht-button--primary-action">Verder</button></form>
<div class="regie-live" aria-live="polite" data-live="aankondiging"></div></main>
<footer class="utrecht-page-footer"><div class="utrecht-page-footer__content"><ul class="utrecht-link-list utrecht-link-list--html-ul">
<li class="utrecht-link-list__item"><a class="utrecht-link" href="/toegankelijkheid">Toegankelijkheid</a></li></ul></div></footer>
</div></body></html>`;
}

let server;
let base;
let browser;

function serveAsset(res, url) {
  const file = path.normalize(path.join(assetsDir, decodeURIComponent(url.pathname.slice('/assets/'.length))));
  if (!file.startsWith(path.resolve(assetsDir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}

function push(event) {
  for (const res of state.streams) res.write(`data: ${JSON.stringify(event)}\n\n`);
}

before(async () => {
  assert.ok(assetsDir && fs.existsSync(path.join(assetsDir, 'regie.js')),
    `REGIE_ASSETS must point at built assets (citizen-web/web/build-assets.sh OUTDIR); got ${assetsDir}`);
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname.startsWith('/assets/')) return serveAsset(res, url);
    if (url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': hallo\n\n');
      state.streams.add(res);
      req.on('close', () => state.streams.delete(res));
      return undefined;
    }
    if (url.pathname === '/sessie/status') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ idleSecondsLeft: state.idleSecondsLeft }));
      return undefined;
    }
    if (url.pathname === '/overzicht') {
      state.pageGets++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
      return undefined;
    }
    res.writeHead(404).end();
    return undefined;
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  for (const res of state.streams) res.end();
  if (server) await new Promise((resolve) => server.close(resolve));
});

test('the assets page has no WCAG 2.1 AA violations, green badges included', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const p = await context.newPage();
  await p.goto(`${base}/overzicht`);
  await expectNoAxeViolations(p, 'assets fixture');
  await screenshot(p, 'assets-fixture');
  await context.close();
});

test('the Utrecht theme and Noto Sans are applied', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${base}/overzicht`);
  await p.evaluate(() => document.fonts.ready);
  const style = await p.evaluate(() => ({
    family: getComputedStyle(document.body).fontFamily,
    loaded: document.fonts.check('16px "Noto Sans Variable"'),
    token: getComputedStyle(document.documentElement).getPropertyValue('--utrecht-color-green-30').trim(),
  }));
  assert.match(style.family, /Noto Sans/, 'body font is not Noto Sans: are tokens.css and fonts imported by regie.css?');
  assert.ok(style.loaded, 'Noto Sans Variable did not load from /assets/fonts');
  assert.ok(style.token.length > 0, 'Utrecht design tokens are missing');
  await context.close();
});

test('reflow at 320 px and 200% zoom', async () => {
  await expectReflow(browser, `${base}/overzicht`, 'assets fixture', [], async (p, name) => {
    const visible = await p.locator('button:has-text("Verder")').isVisible();
    assert.ok(visible, `submit button not reachable at ${name}`);
    await screenshot(p, `assets-fixture-${name}`);
  });
});

test('realtime: a pushed event updates the balance within 2 s without a reload', async () => {
  state.idleSecondsLeft = 900;
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${base}/overzicht`);
  await p.evaluate(() => { window.regieNoReload = true; });
  await p.waitForFunction(() => true);
  for (let i = 0; i < 50 && state.streams.size === 0; i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(state.streams.size > 0, 'regie.js did not open /events');
  state.saldo = '€ 85,00';
  const started = Date.now();
  push({ kind: 'saldo.gewijzigd', objectId: '' });
  await p.waitForFunction(() => document.querySelector('[data-live="saldo"]').textContent === '€ 85,00', null, { timeout: 2000 });
  assert.ok(Date.now() - started < 2000);
  assert.equal(await p.evaluate(() => window.regieNoReload), true, 'the page was reloaded');
  await p.waitForFunction(() => document.querySelector('[data-live="aankondiging"]').textContent === 'Je saldo is bijgewerkt.',
    null, { timeout: 2000 });
  await context.close();
  state.saldo = '€ 120,00';
});

test('idle warning: a dialog 2 minutes before logout, kept logged in by keyboard', async () => {
  state.idleSecondsLeft = 110;
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${base}/overzicht`);
  const dialog = p.locator('dialog.regie-dialoog');
  await dialog.waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await dialog.getAttribute('role'), 'alertdialog');
  assert.match(await dialog.textContent(), /Je wordt over 2 minuten uitgelogd\. Wil je ingelogd blijven\?/);
  await expectNoAxeViolations(p, 'idle dialog');
  await screenshot(p, 'assets-idle-dialog');
  const focused = await p.evaluate(() => document.activeElement.textContent);
  assert.equal(focused, 'Ja, ingelogd blijven', 'the dialog button does not have the focus');
  state.idleSecondsLeft = 900;
  const getsBefore = state.pageGets;
  await p.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden', timeout: 3000 });
  assert.ok(state.pageGets > getsBefore, 'staying logged in made no request');
  await tabTo(p, byText('Overzicht'), 'navigation after the dialog'); // the page is usable again
  await context.close();
});
