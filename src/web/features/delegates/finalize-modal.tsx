import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CompositionCheck } from '../../../shared/rules/delegate-composition';
import { useApiMutation } from '../../lib/use-api-mutation';
import { delegateApi, delegateListKey } from './queries';

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
  const form = useForm({ initialValues: { overrideReason: '' } });
  const reason = form.values.overrideReason;
  const finalize = useApiMutation({
    mutationFn: () => delegateApi.finalize(cid, { overrideReason: reason, listVersion }),
    invalidate: [delegateListKey(cid)],
    form,
    successMessage: t('del.finalize.done'),
    onSuccess: onClose,
  });
  const fieldError = form.errors.overrideReason;

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
              {...form.getInputProps('overrideReason')}
              autosize
              minRows={3}
              required
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('del.finalize.noOverride')}
            </Text>
          ))}
        {finalize.error && !fieldError && <Alert color="red">{finalize.error}</Alert>}
        {finalize.conflict !== null && (
          <Alert color="orange" title={t('errors.conflictTitle')}>
            {t('errors.conflictBody')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => finalize.mutate()}
            loading={finalize.isPending}
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
