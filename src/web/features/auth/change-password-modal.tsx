import { PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { changePassword } from './queries';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('account.currentPassword')),
      newPassword: (v) => (v.length >= 8 ? null : t('account.passwordTooShort')),
      confirm: (v, values) => (v === values.newPassword ? null : t('account.passwordMismatch')),
    },
  });
  const save = useApiMutation({
    mutationFn: changePassword,
    form,
    successMessage: t('account.passwordChanged'),
    onSuccess: () => {
      form.reset();
      onClose();
    },
  });

  return (
    <FormModal
      opened={opened}
      title={t('account.changePassword')}
      onClose={onClose}
      onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
        save.mutate({ currentPassword, newPassword }),
      )}
      saving={save.isPending}
      error={save.error}
    >
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
    </FormModal>
  );
}
