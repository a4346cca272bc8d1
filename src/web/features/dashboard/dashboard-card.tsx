import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceDetail } from '../../lib/types';
import { dashboardPath } from './queries';

/** On the conference page: the way to the dashboard, for those who may see it. */
export function DashboardCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-dashboard">
      <Title order={2} fz="lg" id="sec-dashboard" mb={4}>
        {t('dash.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dash.overviewHelp')}
      </Text>
      <Button component={Link} to={dashboardPath(c.id)}>
        {t('dash.open')}
      </Button>
    </Paper>
  );
}
