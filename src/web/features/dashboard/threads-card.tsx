import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import { SectionCard } from '../../components/section-card';

/** Phản ánh, kiến nghị not closed (of the ward, and about this conference) and the oldest one's age. */
export function ThreadsCard({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const th = d.threads;
  return (
    <SectionCard
      id="dash-threads"
      title={t('threads.dashboardTitle')}
      headerMb="xs"
      data-testid="dash-threads"
    >
      {th.open === 0 ? (
        <Text size="sm">{t('threads.dashboardNone')}</Text>
      ) : (
        <>
          <Text fw={600}>{t('threads.dashboardLine', { open: th.open, ofConference: th.ofConference })}</Text>
          {th.oldestAgeDays !== null && (
            <Text size="sm" c={th.oldestAgeDays > 7 ? 'red.8' : 'dimmed'}>
              {t('threads.dashboardOldest', { count: th.oldestAgeDays })}
            </Text>
          )}
        </>
      )}
      <Anchor component={Link} to="/threads" size="sm" mt="xs" display="inline-block">
        {t('threads.dashboardOpen')}
      </Anchor>
    </SectionCard>
  );
}
