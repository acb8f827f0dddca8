/** Styles of the in-page UI (inside its shadow root); follows the system's dark mode. */
export const IN_PAGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card, .saver, .toast {
  position: fixed; max-width: 340px; padding: 10px 12px; border-radius: 10px;
  background: #ffffff; color: #1b1f24; border: 1px solid #d6dae0;
  box-shadow: 0 8px 24px rgba(15, 23, 42, 0.18); font-size: 13px; line-height: 1.45;
}
.card[hidden], .saver[hidden], .toast[hidden] { display: none; }
.card .kind { font-size: 11px; letter-spacing: .04em; text-transform: uppercase; color: #5b6470; margin-bottom: 2px; }
.card .title { font-weight: 650; font-size: 14px; }
.card .line { margin-top: 4px; }
.card .sanctioned { margin-top: 6px; padding: 6px 8px; border-radius: 6px; background: #fdecec; color: #8a1c1c; }
.card .muted { color: #5b6470; }
.saver { display: flex; flex-direction: column; gap: 8px; width: 300px; }
.saver textarea { width: 100%; min-height: 64px; resize: vertical; padding: 6px 8px; font-size: 13px;
  border-radius: 6px; border: 1px solid #b8bfc8; background: inherit; color: inherit; }
.row { display: flex; gap: 8px; justify-content: flex-end; align-items: center; }
button { font: inherit; font-size: 13px; padding: 5px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #b8bfc8; background: #f4f6f8; color: #1b1f24; }
button.primary { background: #2457c5; border-color: #2457c5; color: #fff; font-weight: 600; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #2457c5; outline-offset: 2px; }
.save-button { position: fixed; box-shadow: 0 4px 14px rgba(15, 23, 42, 0.25); }
.error { color: #b42318; }
button.link { border: 0; background: none; padding: 0; margin-top: 6px; color: #2457c5; text-decoration: underline; cursor: pointer; text-align: left; }
.toast { bottom: 20px; right: 20px; }
.toast.error { color: #b42318; }
.note-frame { position: fixed; width: 340px; height: 196px; border: 0; border-radius: 10px; background: transparent;
  box-shadow: 0 8px 24px rgba(15, 23, 42, 0.22); color-scheme: normal; }
@media (prefers-color-scheme: dark) {
  .card, .saver, .toast { background: #1f242b; color: #e8eaed; border-color: #3a414b; }
  .card .kind, .card .muted { color: #a5adb8; }
  .card .sanctioned { background: #4a1d1d; color: #ffd7d7; }
  button { background: #2b323b; color: #e8eaed; border-color: #4a525d; }
  button.primary { background: #5b8def; border-color: #5b8def; color: #0d1117; }
  .error { color: #ff8a80; }
  button.link { background: none; color: #8fb3ff; }
}
`;
