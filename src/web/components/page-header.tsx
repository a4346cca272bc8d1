import { Group, type GroupProps, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's heading with one dimmed line under it and, when given, its actions to the right. */
export function PageHeader({
  title,
  help,
  actions,
  align = 'flex-end',
}: {
  title: ReactNode;
  help?: ReactNode;
  actions?: ReactNode;
  align?: GroupProps['align'];
}) {
  const heading = (
    <div>
      <Title order={1} fz={26}>
        {title}
      </Title>
      {help && (
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      )}
    </div>
  );
  if (actions === undefined) return heading;
  return (
    <Group justify="space-between" align={align}>
      {heading}
      {actions}
    </Group>
  );
}
