/**
 * A small static server for the benchmark: serves one folder on 127.0.0.1, gzips text
 * assets (as a production host would) and counts the bytes of every response body.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const GZIPPED = new Set(['.js', '.css', '.json', '.html', '.svg', '.txt']);
/** Ports the tests, the preview and the screenshots use: never taken by the bench. */
const RESERVED_PORTS = new Set([4173, 4317, 4327, 5173]);

export interface Transfer {
  path: string;
  /** Bytes of the body as sent (compressed when gzipped). */
  bytes: number;
  /** Bytes of the file before compression. */
  rawBytes: number;
}

export interface StaticServer {
  origin: string;
  /** The responses sent since the last call, then forgets them. */
  takeTransfers(): Transfer[];
  close(): Promise<void>;
}

interface Cached {
  mtimeMs: number;
  raw: Buffer;
  gzip: Buffer | null;
}

/**
 * `port`: the port to listen on (on a shared machine each person has their own); without it,
 * a free one the system chooses.
 */
export async function serveFolder(root: string, port?: number): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, Cached>();
  let transfers: Transfer[] = [];

  async function load(file: string): Promise<Cached> {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const raw = await readFile(file);
    // Level 6 is what most servers use; compressed once and kept, like a pre-compressed host.
    const entry = {
      mtimeMs: info.mtimeMs,
      raw,
      gzip: GZIPPED.has(extname(file)) ? gzipSync(raw, { level: 6 }) : null,
    };
    cache.set(file, entry);
    return entry;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(base, `.${path}`);
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let entry: Cached;
      try {
        entry = await load(file);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const gzip =
        entry.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip && entry.gzip ? entry.gzip : entry.raw;
      const headers: Record<string, string | number> = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      };
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      res.end(body);
      transfers.push({ path, bytes: body.length, rawBytes: entry.raw.length });
    })();
  });

  if (port === undefined) await listenOnFreePort(server);
  else await listen(server, port);
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    takeTransfers() {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
}

/** Lets the system choose a free port, and chooses again on the rare reserved one. */
async function listenOnFreePort(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await listen(server, 0);
    const { port } = server.address() as AddressInfo;
    if (!RESERVED_PORTS.has(port)) return;
    await new Promise<void>((done) => server.close(() => done()));
  }
  throw new Error('No free port for the bench server.');
}

/** Warms the compression cache so the first measured run does not pay for it. */
export async function warm(server: StaticServer, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    // Compressing a large dataset holds the server past its keep-alive time, so the next
    // request's reused connection may be reset: that request is asked again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await fetch(`${server.origin}/${path}`, {
          headers: { 'Accept-Encoding': 'gzip' },
        });
        await response.arrayBuffer();
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }
  server.takeTransfers();
}
