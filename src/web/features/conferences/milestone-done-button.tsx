import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MilestoneView } from '../../../shared/schemas/conferences';
import { useApiMutation } from '../../lib/use-api-mutation';
import { conferenceKey, conferencesKey, setMilestoneDone } from './queries';

/**
 * Đánh dấu hoàn thành / Mở lại: one tap, versioned (a stale tap gets the server's current state),
 * audited. A milestone the data has completed needs no tap.
 */
export function MilestoneDoneButton({ conferenceId, m }: { conferenceId: string; m: MilestoneView }) {
  const { t } = useTranslation();
  const mutation = useApiMutation<boolean, MilestoneView, MilestoneView>({
    mutationFn: (done) => setMilestoneDone(conferenceId, m.id, done, m.version),
    invalidate: [conferenceKey(conferenceId), conferencesKey],
    successMessage: t('milestone.saved'),
  });
  if (m.satisfied && !m.done) return null;
  return (
    <>
      <Button
        size="compact-sm"
        variant={m.done ? 'subtle' : 'light'}
        color={m.done ? 'gray' : 'green'}
        loading={mutation.isPending}
        onClick={() => mutation.mutate(!m.done)}
      >
        {m.done ? t('milestone.reopen') : t('milestone.markDone')}
      </Button>
      {mutation.error && (
        <Text size="xs" c="red.8" role="alert">
          {mutation.error}
        </Text>
      )}
    </>
  );
}
