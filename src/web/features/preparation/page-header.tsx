import { Anchor, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The head of a preparation page (tasks, budget): back link, title, help, and the page's buttons. */
export function PrepPageHeader({
  cid,
  title,
  help,
  extra,
  actions,
}: {
  cid: string;
  title: string;
  help: string;
  /** A line under the help text. */
  extra?: ReactNode;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/conferences/${cid}`} size="sm">
        {t('prep.nav.backToConference')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz="h2">
            {title}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {help}
          </Text>
          {extra}
        </div>
        <Group gap="xs">{actions}</Group>
      </Group>
    </>
  );
}
