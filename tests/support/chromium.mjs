/** Launches Debian's Chromium with the built extension, headless, in a fresh profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

export const EXTENSION_DIR = resolve('dist/chrome');

export async function launchWithExtension({ profileDir, headless = true } = {}) {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'newsmark-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1100, height: 900 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    popupUrl: (query = '') => `chrome-extension://${extensionId}/popup.html${query}`,
    /** The browser's id for the tab showing `page`. */
    // Tab URLs are hidden from an extension without the "tabs" permission, which Newsmark
    // does not ask for: bring the page to the front and take the active tab instead.
    tabIdOf: async (page) => {
      await page.bringToFront();
      const [id] = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id));
      if (id === undefined) throw new Error(`no tab for ${page.url()}`);
      return id;
    },
    close: async () => {
      await context.close();
      if (!profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The page's text as served, parsed without any extension: what the reader's page must still say. */
export async function pristineBodyText(page) {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.textContent;
  });
}

/** Selects the exact `phrase` inside the first element matching `selector`, as a reader's drag would. */
export async function selectPhrase(page, selector, phrase) {
  const box = await page.evaluate(({ selector, phrase }) => {
    const root = document.querySelector(selector);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.data;
    }
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`phrase not found: ${phrase}`);
    const locate = (offset) => {
      let found = nodes[0];
      for (const entry of nodes) if (entry.start <= offset) found = entry;
      return [found.node, offset - found.start];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + phrase.length));
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const r = range.getBoundingClientRect();
    return { x: r.right - 2, y: r.top + r.height / 2 };
  }, { selector, phrase });
  await page.mouse.move(box.x, box.y);
  await page.mouse.up();
}

/** The in-page note form: an extension-origin frame with "Note", "Tags" and "Save". */
export function noteFrame(page) {
  return page.frameLocator('iframe[title="Newsmark note"]');
}

/** Select → Save highlight → Note (→ Tags) → Save, as a reader does it; waits for the confirmation. */
export async function saveSelectionWithNote(page, selector, phrase, note, tags) {
  await selectPhrase(page, selector, phrase);
  await page.getByRole('button', { name: 'Save highlight' }).click();
  const frame = noteFrame(page);
  await frame.getByRole('textbox', { name: 'Note' }).fill(note);
  if (tags) await frame.getByRole('textbox', { name: 'Tags' }).fill(tags);
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved to Newsmark' }).waitFor();
}

/**
 * The hover card's text as assistive technology reads it. The card lives in a closed shadow
 * root (page scripts cannot read a reader's note there), so it is read from the browser's
 * accessibility tree over CDP; '' when no card is shown.
 */
export async function hoverCardText(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const card = nodes.find((n) => n.role?.value === 'tooltip' && !n.ignored);
    if (!card) return '';
    const parts = [];
    const visit = (node) => {
      if (node.role?.value === 'StaticText' && node.name?.value) parts.push(node.name.value);
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) visit(child);
      }
    };
    visit(card);
    return parts.join(' ');
  } finally {
    await cdp.detach();
  }
}

/** Waits until the hover card's text matches `pattern`; returns the text. */
export async function waitForHoverCard(page, pattern, timeout = 5000) {
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = await hoverCardText(page);
    if (pattern.test(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`hover card never matched ${pattern}; last text: ${JSON.stringify(text)}`);
}

/** Clicks a button in the hover card (closed shadow root) where a reader would: found by its accessible name. */
export async function clickInHoverCard(page, name) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name && !n.ignored);
    if (!button?.backendDOMNodeId) throw new Error(`no button named ${name} in the hover card`);
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 4 });
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** Waits until the page's people have been checked against the sanctions lists (the card shows the result). */
export async function waitForSanctionsCheck(page) {
  await page.waitForFunction(() => performance.getEntriesByName('newsmark:sanctions-checked').length > 0);
}
