import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('account.currentPassword')),
      newPassword: (v) => (v.length >= 8 ? null : t('account.passwordTooShort')),
      confirm: (v, values) => (v === values.newPassword ? null : t('account.passwordMismatch')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    setSaving(true);
    try {
      await api('POST', '/api/auth/password', { currentPassword, newPassword });
      notifications.show({ color: 'green', message: t('account.passwordChanged') });
      form.reset();
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        form.setErrors(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
    } finally {
      setSaving(false);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('account.changePassword')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('account.newPassword')}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
