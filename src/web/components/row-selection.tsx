import { Checkbox } from '@mantine/core';
import { useState } from 'react';

/** The rows ticked in a list, kept in the list's order; only `choosable` rows can be ticked. */
export interface RowSelection<T extends { id: string }> {
  /** The rows ticked and still choosable, in the list's order. */
  selected: T[];
  choosable: T[];
  isChosen: (id: string) => boolean;
  toggle: (id: string) => void;
  allChosen: boolean;
  toggleAll: () => void;
  clear: () => void;
}

export function useRowSelection<T extends { id: string }>(choosable: T[]): RowSelection<T> {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const selected = choosable.filter((r) => chosen.has(r.id));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allChosen = choosable.length > 0 && selected.length === choosable.length;
  return {
    selected,
    choosable,
    isChosen: (id: string) => chosen.has(id),
    toggle,
    allChosen,
    toggleAll: () => setChosen(allChosen ? new Set() : new Set(choosable.map((r) => r.id))),
    clear: () => setChosen(new Set()),
  };
}

/** The header checkbox: every choosable row (half ticked when some are). */
export function SelectAllBox<T extends { id: string }>({
  selection,
  label,
}: {
  selection: RowSelection<T>;
  label: string;
}) {
  return (
    <Checkbox
      aria-label={label}
      checked={selection.allChosen}
      indeterminate={selection.selected.length > 0 && !selection.allChosen}
      disabled={selection.choosable.length === 0}
      onChange={selection.toggleAll}
    />
  );
}

/** One row's checkbox. */
export function SelectRowBox<T extends { id: string }>({
  selection,
  id,
  label,
}: {
  selection: RowSelection<T>;
  id: string;
  label: string;
}) {
  return (
    <Checkbox aria-label={label} checked={selection.isChosen(id)} onChange={() => selection.toggle(id)} />
  );
}
