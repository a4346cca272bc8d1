import { useTranslation } from 'react-i18next';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { LinksCard } from '../../components/links-card';
import { dashboardPath } from './queries';

/** On the conference page: the way to the dashboard, for those who may see it. */
export function DashboardCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <LinksCard
      id="sec-dashboard"
      title={t('dash.title')}
      help={t('dash.overviewHelp')}
      links={[{ to: dashboardPath(c.id), label: t('dash.open') }]}
    />
  );
}
