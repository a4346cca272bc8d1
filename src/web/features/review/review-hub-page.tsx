import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { MeetingModal } from './meeting-modal';
import { MeetingStatusBadge, ReviewNav, useReviewContext } from './parts';
import { reviewPath, useMeetings } from './queries';

/** Xét duyệt: the council's meetings of this conference, and a new one. */
export function ReviewHubPage() {
  const { t } = useTranslation();
  const { conferenceId, conference, role } = useReviewContext();
  const meetings = useMeetings(conferenceId);
  const [creating, setCreating] = useState(false);
  usePageTitle(t('rev.hub.title'));
  if (conference.isLoading || meetings.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (meetings.error || !meetings.data)
    return <ErrorState error={meetings.error} onRetry={() => meetings.refetch()} />;
  const list = meetings.data;

  return (
    <Stack gap="md">
      <ReviewNav conference={conference.data} active="hub" role={role} />
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz={26}>
          {t('rev.hub.meetings')}
        </Title>
        {list.permissions.canManage && (
          <Button onClick={() => setCreating(true)} size="md">
            {t('rev.hub.create')}
          </Button>
        )}
      </Group>
      {list.items.length === 0 && <Text c="dimmed">{t('rev.hub.empty')}</Text>}
      <Stack gap="sm" data-testid="meetings">
        {list.items.map((m) => (
          <Card key={m.id} withBorder padding="md">
            <Group justify="space-between" align="center" wrap="wrap" gap="sm">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={700} fz="lg">
                  {m.title}
                </Text>
                <Group gap="xs" mt={4}>
                  <Text size="sm" c="dimmed">
                    {formatDate(m.meetingDate)} · {t('rev.meeting.term')} {m.term}
                  </Text>
                  <MeetingStatusBadge status={m.status} />
                </Group>
              </div>
              <Button
                component={Link}
                to={reviewPath.meeting(conferenceId, m.id)}
                size="md"
                variant={m.status === 'closed' ? 'light' : 'filled'}
                aria-label={`${t('rev.hub.open')}: ${m.title}`}
              >
                {t('rev.hub.open')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      {creating && <MeetingModal conference={conference.data} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
