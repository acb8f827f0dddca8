import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Claim, Person } from '../analysis/types.ts';
import { CLAIM_TYPE_LABEL } from '../shared/claimLabels.ts';
import type { PageState } from '../messages/index.ts';
import { askBackground, askPage } from '../messages/transport.ts';
import type { Annotation, AnnotationKind } from '../store/annotation.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { DetectionSaver } from './DetectionSaver.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useAnnotationActions } from './useAnnotationActions.ts';

/** This page: the people and claims found on the tab, the highlight switch, and its saved annotations. */
export function ThisPage({ tabId }: { tabId: number }) {
  const [page, setPage] = useState<PageState | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [error, setError] = useState('');

  const reload = useCallback(async () => {
    try {
      const state = await askPage(tabId, { type: 'page/getState' });
      setPage(state);
      setAnnotations(await askBackground({ type: 'annotations/forPage', pageKey: state.pageKey }));
    } catch {
      setError('Newsmark cannot read this page. It reads web pages (http and https) once they have loaded, not browser pages, feeds or images shown on their own; if this is a web page, try reloading it.');
    }
  }, [tabId]);
  useEffect(() => void reload(), [reload]);
  const actions = useAnnotationActions(reload);

  if (error) return <p class="empty" role="alert">{error}</p>;
  if (!page) return <p class="muted" role="status">Reading the page…</p>;

  const saveDetection = async (start: number, end: number, kind: AnnotationKind, extra: { person?: string; claimType?: Claim['type'] }, note: string) => {
    await askBackground({ type: 'annotations/saveDetection', tabId, start, end, kind, person: extra.person ?? null, claimType: extra.claimType ?? null, note });
    await reload();
  };
  const toggle = async (visible: boolean) => {
    await askPage(tabId, { type: 'page/setHighlights', visible });
    setPage({ ...page, highlightsVisible: visible });
  };

  return (
    <div class="this-page">
      <div class="page-head">
        <h1 class="page-title">{page.title}</h1>
        {page.siteName && <p class="muted">{page.siteName}</p>}
        <label class="switch">
          <input type="checkbox" role="switch" checked={page.highlightsVisible} onChange={(e) => void toggle((e.target as HTMLInputElement).checked)} />
          <span>Show highlights</span>
        </label>
      </div>
      {!page.isArticle && <p class="empty">No article found on this page. You can still select text and save it.</p>}
      {page.isArticle && (
        <>
          <h2>People <span class="count">{page.people.length}</span></h2>
          {page.people.length === 0 ? <p class="muted">No people found.</p> : (
            <ul class="detections">
              {page.people.map((person) => <PersonRow key={person.name} person={person} onSave={(note) => saveDetection(person.mentions[0]!.start, person.mentions[0]!.end, 'person', { person: person.name }, note)} />)}
            </ul>
          )}
          <h2>Sanctions claims <span class="count">{page.claims.length}</span></h2>
          {page.claims.length === 0 ? <p class="muted">No sanctions claims found.</p> : (
            <ul class="detections">
              {page.claims.map((claim) => (
                <li class="detection claim" key={claim.start}>
                  <div class="claim-type">{CLAIM_TYPE_LABEL[claim.type] ?? claim.type}{claim.hedged ? ' · hedged' : ''}</div>
                  <p class="claim-text">{claim.text}</p>
                  {claim.attribution && <p class="muted">Attributed to {claim.attribution}</p>}
                  <DetectionSaver label={`claim: ${claim.text.slice(0, 60)}`} onSave={(note) => saveDetection(claim.start, claim.end, 'claim', { claimType: claim.type }, note)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h2>Saved on this page <span class="count">{annotations.length}</span></h2>
      <UndoBar deleted={actions.deleted} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
      {annotations.length === 0 ? <p class="muted">Nothing saved yet. Select text in the article and choose “Save highlight”.</p> : (
        <ul class="annotations">
          {annotations.map((a) => (
            <AnnotationItem key={a.id} annotation={a} orphan={page.orphans.includes(a.id)} onSave={(note, tags) => actions.update(a.id, note, tags)} onDelete={() => actions.remove(a.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PersonRow({ person, onSave }: { person: Person; onSave: (note: string) => Promise<void> }) {
  const listing = person.sanctions[0];
  return (
    <li class="detection person">
      <div class="person-line">
        <span class="person-name">{person.name}</span>
        <span class="muted">{person.mentions.length} mention{person.mentions.length === 1 ? '' : 's'}</span>
        {listing && <span class="badge" title={`${listing.entry} · ${listing.program} · list of ${listing.listDate} · match ${Math.round(listing.score * 100)}%`}>{listing.list}</span>}
      </div>
      <DetectionSaver label={person.name} onSave={onSave} />
    </li>
  );
}
