// End-to-end test of a rendered page in a real browser (Debian's chromium,
// headless, driven over the DevTools pipe): every entry is visible, the
// filters and the search hide and show entries, the keyboard works, nothing
// is requested from the network, print and phone layouts hold, and the page
// reads fully with JavaScript off. Saves screenshots into OUT_DIR.
//
//   node tests/browser/e2e.mjs ANNALS_BINARY OUT_DIR
//   node tests/browser/e2e.mjs --screenshot PAGE.html OUT.png [WIDTH HEIGHT]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { launch } from './cdp.mjs';

const TIMELINE = `annals: 1
title: China–United States (browser test)
pair: [CHN, USA]
events:
  - id: state-visit
    date: 2015-09
    qualifier: late
    status: held
    type: state-visit
    title: First state visit to the United States
    people: [Xi Jinping, Barack Obama]
    place: Washington
    sources:
      - file: articles/a.txt
        published: 2015-12-02
        outlet: Example Wire
        url: https://news.example.org/a
        phrase: late September
        quote: The president travelled to Washington in late September for talks.
  - id: paris-meeting
    date: 2015-W49
    status: held
    type: meeting
    title: Leaders meet at the climate conference
    place: Paris
  - id: cyber-dialogue
    date: 2015-12-01
    status: held
    type: dialogue
    title: First ministerial dialogue on cyber crime
    place: Washington
  - id: phone-call
    date: 2016-02-05
    status: held
    type: call
    title: Phone call about the peninsula
  - id: next-dialogue
    date: 2016-06
    status: planned
    type: dialogue
    title: Second dialogue on cyber security
    place: Beijing
  - id: trade-mission
    date: 2017-03
    status: cancelled
    type: visit
    title: Trade mission called off
    place: Beijing
`;
const ALL = ['state-visit', 'paris-meeting', 'cyber-dialogue', 'phone-call', 'next-dialogue',
  'trade-mission'];

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `: ${detail}`}`);
  if (!ok) failures++;
}
function same(actual, expected, what) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  check(a === e, what, `got ${a}, expected ${e}`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const VISIBLE_IDS = `Array.from(document.querySelectorAll('li.entry'))
  .filter((e) => e.getClientRects().length > 0).map((e) => e.id)`;

async function screenshotOnly(pageFile, outFile, width, height) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.send('Page.enable');
    await page.viewport(width, height);
    await page.goto(pathToFileURL(path.resolve(pageFile)).href);
    await page.screenshot(outFile, false);
  } finally {
    await browser.close();
  }
}

async function run(annals, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const yaml = path.join(outDir, 'timeline.yaml');
  fs.writeFileSync(yaml, TIMELINE);
  execFileSync(annals, ['render', yaml, '-o', path.join(outDir, 'site')], { stdio: 'inherit' });
  const url = pathToFileURL(path.join(outDir, 'site', 'index.html')).href;

  const browser = await launch();
  try {
    const page = await browser.newPage();
    const requests = [], problems = [];
    browser.on((m) => {
      if (m.sessionId !== page.sessionId) return;
      if (m.method === 'Network.requestWillBeSent') requests.push(m.params.request.url);
      if (m.method === 'Runtime.exceptionThrown') problems.push(m.params.exceptionDetails.text);
      if (m.method === 'Runtime.consoleAPICalled' && m.params.type === 'error') problems.push('console error');
      if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') problems.push(m.params.entry.text);
    });
    await page.send('Network.enable');
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    await page.send('Log.enable');
    await page.viewport(1280, 900);
    await page.goto(url);

    same(await page.eval(VISIBLE_IDS), ALL, 'every entry is visible');
    check(await page.eval(`document.querySelector('form.filters').getClientRects().length > 0`),
      'the script shows the filters');
    same(await page.eval(`document.querySelector('.shown').textContent`), 'Showing all 6 entries',
      'the status line counts every entry');
    await page.screenshot(path.join(outDir, 'e2e.png'));

    // Keyboard: Tab from the top reaches the skip link; Space toggles a filter.
    await page.press('Tab', 'Tab', 9);
    same(await page.eval(`document.activeElement.className`), 'skip', 'Tab reaches the skip link first');
    await page.press('Tab', 'Tab', 9);
    same(await page.eval(`document.activeElement.id`), 'annals-search', 'then the search box');
    await page.eval(`document.querySelector('input[name="type"][value="call"]').focus()`);
    await page.press(' ', 'Space', 32, ' ');
    same(await page.eval(VISIBLE_IDS), ALL.filter((id) => id !== 'phone-call'),
      'Space on a focused filter toggles it');
    await page.press(' ', 'Space', 32, ' ');
    same(await page.eval(VISIBLE_IDS), ALL, 'and Space again restores it');

    await page.click('input[name="type"][value="dialogue"]');
    same(await page.eval(VISIBLE_IDS), ['state-visit', 'paris-meeting', 'phone-call', 'trade-mission'],
      'unticking a type hides its entries');
    same(await page.eval(`document.querySelector('.shown').textContent`), 'Showing 4 of 6 entries',
      'the status line counts what is shown');
    await page.click('button[type="reset"]');
    await sleep(50);
    same(await page.eval(VISIBLE_IDS), ALL, '"Show everything" brings them back');

    await page.click('input[name="status"][value="planned"]');
    same(await page.eval(VISIBLE_IDS), ALL.filter((id) => id !== 'next-dialogue'),
      'unticking a status hides its entries');
    await page.click('#annals-search');
    await page.type('Beijing');
    await sleep(400);
    same(await page.eval(VISIBLE_IDS), ['trade-mission'], 'search and status filter combine');
    same(await page.eval(`Array.from(document.querySelectorAll('section.year'))
        .filter((s) => !s.hidden).map((s) => s.id)`), ['y2017'], 'years without matches are hidden');
    await page.click('input[name="status"][value="planned"]');
    same(await page.eval(VISIBLE_IDS), ['next-dialogue', 'trade-mission'], 'search finds places');

    // Print shows every entry and no controls, whatever the filters say.
    await page.send('Emulation.setEmulatedMedia', { media: 'print' });
    same(await page.eval(VISIBLE_IDS), ALL, 'print shows every entry');
    check(await page.eval(`document.querySelector('aside.tools').getClientRects().length === 0`),
      'print hides the controls');
    await page.send('Emulation.setEmulatedMedia', { media: '' });

    // Phone width: nothing wider than the screen.
    await page.viewport(390, 844, true);
    await sleep(100);
    check(await page.eval(`document.documentElement.scrollWidth <= 390`), 'no sideways scroll at phone width',
      String(await page.eval(`document.documentElement.scrollWidth`)));
    await page.screenshot(path.join(outDir, 'e2e-phone.png'), false);

    // Dark mode follows the system setting.
    await page.viewport(1280, 900);
    const light = await page.eval(`getComputedStyle(document.body).backgroundColor`);
    await page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const dark = await page.eval(`getComputedStyle(document.body).backgroundColor`);
    check(light !== dark, 'dark mode changes the colours', `${light} / ${dark}`);
    await page.screenshot(path.join(outDir, 'e2e-dark.png'), false);

    same(requests, [url], 'no request leaves the page');
    same(problems, [], 'no script errors or policy violations');

    // Without JavaScript the page still holds everything, and no dead controls.
    const plain = await browser.newPage();
    await plain.send('Page.enable');
    await plain.send('Emulation.setScriptExecutionDisabled', { value: true });
    await plain.viewport(1280, 900);
    await plain.goto(url);
    same(await plain.eval(VISIBLE_IDS), ALL, 'with JavaScript off every entry is visible');
    check(await plain.eval(`document.querySelector('form.filters').getClientRects().length === 0`),
      'with JavaScript off the filters are not shown');
  } finally {
    await browser.close();
  }
}

const timeout = setTimeout(() => {
  console.error('FAIL browser test timed out');
  process.exit(1);
}, 120000);
try {
  const args = process.argv.slice(2);
  if (args[0] === '--screenshot') {
    await screenshotOnly(args[1], args[2], Number(args[3] || 1280), Number(args[4] || 900));
  } else {
    if (args.length !== 2) throw new Error('usage: e2e.mjs ANNALS_BINARY OUT_DIR');
    await run(args[0], args[1]);
    console.log(failures ? `${failures} check(s) failed` : 'all browser checks passed');
  }
} catch (e) {
  console.error(`FAIL ${e.message}`);
  failures++;
}
clearTimeout(timeout);
process.exit(failures ? 1 : 0);
