import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// Its own module (not parts.tsx): the form and the modal load only with the pages that return or
// reject, not with the unit's workspace, which shows the badges of parts.tsx.

/** A reason the unit will read (return, reject): required, in a modal. */
export function ReasonModal({
  title,
  confirmLabel,
  color = 'orange',
  onConfirm,
  onClose,
}: {
  title: string;
  confirmLabel: string;
  color?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('nom.reason.required')) },
  });
  // onConfirm's refusal (the server's message) shows under the field.
  const submit = form.onSubmit(async ({ reason }) => {
    setSaving(true);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      form.setFieldError('reason', err instanceof Error ? err.message : t('errors.generic'));
    } finally {
      setSaving(false);
    }
  });
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('nom.reason.label')}
            autosize
            minRows={3}
            required
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={saving}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
