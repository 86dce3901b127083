// Shared pieces of the browser suite (screenshots go to REGIE_SCREENSHOT_DIR, default docs/screenshots): Debian's chromium through playwright-core, axe-core
// with the WCAG 2.1 A/AA tags, reflow checks, screenshots and keyboard-only navigation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default || AxeBuilderModule;

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const screenshotDir = process.env.REGIE_SCREENSHOT_DIR || path.join(repoRoot, 'docs', 'screenshots');
export const CHROMIUM = process.env.REGIE_CHROMIUM || '/usr/bin/chromium';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const MAX_TABS = 80; // a page that needs more Tab presses than this is a finding too

// PLATFORM.md: without the background-networking flags chromium floods the closed network.
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function requireChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: run "apt-get install -y chromium fonts-noto-core" `
      + '(the README test command does), or set REGIE_CHROMIUM');
  }
}

// A fresh browser (playwright gives every launch its own temporary profile).
export async function launch() {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    `
    + v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${(n.failureSummary || '').replace(/\s+/g, ' ')}`).join('\n    '));
  assert.equal(results.violations.length, 0, `axe on ${label} (${page.url()}):\n  ${lines.join('\n  ')}`);
  return results.passes.length;
}

// WCAG 1.4.10: no horizontal scrolling of the page at 320 CSS px (= 1280 px at 400%).
export async function expectNoHorizontalScroll(page, label) {
  const m = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    offenders: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => !el.closest('.regie-verborgen, .regie-live, [aria-live]'))
      .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`),
  }));
  assert.ok(m.scroll <= m.client + 1,
    `${label}: page scrolls sideways (${m.scroll} > ${m.client} px); too wide: ${m.offenders.join(', ')}`);
}

// Runs check() at 320 px wide and at 200% zoom of a 1280 px window (640 CSS px, scale 2).
export async function expectReflow(browser, url, label, cookies = [], check = async () => {}) {
  for (const [name, viewport, scale] of [['320px', { width: 320, height: 640 }, 1], ['zoom200', { width: 640, height: 450 }, 2]]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
    if (cookies.length) await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(url);
    await expectNoHorizontalScroll(page, `${label} at ${name}`);
    await check(page, name);
    await context.close();
  }
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

// ---- Keyboard only ----------------------------------------------------------------------

async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', text: '', name: '', value: '', type: '', label: '' };
    const label = el.id ? (document.querySelector(`label[for="${CSS.escape(el.id)}"]`) || {}).textContent || '' : '';
    return {
      tag: el.tagName.toLowerCase(), text: (el.textContent || '').trim().replace(/\s+/g, ' '),
      name: el.getAttribute('name') || '', value: el.value || '', type: el.getAttribute('type') || '',
      href: el.getAttribute('href') || '', id: el.id || '', label: label.trim().replace(/\s+/g, ' '),
    };
  });
}

// Presses Tab until the focused element satisfies `match` (bounded), starting from the top.
export async function tabTo(page, match, what) {
  await page.evaluate(() => { if (document.activeElement) document.activeElement.blur(); window.getSelection().removeAllRanges(); });
  const seen = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await describeFocus(page);
    if (match(f)) return f;
    seen.push(`${f.tag}:${f.text || f.name || f.href}`.slice(0, 40));
  }
  throw new Error(`keyboard: "${what}" not reached with ${MAX_TABS} Tab presses on ${page.url()}; saw ${seen.slice(0, 25).join(' | ')}`);
}

export const byText = (text) => (f) => (f.tag === 'a' || f.tag === 'button') && f.text.includes(text);
export const byName = (name) => (f) => f.name === name;

// Activates a link or button with Enter and waits for the page it leads to.
export async function activate(page, match, what) {
  await tabTo(page, match, what);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

// Selects the radio whose label contains `labelText` in a group, with the arrow keys.
export async function chooseRadio(page, name, labelText) {
  await tabTo(page, byName(name), `radio group ${name}`);
  await page.keyboard.press('Space');
  for (let i = 0; i < 40; i++) {
    const f = await describeFocus(page);
    if (f.label.includes(labelText)) { await page.keyboard.press('Space'); return f; }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`keyboard: no option "${labelText}" in radio group ${name} on ${page.url()}`);
}

// Selects the n-th radio (0-based) in a group with the arrow keys.
export async function chooseRadioIndex(page, name, index) {
  await tabTo(page, byName(name), `radio group ${name}`);
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  return describeFocus(page);
}

export async function typeInto(page, name, text) {
  await tabTo(page, byName(name), `field ${name}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

// ---- regie-server -------------------------------------------------------------------------

import { spawn } from 'node:child_process';
import os from 'node:os';

// Starts `regie-server --demo` on a free loopback port with a fresh data folder and the
// built assets; resolves when it answers. REGIE_SERVER: the binary; REGIE_ASSETS: the assets.
export async function startServer() {
  const binary = process.env.REGIE_SERVER;
  const assets = process.env.REGIE_ASSETS;
  assert.ok(binary && fs.existsSync(binary), `REGIE_SERVER must point at the regie-server binary; got ${binary}`);
  assert.ok(assets && fs.existsSync(path.join(assets, 'regie.css')), `REGIE_ASSETS must point at built assets; got ${assets}`);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regie-browser-'));
  const args = ['--demo', '--listen', `127.0.0.1:${port}`, '--data', dataDir, '--assets', assets];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  let output = '';
  child.stdout.on('data', (d) => { output = (output + d).slice(-4000); });
  child.stderr.on('data', (d) => { output = (output + d).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000; // the demo data is generated on first start
  for (;;) {
    if (child.exitCode !== null) throw new Error(`regie-server exited with ${child.exitCode}:\n${output}`);
    try {
      const r = await fetch(`${base}/`);
      if (r.status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill(); throw new Error(`regie-server did not answer on ${base}:\n${output}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => { if (child.exitCode !== null) r(); else child.once('exit', r); });
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
