// One side of one benchmark, in a process of its own so its peak RSS is its own:
//   node bench/src/side.mjs <benchmark> <side>
// scripts/bench.mjs runs it; the result is the last stdout line, prefixed `BENCH_RESULT `.
import { peakRssMb } from './common.mjs';

const [benchmark, side] = process.argv.slice(2);
const module = await import(`./${benchmark}.mjs`);
const run = module.sides?.[side];
if (!run) throw new Error(`unknown benchmark side ${benchmark}/${side}`);
const result = await run();
process.stdout.write(`BENCH_RESULT ${JSON.stringify({ peakRssMb: peakRssMb(), ...result })}\n`);
// Open handles (a pg pool's idle timer, a NATS connection being drained) must not keep the run waiting.
process.exit(0);
