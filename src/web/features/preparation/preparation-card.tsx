import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceDetail } from '../../lib/types';
import { type PreparationRole, preparationPath } from './queries';

/** Chuẩn bị hội nghị on the conference page: tasks & checklist (everyone), budget (who may see it). */
export function PreparationCard({ c, role }: { c: ConferenceDetail; role: PreparationRole }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-preparation">
      <Title order={2} fz="lg" id="sec-preparation" mb={4}>
        {t('prep.overview.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('prep.overview.help')}
      </Text>
      <Group gap="sm">
        <Button component={Link} to={preparationPath.tasks(c.id)}>
          {t('prep.nav.tasks')}
        </Button>
        {role.canViewBudget && (
          <Button component={Link} to={preparationPath.budget(c.id)} variant="light">
            {t('prep.nav.budget')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
