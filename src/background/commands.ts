import browser from 'webextension-polyfill';

/** Keyboard shortcuts (commands API) and the context menu, forwarded to the active page. */
export function installCommands(): void {
  browser.commands?.onCommand.addListener(async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const type = command === 'toggle-highlights' ? 'page/toggleHighlights' : command === 'save-selection' ? 'page/saveSelection' : null;
    if (type) await browser.tabs.sendMessage(tab.id, { type }).catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({ id: 'newsmark-save', title: 'Save to Newsmark', contexts: ['selection'] });
  });
  browser.contextMenus?.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== 'newsmark-save' || tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { type: 'page/saveSelection' }).catch(() => undefined);
  });
}
