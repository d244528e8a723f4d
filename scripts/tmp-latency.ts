import { readFileSync } from 'node:fs';
import { loadLiveIndex } from '../src/adapter/node/load-live-index';
import { readNodeSettings } from '../src/adapter/node/config';
import { silentLogger } from '../src/http/app-context';
const live = await loadLiveIndex({ indexDir: readNodeSettings().indexDir, logger: silentLogger });
const qs = process.argv.slice(2).flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).question as string));
for (const q of qs) await live.engine.answer({ message: q, scopes: ['public'] });
const times: number[] = [];
for (let round = 0; round < 3; round++) for (const q of qs) { const t = performance.now(); await live.engine.answer({ message: q, scopes: ['public'] }); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log(`n=${times.length} p50=${times[Math.floor(times.length / 2)]!.toFixed(1)}ms p95=${times[Math.floor(times.length * 0.95)]!.toFixed(1)}ms max=${times.at(-1)!.toFixed(1)}ms`);
