import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { type DelegatesRole, delegatesPath } from './queries';

/** Đại biểu và đón tiếp on the conference page: the list for the office, reception for the door. */
export function DelegatesCard({ c, role }: { c: ConferenceDetail; role: DelegatesRole }) {
  const { t } = useTranslation();
  if (!role.canRead && !role.canCheckIn) return null;
  return (
    <SectionCard
      id="sec-delegates"
      title={t('del.overview.title')}
      help={role.canRead ? t('del.overview.staffHelp') : t('del.overview.receptionHelp')}
    >
      <Group gap="sm">
        {role.canRead && (
          <Button component={Link} to={delegatesPath.list(c.id)}>
            {t('del.nav.list')}
          </Button>
        )}
        {role.canCheckIn && (
          <Button
            component={Link}
            to={delegatesPath.reception(c.id)}
            variant={role.canRead ? 'light' : 'filled'}
            size={role.canRead ? 'sm' : 'lg'}
          >
            {t('del.nav.reception')}
          </Button>
        )}
      </Group>
    </SectionCard>
  );
}
