import browser from 'webextension-polyfill';

/**
 * The tab whose page "This page" describes: the active tab when opened as the toolbar popup,
 * `?tab=<id>` when opened in a tab for a page, and none when opened as a tab of its own.
 */
export async function findTargetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self) return null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
