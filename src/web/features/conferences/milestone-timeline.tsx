import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestoneState } from '../../../shared/rules/timeline';
import type { MilestoneView } from '../../../shared/schemas/conferences';
import { formatDateRange, truncate } from '../../lib/format';
import { MilestoneDoneButton } from './milestone-done-button';
import { MilestoneModal } from './milestone-modal';

const STATE_COLOR: Record<MilestoneState, string> = {
  past: 'gray',
  today: 'blue',
  upcoming: 'teal',
  overdue: 'red',
};

type Props = { conferenceId: string; milestones: MilestoneView[]; canEdit: boolean };

/** Mốc thời gian: each milestone with its date(s), state badge and (for editors) an edit button. */
export function MilestoneTimeline({ conferenceId, milestones, canEdit }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<MilestoneView | 'new' | null>(null);
  const sorted = [...milestones].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.sortOrder - b.sortOrder,
  );
  const lastPast = sorted.reduce((acc, m, i) => (m.state === 'upcoming' ? acc : i), -1);

  return (
    <Stack gap="sm">
      <Timeline active={lastPast} bulletSize={18} lineWidth={2} color="red">
        {sorted.map((m) => {
          const dates = formatDateRange(m.startDate, m.endDate);
          return (
            <Timeline.Item
              key={m.id}
              color={STATE_COLOR[m.state]}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={700} size="sm">
                    {dates}
                  </Text>
                  <Badge color={STATE_COLOR[m.state]} variant={m.state === 'past' ? 'light' : 'filled'}>
                    {t(`milestoneState.${m.state}`)}
                  </Badge>
                  {m.kind !== 'other' && (
                    <Badge color="grape" variant="outline">
                      {t(`nom.milestoneKind.${m.kind}`)}
                    </Badge>
                  )}
                  {m.done && (
                    <Badge color="green" variant="light">
                      {t('milestone.doneBadge')}
                    </Badge>
                  )}
                  {m.satisfied && !m.done && (
                    <Badge color="green" variant="light">
                      {t('milestone.satisfiedBadge')}
                    </Badge>
                  )}
                  {m.startTime && (
                    <Badge color="gray" variant="outline">
                      {m.startTime}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="sm" mt={4}>
                {m.title}
              </Text>
              <Group justify="space-between" gap="xs" mt={2}>
                <Text size="xs" c="dimmed">
                  {m.responsible}
                </Text>
                {canEdit && (
                  <Group gap={4}>
                    <MilestoneDoneButton conferenceId={conferenceId} m={m} />
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setEditing(m)}
                      aria-label={`${t('milestone.editLabel', { date: dates })}: ${truncate(m.title, 60)}`}
                    >
                      {t('common.edit')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {canEdit && (
        <Group>
          <Button variant="light" size="xs" onClick={() => setEditing('new')}>
            {t('milestone.add')}
          </Button>
        </Group>
      )}
      {editing && (
        <MilestoneModal
          conferenceId={conferenceId}
          milestone={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
