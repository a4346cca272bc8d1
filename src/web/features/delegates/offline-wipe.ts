// Đón tiếp ngoại tuyến: the phone's stored day lists and queue are personal data of the
// conference — wiped on logout. Tiny on purpose (no idb): the account menu imports it.
export const OFFLINE_DB_NAME = 'vd-reception';

/** Deletes the whole reception database (lists and queue); resolves even when it cannot. */
export function wipeOfflineReception(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve();
    const req = indexedDB.deleteDatabase(OFFLINE_DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
