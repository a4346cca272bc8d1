// Group commit: requests that arrive together are written in one transaction.
//
// Used where many people act in the same instant on the same rows (secret-ballot casts, check-ins
// at the door): one transaction per request would make each wait for the others' commits. Here the
// first request schedules a batch on the next turn of the event loop (so every request already
// received joins it: PGlite answers in microtasks, without the wait each batch would hold one),
// and the requests that arrive while a batch is being written go together in the next one.
// Every request is answered only after its batch has committed (or failed).

export type Waiter<Req, Res> = {
  readonly request: Req;
  resolve: (result: Res) => void;
  reject: (err: unknown) => void;
};

/**
 * Writes one batch. It settles each waiter it can (resolve or reject); if it throws, every
 * waiter not yet settled is rejected with that error.
 */
export type CommitBatch<Req, Res> = (batch: Waiter<Req, Res>[], key: string) => Promise<void>;

type Queue<Req, Res> = { waiting: Waiter<Req, Res>[]; running: boolean };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class GroupCommit<Req, Res> {
  private readonly queues = new Map<string, Queue<Req, Res>>();

  constructor(
    private readonly commit: CommitBatch<Req, Res>,
    /** At most this many requests in one transaction (bounds its size; the rest go in the next). */
    private readonly maxBatch = 500,
  ) {}

  /** Queues `request` in the batch of `key` (e.g. one ballot); settles after its batch commits. */
  enqueue(key: string, request: Req): Promise<Res> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { waiting: [], running: false };
      this.queues.set(key, queue);
    }
    const q = queue;
    const done = new Promise<Res>((resolve, reject) => q.waiting.push({ request, resolve, reject }));
    if (!q.running) {
      q.running = true;
      setImmediate(() => void this.drain(key, q));
    }
    return done;
  }

  private async drain(key: string, queue: Queue<Req, Res>) {
    try {
      while (queue.waiting.length > 0) {
        const batch = queue.waiting.splice(0, this.maxBatch);
        const settled = new Set<Waiter<Req, Res>>();
        const tracked = batch.map((w) => ({
          request: w.request,
          resolve: (r: Res) => {
            settled.add(w);
            w.resolve(r);
          },
          reject: (e: unknown) => {
            settled.add(w);
            w.reject(e);
          },
        }));
        try {
          await this.commit(tracked, key);
        } catch (err) {
          for (const w of batch) if (!settled.has(w)) w.reject(err);
        }
        await nextTurn();
      }
    } finally {
      queue.running = false;
      if (queue.waiting.length === 0) this.queues.delete(key);
    }
  }
}

/** One group commit per database handle (tests open many databases in one process). */
export function groupCommitPerDb<Db extends object, Req, Res>(
  commit: (db: Db) => CommitBatch<Req, Res>,
  maxBatch?: number,
): (db: Db) => GroupCommit<Req, Res> {
  const byDb = new WeakMap<Db, GroupCommit<Req, Res>>();
  return (db) => {
    let gc = byDb.get(db);
    if (!gc) {
      gc = new GroupCommit(commit(db), maxBatch);
      byDb.set(db, gc);
    }
    return gc;
  };
}
