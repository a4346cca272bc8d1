import { Table, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A header cell: its label, or its label with the cell's props; false, null or undefined: no cell. */
export type HeadCell = ReactNode | ({ label: ReactNode } & TableThProps);

const withProps = (cell: HeadCell): cell is { label: ReactNode } & TableThProps =>
  typeof cell === 'object' && cell !== null && 'label' in cell;

/** A table's header row, one `Table.Th` per cell, in order. */
export function TableHead({ cells }: { cells: HeadCell[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {cells.map((cell, i) => {
          if (cell === false || cell === null || cell === undefined) return null;
          const { label, ...props } = withProps(cell) ? cell : { label: cell };
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the header's cells are fixed and in order
            <Table.Th key={i} {...props}>
              {label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
