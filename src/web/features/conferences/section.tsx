import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the overview; the title is a heading so screen readers can jump between them. */
export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} h="100%">
      <Title order={2} fz="lg" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
