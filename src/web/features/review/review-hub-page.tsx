import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { DateField } from '../../components/date-field';
import { ErrorState, PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { Meeting } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { MeetingStatusBadge, ReviewNav, useReviewContext } from './parts';
import { meetingsKey, reviewPath, useCouncil, useMeetings } from './queries';

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
      {creating && <CreateMeetingModal conference={conference.data} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function CreateMeetingModal({ conference, onClose }: { conference: ConferenceDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const council = useCouncil(conference.organizationId);
  const terms = [...new Set((council.data?.items ?? []).map((m) => m.term))].sort().reverse();
  const [title, setTitle] = useState(t('rev.hub.titleDefault'));
  const [term, setTerm] = useState<string | null>(null);
  const [meetingDate, setMeetingDate] = useState<string | null>(
    conference.milestones.find((m) => m.kind === 'council_meeting' && m.state !== 'past')?.startDate ??
      conference.today,
  );
  const [place, setPlace] = useState('');
  const [numerator, setNumerator] = useState<number | string>(2);
  const [denominator, setDenominator] = useState<number | string>(3);
  const [tally, setTally] = useState<string[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosenTerm = term ?? terms[0] ?? '';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setFields({});
    try {
      const m = await api<Meeting>('POST', `/api/conferences/${conference.id}/meetings`, {
        term: chosenTerm,
        title,
        meetingDate: meetingDate ?? '',
        place,
        quorumNumerator: Number(numerator),
        quorumDenominator: Number(denominator),
        tallyCommittee: tally,
      });
      await qc.invalidateQueries({ queryKey: meetingsKey(conference.id) });
      notifications.show({ color: 'green', message: t('rev.hub.created') });
      navigate(reviewPath.meeting(conference.id, m.id));
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('rev.hub.createTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('rev.hub.titleLabel')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fields.title}
          />
          {terms.length > 0 ? (
            <Select
              label={t('rev.hub.term')}
              description={t('rev.hub.termHelp')}
              required
              data={terms}
              value={chosenTerm}
              onChange={setTerm}
              allowDeselect={false}
              error={fields.term}
            />
          ) : (
            <TextInput
              label={t('rev.hub.term')}
              description={t('rev.hub.termHelp')}
              required
              value={term ?? ''}
              onChange={(e) => setTerm(e.currentTarget.value)}
              error={fields.term}
            />
          )}
          <DateField
            label={t('rev.hub.date')}
            required
            value={meetingDate}
            onChange={setMeetingDate}
            error={fields.meetingDate}
          />
          <TextInput
            label={t('rev.hub.place')}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={fields.place}
          />
          <div>
            <Text size="sm" fw={500}>
              {t('rev.hub.quorum')}
            </Text>
            <Text size="xs" c="dimmed" mb={4}>
              {t('rev.hub.quorumHelp')}
            </Text>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <NumberInput
                aria-label={t('rev.hub.quorumNumerator')}
                min={1}
                w={90}
                value={numerator}
                onChange={setNumerator}
                error={fields.quorumNumerator}
              />
              <Text fz="xl" mt={4}>
                /
              </Text>
              <NumberInput
                aria-label={t('rev.hub.quorumDenominator')}
                min={1}
                w={90}
                value={denominator}
                onChange={setDenominator}
                error={fields.quorumDenominator}
              />
            </Group>
          </div>
          <TagsInput
            label={t('rev.hub.tallyCommittee')}
            description={t('rev.hub.tallyHelp')}
            value={tally}
            onChange={setTally}
            error={fields.tallyCommittee}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('rev.hub.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
