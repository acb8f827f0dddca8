/** A static server on 127.0.0.1 for fixture pages; `pages` may override or add paths (HTML, or { body, headers }). */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.xhtml': 'application/xhtml+xml', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png',
};

export async function startServer(root, pages = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (pages[path] !== undefined) {
      const page = typeof pages[path] === 'function' ? pages[path]() : pages[path];
      // A page is its HTML, or { body, headers } for a page that needs its own response headers.
      const { body, headers = {} } = typeof page === 'string' ? { body: page } : page;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      return res.end(body);
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
