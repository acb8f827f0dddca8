import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Library } from './Library.tsx';
import { ThisPage } from './ThisPage.tsx';
import { findTargetTab } from './targetTab.ts';

type TabId = 'page' | 'library';

export function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [active, setActive] = useState<TabId>('page');
  const tabRefs = { page: useRef<HTMLButtonElement>(null), library: useRef<HTMLButtonElement>(null) };

  const personParam = new URLSearchParams(location.search).get('person') ?? undefined;
  useEffect(() => {
    void findTargetTab().then((id) => {
      setTabId(id);
      if (id === null) setActive('library');
    });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: TabId = active === 'page' ? 'library' : 'page';
    setActive(next);
    tabRefs[next].current?.focus();
  };
  const tab = (id: TabId, label: string) => (
    <button
      ref={tabRefs[id]}
      role="tab"
      id={`tab-${id}`}
      aria-selected={active === id}
      aria-controls={`panel-${id}`}
      tabIndex={active === id ? 0 : -1}
      class="tab"
      onClick={() => setActive(id)}
    >
      {label}
    </button>
  );

  return (
    <div class="app">
      <header class="top">
        <div class="brand">
          <img src="icons/icon-32.png" alt="" width={20} height={20} />
          <span>Newsmark</span>
          <button type="button" class="link settings" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
        </div>
        <div role="tablist" aria-label="Views" class="tabs" onKeyDown={onKeyDown}>
          {tab('page', 'This page')}
          {tab('library', 'Library')}
        </div>
      </header>
      <main>
        {tabId === undefined ? (
          <p class="muted" role="status">Loading…</p>
        ) : active === 'page' ? (
          <section role="tabpanel" id="panel-page" aria-labelledby="tab-page">
            {tabId === null ? <p class="empty">This view describes a page. Open the popup from a news article.</p> : <ThisPage tabId={tabId} />}
          </section>
        ) : (
          <section role="tabpanel" id="panel-library" aria-labelledby="tab-library">
            <Library initialPerson={personParam} />
          </section>
        )}
      </main>
    </div>
  );
}
