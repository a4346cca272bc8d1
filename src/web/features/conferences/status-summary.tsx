import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView } from '../../../shared/schemas/conferences';
import { formatDate, formatDateRange, truncate } from '../../lib/format';
import { actionLink, actionText } from './lifecycle-text';

/**
 * "Are we on time, and what now?" — from the derived lifecycle: concluded, or the overdue
 * milestones (only those neither done nor completed by the data) and the next milestone, then
 * what to do next for those who run the conference.
 */
export function StatusSummary({ c }: { c: ConferenceView }) {
  const { t } = useTranslation();
  const l = c.lifecycle;
  const concluded = l.stage === 'concluded';
  const overdue = l.milestones.overdue;
  const next = c.milestones
    .filter((m) => (m.state === 'today' || m.state === 'upcoming') && !m.done && !m.satisfied)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  const title = concluded
    ? t('life.stage.concluded')
    : overdue > 0
      ? t('overview.overdueCount', { count: overdue })
      : t('overview.allOnTime');
  return (
    <Alert color={overdue > 0 ? 'red' : 'green'} title={title} data-testid="status-summary">
      <Stack gap={4}>
        <Text size="sm">{t('overview.today', { date: formatDate(c.today) })}</Text>
        {concluded && <Text size="sm">{t('life.concluded')}</Text>}
        {next && (
          <Text size="sm">
            {t('overview.nextMilestone')}: <b>{formatDateRange(next.startDate, next.endDate)}</b> —{' '}
            {truncate(next.title, 120)}
          </Text>
        )}
        {c.permissions.canEdit && l.next.length > 0 && (
          <div data-testid="next-actions">
            <Text size="sm" fw={700} mt={4}>
              {t('life.nextTitle')}
            </Text>
            <List size="sm" spacing={2}>
              {l.next.map((a) => (
                <List.Item key={a.key}>
                  <Anchor component={Link} to={actionLink(c.id, a)} size="sm" c="inherit" underline="always">
                    {actionText(t, a)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
