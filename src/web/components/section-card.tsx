import { Group, type MantineSpacing, Paper, type PaperProps, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled card (`<section>` labelled by its heading), optionally with one line of help under the
 * title and something to the right of it (a badge, a button), then its content.
 */
export function SectionCard({
  id,
  title,
  help,
  aside,
  headerMb,
  children,
  ...paper
}: PaperProps & {
  /** The section's heading id (`sec-…`), which labels the section. */
  id: string;
  title: ReactNode;
  help?: ReactNode;
  aside?: ReactNode;
  /** Space under the heading; 4 when a help line follows, else `sm`. */
  headerMb?: MantineSpacing | number;
  children: ReactNode;
}) {
  const mb = headerMb ?? (help ? 4 : 'sm');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} {...paper}>
      {aside === undefined ? (
        <Title order={2} fz="lg" id={id} mb={mb}>
          {title}
        </Title>
      ) : (
        <Group justify="space-between" mb={mb}>
          <Title order={2} fz="lg" id={id}>
            {title}
          </Title>
          {aside}
        </Group>
      )}
      {help && (
        <Text size="sm" c="dimmed" mb="sm">
          {help}
        </Text>
      )}
      {children}
    </Paper>
  );
}
