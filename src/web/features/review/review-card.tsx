import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { wrappingLabel } from '../../components/wrapping-label';
import { type ReviewRole, reviewPath, useMeetings } from './queries';

/**
 * A council meeting that is on, at the top of the conference page: a member's one big way in
 * to mark himself present and vote.
 */
export function RunningMeetings({ c, role }: { c: ConferenceDetail; role: ReviewRole }) {
  const { t } = useTranslation();
  const meetings = useMeetings(c.id, role.canRead);
  const running = (meetings.data?.items ?? []).filter((m) => m.status !== 'closed');
  if (!role.canRead || running.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="running-meetings">
      {running.map((m) => (
        <Button
          key={m.id}
          component={Link}
          to={reviewPath.meeting(c.id, m.id)}
          size="lg"
          color="green"
          fullWidth
          {...wrappingLabel}
        >
          {t('rev.overview.enterMeeting', { title: m.title })}
        </Button>
      ))}
    </Stack>
  );
}

/** Xét duyệt on the conference page: the way to the meetings, results, speeches and delegation. */
export function ReviewCard({ c, role }: { c: ConferenceDetail; role: ReviewRole }) {
  const { t } = useTranslation();
  if (!role.canRead) return null;
  return (
    <SectionCard
      id="sec-review"
      title={t('rev.overview.title')}
      help={role.canManage ? t('rev.overview.staffHelp') : t('rev.overview.memberHelp')}
    >
      <Group gap="sm">
        <Button component={Link} to={reviewPath.hub(c.id)}>
          {t('rev.overview.openHub')}
        </Button>
        <Button component={Link} to={`/conferences/${c.id}/honorees`} variant="light">
          {t('rev.nav.honorees')}
        </Button>
      </Group>
    </SectionCard>
  );
}
