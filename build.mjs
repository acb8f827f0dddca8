/**
 * Builds the extension for Chrome and Firefox from one manifest, the analysis CLI, and the
 * store zips:  dist/chrome/  dist/firefox/  dist/cli.js  dist/newsmark-{chrome,firefox}.zip
 * Flags: --quiet (less output), --no-zip (skip web-ext build), --test (adds test-only hooks).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { iconPng } from './scripts/icons.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const log = (...m) => args.has('--quiet') || console.log(...m);

rmSync(dist, { recursive: true, force: true });
const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { __NEWSMARK_TEST__: args.has('--test') ? 'true' : 'false' },
};

const staging = join(dist, '.extension');
await esbuild.build({
  ...common,
  entryPoints: {
    content: 'src/content/main.ts',
    background: 'src/background/main.ts',
    popup: 'src/popup/main.tsx',
    noteFrame: 'src/note-frame/main.ts',
    options: 'src/options/main.tsx',
  },
  outdir: staging,
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
});
await esbuild.build({
  ...common,
  minify: false,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(dist, 'cli.js'),
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __nmCreateRequire } from 'node:module'; const require = __nmCreateRequire(import.meta.url);" },
});

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
manifest.version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const flavours = {
  // Chrome ignores background.scripts and browser_specific_settings but warns about them.
  chrome: () => {
    const m = structuredClone(manifest);
    delete m.background.scripts;
    delete m.browser_specific_settings;
    return m;
  },
  firefox: () => structuredClone(manifest),
};

for (const [name, makeManifest] of Object.entries(flavours)) {
  const out = join(dist, name);
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const file of ['content.js', 'background.js', 'popup.js', 'popup.css', 'noteFrame.js', 'options.js']) copyFileSync(join(staging, file), join(out, file));
  copyFileSync(join(root, 'src/options/options.html'), join(out, 'options.html'));
  copyFileSync(join(root, 'src/options/options.css'), join(out, 'options.css'));
  copyFileSync(join(root, 'static/content.css'), join(out, 'content.css'));
  copyFileSync(join(root, 'src/popup/popup.html'), join(out, 'popup.html'));
  copyFileSync(join(root, 'src/note-frame/note-frame.html'), join(out, 'note-frame.html'));
  copyFileSync(join(root, 'src/note-frame/note-frame.css'), join(out, 'note-frame.css'));
  for (const size of [16, 32, 48, 128]) writeFileSync(join(out, 'icons', `icon-${size}.png`), iconPng(size));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(makeManifest(), null, 2));
  if (!args.has('--no-zip')) {
    execFileSync(process.execPath, [join(root, 'node_modules/web-ext/bin/web-ext.js'), 'build', '--source-dir', out, '--artifacts-dir', dist,
      '--filename', `newsmark-${name}.zip`, '--overwrite-dest'], { stdio: 'ignore' });
  }
  log(`built dist/${name}/`);
}
rmSync(staging, { recursive: true, force: true });
log('built dist/cli.js');
