// How node runs the built server (dist/server/main.js): `npm start` and the benches and tests
// that start it as its own process (tests/helpers/built-server.ts) use the same flags.
// --heap-growing-percent=50: after each full collection V8 lets the old generation grow to 1.5×
// what survived, instead of up to 4× when collecting is cheap. Under a burst of requests the
// server's live heap is ~55 MB, but the old generation grew to ~200 MB of promoted request garbage
// before the next full collection, and RSS with it. Measured with the load bench's load (50
// clients, 10 s, PostgreSQL, ~4,500–5,000 req/s on 2 cores), peak RSS in three interleaved runs
// each on a quiet machine: no flag 179–181 MB, --max-semi-space-size=4 (the earlier flag)
// 162–302 MB, this flag 178–182 MB; on a busy machine no flag reached 229–250 MB, this flag
// stayed at 177–182 MB (5 runs). Throughput and p99 did not change beyond the runs' spread.
export const SERVER_NODE_FLAGS = ['--enable-source-maps', '--heap-growing-percent=50'];
