import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubmissionRowView } from '../../../shared/schemas/quotas';
import { formatDate } from '../../lib/format';

/** Hạn nộp of one unit: overdue, open or closed, extended until. */
export function DeadlineCell({ r }: { r: SubmissionRowView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap={4}>
        {r.overdue && (
          <Badge color="red" variant="filled" tt="none" style={{ flexShrink: 0 }}>
            {t('nom.submissions.overdue')}
          </Badge>
        )}
        <Badge color={r.deadline.open ? 'teal' : 'gray'} variant="light" tt="none" style={{ flexShrink: 0 }}>
          {r.deadline.open ? t('nom.submissions.open') : t('nom.submissions.closed')}
        </Badge>
      </Group>
      {r.deadline.extendedUntil && (
        <Text size="xs">{t('nom.submissions.extended', { date: formatDate(r.deadline.extendedUntil) })}</Text>
      )}
    </Stack>
  );
}

/** "n đã gửi, n nháp…" for one unit, or — when it has none. */
export function useCountsText() {
  const { t } = useTranslation();
  return (r: SubmissionRowView) => {
    const c = r.nominationCounts;
    if (Object.values(c).every((n) => !n)) return '—';
    return t('nom.submissions.counts', {
      sent: (c.submitted ?? 0) + (c.resubmitted ?? 0) + (c.accepted ?? 0),
      draft: c.draft ?? 0,
      returned: c.returned ?? 0,
      accepted: c.accepted ?? 0,
    });
  };
}

/** Open the unit's workspace or report; reopen its submission after the deadline. */
export function RowActions({
  r,
  conferenceId,
  canReopen,
  onReopen,
}: {
  r: SubmissionRowView;
  conferenceId: string;
  canReopen: boolean;
  onReopen: (r: SubmissionRowView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        component={Link}
        to={`/conferences/${conferenceId}/units/${r.unitId}`}
        size="compact-sm"
        variant="light"
        aria-label={`${t('nom.submissions.openUnit')}: ${r.unitName}`}
      >
        {t('nom.submissions.openUnit')}
      </Button>
      {r.reportStatus && r.reportStatus !== 'draft' && (
        <Button
          component={Link}
          to={`/conferences/${conferenceId}/units/${r.unitId}/report`}
          size="compact-sm"
          variant="subtle"
          aria-label={`${t('nom.submissions.openReport')}: ${r.unitName}`}
        >
          {t('nom.submissions.openReport')}
        </Button>
      )}
      {canReopen && !r.deadline.open && (
        <Button
          size="compact-sm"
          variant="subtle"
          color="orange"
          onClick={() => onReopen(r)}
          aria-label={`${t('nom.submissions.reopen')}: ${r.unitName}`}
        >
          {t('nom.submissions.reopen')}
        </Button>
      )}
    </Group>
  );
}
