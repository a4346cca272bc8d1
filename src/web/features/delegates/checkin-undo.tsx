import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../lib/use-api-mutation';
import type { CheckinOutcome } from './checkin-parts';
import { applyUndo, delegateApi } from './queries';

// "Hoàn tác": a volunteer tapped "Đón" on the wrong person. One tap opens a confirmation (the
// person goes back to "chưa đến", the count down by one); confirming answers like a check-in does.

/**
 * A big "Hoàn tác" button with its confirmation, for the delegate `d` who reads as arrived;
 * `onOutcome` gets the server's answer; a refusal (e.g. undone meanwhile on another phone) is
 * shown in the confirmation.
 */
export function UndoCheckinButton({
  cid,
  d,
  onOutcome,
  variant = 'white',
}: {
  cid: string;
  d: { id: string; fullName: string };
  onOutcome: (o: CheckinOutcome) => void;
  variant?: 'white' | 'light';
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const undo = useApiMutation({
    mutationFn: () => delegateApi.undoCheckIn(cid, d.id),
    onSuccess: (r) => {
      setConfirming(false);
      applyUndo(qc, cid, r.delegate.id);
      onOutcome({ kind: 'undone', message: r.message });
    },
  });
  return (
    <>
      <Button
        size="md"
        mih={44}
        mt={variant === 'white' ? 'sm' : 0}
        variant={variant}
        color="orange.9"
        onClick={() => setConfirming(true)}
        aria-label={t('del.reception.undoLabel', { name: d.fullName })}
        data-testid="undo-checkin"
      >
        {t('del.reception.undo')}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('del.reception.undoTitle')}
        centered
      >
        <Stack>
          <Text>{t('del.reception.undoHelp', { name: d.fullName })}</Text>
          {undo.error && (
            <Text c="red.8" role="alert">
              {undo.error}
            </Text>
          )}
          <Group justify="flex-end" grow>
            <Button variant="default" size="md" onClick={() => setConfirming(false)}>
              {t('del.reception.undoKeep')}
            </Button>
            <Button
              color="orange.9"
              size="md"
              loading={undo.isPending}
              onClick={() => undo.mutate(undefined)}
            >
              {t('del.reception.undoConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
