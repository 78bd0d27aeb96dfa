/** The bench's command line: `npm run bench -- --help` prints HELP. */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT } from './build-site.ts';
import { setActorsPerEvent } from './datasets.ts';
import { REPORT_FILE } from './publish.ts';

export const HELP = `npm run bench -- [options]
  --runs N                     runs per case (default 5)
  --runs-large N               runs at 100,000 events and more (default: --runs)
  --sizes A,B,…                dataset sizes in events (default 16,1000,10000,100000)
  --actors N                   each event names N actors of its own (default: one or two shared)
  --pages app,bare             which pages to run (default both; app alone gives no ratios)
  --bare-interactions-up-to N  zoom and pan the bare page up to this size (default 1000)
  --timeout S                  cap on the load and on each interaction step (default 60 s)
  --quiet MS                   DOM quiet time that ends a step (default 1500)
  --port N                     serve on this port (default: BENCH_PORT, else a free one)
  --out DIR                    where the JSON of every run goes (default bench-results)
  --skip-build                 reuse the last build in DIR/site
  --trace                      instead of measuring, save a DevTools trace of the app per size
  --report FILE                write the report again from a saved bench-results JSON
  --help                       this text
Writes DIR/bench-<date>.json and ${relative(PROJECT, REPORT_FILE)}.`;

export const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'runs-large': { type: 'string' },
    sizes: { type: 'string', default: '16,1000,10000,100000' },
    actors: { type: 'string', default: '0' },
    timeout: { type: 'string', default: '60' },
    quiet: { type: 'string', default: '1500' },
    out: { type: 'string', default: 'bench-results' },
    'skip-build': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    report: { type: 'string' },
    port: { type: 'string', default: process.env.BENCH_PORT },
    'bare-interactions-up-to': { type: 'string', default: '1000' },
    pages: { type: 'string', default: 'app,bare' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

if (args.help) {
  console.log(HELP);
  process.exit(0);
}
export const runs = positiveInt(args.runs, 'runs');
export const runsLarge =
  args['runs-large'] === undefined ? runs : positiveInt(args['runs-large'], 'runs-large');
if (args.actors !== '0') setActorsPerEvent(positiveInt(args.actors, 'actors'));
export const actors = Number(args.actors);
export const sizes = (args.sizes ?? '').split(',').map((s) => positiveInt(s.trim(), 'sizes'));
export const options = {
  timeoutMs: positiveInt(args.timeout, 'timeout') * 1000,
  quietMs: positiveInt(args.quiet, 'quiet'),
  bareInteractionsUpTo: positiveInt(args['bare-interactions-up-to'], 'bare-interactions-up-to'),
};
export const pages = (args.pages ?? '').split(',').map((p) => p.trim());
if (pages.some((p) => p !== 'app' && p !== 'bare'))
  throw new Error(`--pages must list app, bare or both, not "${args.pages}"`);
export const port = args.port === undefined ? undefined : positiveInt(args.port, 'port');
export const outDir = resolve(PROJECT, args.out ?? 'bench-results');
export const site = join(outDir, 'site');
/** From this size on, --runs-large applies. */
export const LARGE = 100_000;
