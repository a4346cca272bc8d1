import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card with one line of help under the title, then its content (links, a form…). */
export function SectionCard({
  id,
  title,
  help,
  children,
}: {
  /** The section's heading id (`sec-…`), which labels the section. */
  id: string;
  title: string;
  help: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="lg" id={id} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {help}
      </Text>
      {children}
    </Paper>
  );
}
