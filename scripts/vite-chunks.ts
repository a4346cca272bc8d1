import { readFileSync } from 'node:fs';

// How the web app's lazily loaded code is cut into files.
//
// Left to itself, the bundler (Rolldown) makes one file for each set of pages sharing a module:
// ~190 files, many of 1–2 KB (Badge, Paper, a hook). Over a phone's slow link each file costs a
// round trip of its own on one of the browser's six connections: the signed-in layout's 47 small
// files took 3.5 s for 100 KB (bench slow_first_load_s, 400 kbps / 400 ms). Rolldown can copy a
// small shared file into each file that imports it instead (`experimentalInlineCommonChunks`):
// the layout then comes in a dozen files.
//
// A copied module runs once per copy. That is harmless for a component or a pure function, and
// wrong for a module that holds state or identity: a React context (a provider in one copy is not
// seen by a consumer of another), a store (Mantine's notifications: a page's show() would not
// reach the list), a class (`instanceof` fails across copies), a module-level cache — found by
// their source: createContext/createStore, a class, a Map/Set, a top-level `let`, or a top-level
// `var` set from a call, `new` or an array (compiled libraries such as react-remove-scroll keep
// their singletons so; Mantine's `var classes = {…}` name maps are constants and may be copied).
// Those stay shared files, never copied; so does CSS (a stylesheet copied would load twice).

/** Shared files smaller than this (bytes of source before minifying) are copied into their users. */
export const INLINE_MAX_SOURCE_BYTES = 8 * 1024;

const STATEFUL =
  /\bcreate\w*Context\s*[<(]|\bcreateStore\s*[<(]|\bclass\s+[A-Za-z_$]|\bnew\s+(Map|Set|WeakMap|WeakSet)\s*\(|^\s*(export\s+)?let\s|^\s*(export\s+)?var\s+[\w$]+\s*=\s*(new\b|\[|[\w$.]+\()/m;

const cache = new Map<string, boolean>();

/** True for a module that must keep one instance: it may not be copied into several files. */
export function mustStayShared(id: string): boolean {
  if (/\.(css|scss)(\?|$)/.test(id) || id.startsWith('\0')) return true;
  const path = id.split('?')[0] ?? id;
  let hit = cache.get(path);
  if (hit === undefined) {
    try {
      hit = STATEFUL.test(readFileSync(path, 'utf8'));
    } catch {
      hit = true; // a virtual module: keep it shared
    }
    cache.set(path, hit);
  }
  return hit;
}
