// Đón tiếp ngoại tuyến: what a reception phone keeps in IndexedDB — the day's list of each
// conference (as the server gave it, GET …/checkin/day-list) and the queue of check-ins and undos
// made without the network, in the order they were made. Both are wiped at the list's keepUntil
// (end of the reception window) and on logout (offline-wipe.ts).
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DayListView, SyncItemInput } from '../../../shared/schemas/checkin-sync';

/** One queued action, with what the phone knew when it was made (to show it until synced). */
export type QueuedAction = {
  seq?: number;
  conferenceId: string;
  item: SyncItemInput;
  /** the delegate found in the stored list (null: a scanned token not in it) */
  delegateId: string | null;
  label: string;
};

export type StoredList = DayListView & {
  /** delegate id → clientId of this phone's own offline check-in (an undo names it) */
  own: Record<string, string>;
};

interface ReceptionDb extends DBSchema {
  lists: { key: string; value: StoredList };
  queue: { key: number; value: QueuedAction; indexes: { conference: string } };
}

/** The same name as offline-wipe.ts's (kept apart so the app's entry chunk does not share a module with this one). */
const OFFLINE_DB_NAME = 'vd-reception';

let opening: Promise<IDBPDatabase<ReceptionDb>> | null = null;

function db(): Promise<IDBPDatabase<ReceptionDb>> {
  opening ??= openDB<ReceptionDb>(OFFLINE_DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('lists', { keyPath: 'conferenceId' });
      d.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true }).createIndex(
        'conference',
        'conferenceId',
      );
    },
    // a logout elsewhere deletes the database: let it
    blocking() {
      void opening?.then((x) => x.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  });
  return opening;
}

export async function loadList(conferenceId: string): Promise<StoredList | null> {
  const list = (await (await db()).get('lists', conferenceId)) ?? null;
  if (list?.keepUntil && Date.parse(list.keepUntil) <= Date.now()) {
    await wipeConference(conferenceId);
    return null;
  }
  return list;
}

/** Stores the server's list, keeping this phone's own clientIds of delegates still checked in. */
export async function saveList(view: DayListView): Promise<StoredList> {
  const d = await db();
  const old = await d.get('lists', view.conferenceId);
  const own: Record<string, string> = {};
  for (const x of view.delegates) {
    const id = old?.own[x.id];
    if (id && x.checkIn) own[x.id] = id;
  }
  const list = { ...view, own };
  await d.put('lists', list);
  return list;
}

export async function setOwn(conferenceId: string, delegateId: string, clientId: string | null) {
  const d = await db();
  const list = await d.get('lists', conferenceId);
  if (!list) return;
  if (clientId) list.own[delegateId] = clientId;
  else delete list.own[delegateId];
  await d.put('lists', list);
}

export async function enqueue(action: QueuedAction): Promise<void> {
  await (await db()).add('queue', action);
}

/** The conference's queue, oldest first. */
export async function listQueue(conferenceId: string): Promise<QueuedAction[]> {
  return (await db())
    .getAllFromIndex('queue', 'conference', conferenceId)
    .then((q) => q.sort((a, b) => a.seq! - b.seq!));
}

export async function dequeue(seqs: number[]): Promise<void> {
  const tx = (await db()).transaction('queue', 'readwrite');
  await Promise.all([...seqs.map((s) => tx.store.delete(s)), tx.done]);
}

export async function wipeConference(conferenceId: string): Promise<void> {
  const d = await db();
  const seqs = await d.getAllKeysFromIndex('queue', 'conference', conferenceId);
  const tx = d.transaction(['lists', 'queue'], 'readwrite');
  await Promise.all([
    tx.objectStore('lists').delete(conferenceId),
    ...seqs.map((s) => tx.objectStore('queue').delete(s)),
    tx.done,
  ]);
}

/** SHA-256 (hex) of a normalized token, as the server stores it (tokens.ts hashToken). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
