import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { dashboardPath } from './queries';

/** On the conference page: the way to the dashboard, for those who may see it. */
export function DashboardCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <SectionCard id="sec-dashboard" title={t('dash.title')} help={t('dash.overviewHelp')}>
      <Button component={Link} to={dashboardPath(c.id)}>
        {t('dash.open')}
      </Button>
    </SectionCard>
  );
}
