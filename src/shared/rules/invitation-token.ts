// Mã mời (the invitation token on the QR): the form a scanned or typed token is read in, the same
// on the server (which hashes it) and on a reception phone offline (which hashes it too, to find
// the delegate in the day's list by token hash).

/** A token typed or scanned: tolerate spaces and the full check-in URL around it. */
export function normalizeToken(input: string): string {
  const t = input.trim();
  const m = /\/checkin\/([A-Za-z0-9_-]+)/.exec(t);
  return m ? m[1]! : t;
}

export const isWellFormedToken = (t: string) => /^[A-Za-z0-9_-]{43}$/.test(t);
