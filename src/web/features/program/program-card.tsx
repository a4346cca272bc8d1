import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceDetail } from '../../lib/types';
import { programPath, runPath } from './queries';

/** Chương trình hội nghị on the conference page: the agenda and the run of show. */
export function ProgramCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-program">
      <Title order={2} fz="lg" id="sec-program" mb={4}>
        {t('prog.overview.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('prog.overview.help')}
      </Text>
      <Group gap="xs">
        <Button component={Link} to={programPath(c.id)} variant="light">
          {t('prog.overview.open')}
        </Button>
        <Button component={Link} to={runPath(c.id)} variant="subtle">
          {t('prog.overview.run')}
        </Button>
      </Group>
    </Paper>
  );
}
