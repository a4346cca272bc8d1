import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompositionCheck } from '../../../shared/rules/delegate-composition';
import { ApiError, api } from '../../lib/api';
import { apiBase, invalidateDelegates } from './queries';

/**
 * Chốt danh sách: a list that keeps the rules is finalized by the secretary; one that breaks a
 * rule only by the chair, with a written reason (audited on the server).
 */
export function FinalizeModal({
  cid,
  check,
  listVersion,
  canOverride,
  onClose,
}: {
  cid: string;
  check: CompositionCheck;
  listVersion: number;
  canOverride: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await api('POST', `${apiBase(cid)}/delegates/finalize`, { overrideReason: reason, listVersion });
      notifications.show({ color: 'green', message: t('del.finalize.done') });
      invalidateDelegates(qc, cid);
      onClose();
    } catch (err) {
      if (err instanceof ApiError) setError({ message: err.message, field: err.fields.overrideReason });
      else setError({ message: t('errors.generic') });
      if (err instanceof ApiError && err.status === 409) invalidateDelegates(qc, cid);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('del.finalize.title')} size="lg">
      <Stack gap="sm">
        {check.ok ? (
          <Alert color="green">{t('del.finalize.ok')}</Alert>
        ) : (
          <Alert color="red" title={t('del.finalize.broken')}>
            <List size="sm">
              {check.messages.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {!check.ok &&
          (canOverride ? (
            <Textarea
              label={t('del.finalize.overrideReason')}
              description={t('del.finalize.overrideHelp')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={error?.field}
              autosize
              minRows={3}
              required
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('del.finalize.noOverride')}
            </Text>
          ))}
        {error && !error.field && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={saving}
            disabled={!check.ok && (!canOverride || reason.trim().length === 0)}
            color={check.ok ? 'blue' : 'red'}
          >
            {t('del.list.finalize')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
