/** Uploads the packed Workers index: Vectorize vectors first, then the archive to KV, and only then the CURRENT pointer. */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CURRENT_KEY } from '../src/adapter/workers/index-archive';
import type { WorkersIndexBuild } from './build-workers-index';

const usage = `Usage: node --import tsx scripts/upload-workers-index.ts [--dir dist/workers-index] [--env <wrangler env>] [--vectorize <index name>] [--local] [--print]
  --vectorize  Vectorize index to insert the build's vectors into (as in wrangler.toml [[vectorize]] index_name)
  --local      write to the local (wrangler dev) KV instead of Cloudflare
  --print      only print the wrangler commands`;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist/workers-index' },
    env: { type: 'string' },
    vectorize: { type: 'string' },
    local: { type: 'boolean', default: false },
    print: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const build = JSON.parse(await fs.readFile(path.join(values.dir!, 'build.json'), 'utf8')) as WorkersIndexBuild;
const wrangler = path.resolve('node_modules/wrangler/bin/wrangler.js');
const common = [...(values.env ? ['--env', values.env] : []), values.local ? '--local' : '--remote'];
const steps: string[][] = [];
if (build.vectorsPath) {
  if (values.vectorize) steps.push(['vectorize', 'insert', values.vectorize, '--file', build.vectorsPath, ...(values.env ? ['--env', values.env] : [])]);
  else console.warn(`The build has ${build.vectors} vectors but no --vectorize index was named: the Worker will search lexically only.`);
}
// The archive goes under its own immutable key; switching CURRENT last means isolates never read a half-uploaded build.
steps.push(['kv', 'key', 'put', '--binding', 'INDEX', build.key, '--path', build.archivePath, ...common]);
steps.push(['kv', 'key', 'put', '--binding', 'INDEX', CURRENT_KEY, build.build, ...common]);

for (const step of steps) {
  console.log(`$ wrangler ${step.join(' ')}`);
  if (values.print) continue;
  const result = spawnSync(process.execPath, [wrangler, ...step], { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  if (result.status !== 0) {
    console.error(`wrangler failed (exit ${result.status}); the Worker still serves the previous build.`);
    process.exit(1);
  }
}
console.log(values.print ? 'Commands printed, nothing uploaded.' : `Build ${build.build} is live; isolates pick it up within INDEX_REFRESH_SECONDS.`);
