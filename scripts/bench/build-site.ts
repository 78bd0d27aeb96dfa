/**
 * Builds what the benchmark serves: the production app, the bare vis-timeline page and the
 * synthetic datasets, all in one folder of its own (so a `vite build` someone else runs
 * into dist/ meanwhile cannot pull the files from under a run).
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { actorsSuffix, syntheticDataset } from './datasets.ts';

export const PROJECT = resolve(import.meta.dirname, '..', '..');
const BARE_ROOT = resolve(import.meta.dirname, 'bare');

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new TimeoutError(`${what} took more than ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function run(command: string, args: readonly string[], ms: number): Promise<void> {
  return withTimeout(
    new Promise<void>((done, fail) => {
      const child = spawn(command, args, {
        cwd: PROJECT,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', fail);
      child.on('exit', (code) =>
        code === 0
          ? done()
          : fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
      );
    }),
    ms,
    `${command} ${args.join(' ')}`,
  );
}

/**
 * The app exactly as `vite build` makes it, except for hidden source maps (the same code,
 * with maps on disk that the page never asks for) so CPU profiles can name the modules.
 */
export async function buildApp(site: string): Promise<void> {
  await run(
    'npx',
    [
      'vite',
      'build',
      '--outDir',
      site,
      '--emptyOutDir',
      '--sourcemap',
      'hidden',
      '--logLevel',
      'warn',
    ],
    180_000,
  );
}

/**
 * The bare page as vis-timeline's README shows it: the standalone build (which needs nothing
 * else) and its stylesheet in plain script and link tags, copied as they ship, not bundled.
 */
export function buildBare(site: string): Promise<void> {
  const out = join(site, 'bench-bare');
  mkdirSync(out, { recursive: true });
  const standalone = resolve(PROJECT, 'node_modules', 'vis-timeline');
  for (const [from, name] of [
    [join(BARE_ROOT, 'index.html'), 'index.html'],
    [join(BARE_ROOT, 'main.js'), 'main.js'],
    [
      join(standalone, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'),
      'vis-timeline-graph2d.min.js',
    ],
    [join(standalone, 'styles', 'vis-timeline-graph2d.min.css'), 'vis-timeline-graph2d.min.css'],
  ] as const) {
    copyFileSync(from, join(out, name));
  }
  return Promise.resolve();
}

export function dataPath(size: number): string {
  return `bench-data/events-${size}${actorsSuffix()}.json`;
}

/** Writes the datasets into the site; returns their paths relative to the site. */
export function writeDatasets(site: string, sizes: readonly number[]): string[] {
  mkdirSync(join(site, 'bench-data'), { recursive: true });
  return sizes.map((size) => {
    const path = dataPath(size);
    writeFileSync(join(site, path), JSON.stringify(syntheticDataset(size)));
    return path;
  });
}

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every JS and CSS file of a build with its gzip size: what a page could ever load. */
export function assetSizes(folder: string, skip: readonly string[] = []): AssetSize[] {
  const out: AssetSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!skip.includes(relative(folder, file))) walk(file);
      } else if (/\.(js|css)$/.test(name)) {
        const raw = readFileSync(file);
        out.push({
          file: relative(folder, file),
          bytes: raw.length,
          gzipBytes: gzipSync(raw, { level: 6 }).length,
        });
      }
    }
  };
  walk(folder);
  return out;
}
