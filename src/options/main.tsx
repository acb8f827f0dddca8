import { render } from 'preact';
import { SanctionsListsSettings } from './SanctionsListsSettings.tsx';

function Options() {
  return (
    <main>
      <h1>Newsmark settings</h1>
      <p class="muted">Everything here stays on this computer.</p>
      <SanctionsListsSettings />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
