import { useTranslation } from 'react-i18next';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { LinksCard } from '../../components/links-card';
import { type DelegatesRole, delegatesPath } from './queries';

/** Đại biểu và đón tiếp on the conference page: the list for the office, reception for the door. */
export function DelegatesCard({ c, role }: { c: ConferenceDetail; role: DelegatesRole }) {
  const { t } = useTranslation();
  if (!role.canRead && !role.canCheckIn) return null;
  return (
    <LinksCard
      id="sec-delegates"
      title={t('del.overview.title')}
      help={role.canRead ? t('del.overview.staffHelp') : t('del.overview.receptionHelp')}
      links={[
        role.canRead && { to: delegatesPath.list(c.id), label: t('del.nav.list') },
        role.canCheckIn && {
          to: delegatesPath.reception(c.id),
          label: t('del.nav.reception'),
          variant: role.canRead ? 'light' : 'filled',
          size: role.canRead ? 'sm' : 'lg',
        },
      ]}
    />
  );
}
