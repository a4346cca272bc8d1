import { Alert, Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from './conflict-alert';
import { ModalActions } from './modal-actions';

/**
 * The shell of every edit modal: the form, the stale-edit conflict (409: what the server has now
 * and a button to load it), the server's message, the fields, and cancel / save (and delete with a
 * second tap to confirm, when `onDelete` is given). Pair it with `useApiMutation`.
 */
export function FormModal({
  opened = true,
  title,
  size,
  onClose,
  onSubmit,
  saving,
  error,
  conflict,
  onDelete,
  saveLabel,
  saveDisabled,
  children,
}: {
  opened?: boolean;
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  saving: boolean;
  error?: string | null;
  /** On 409: what is on the server now, and how to load it into the form. */
  conflict?: { current: ReactNode; onReload: () => void } | null;
  onDelete?: () => Promise<unknown>;
  /** The submit button's label (default "Lưu") and whether it is disabled. */
  saveLabel?: string;
  saveDisabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && <ConflictAlert current={conflict.current} onReload={conflict.onReload} />}
          {error && !conflict && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {children}
          {onDelete ? (
            <ModalActions onDelete={async () => void (await onDelete())} onCancel={onClose} saving={saving} />
          ) : (
            <SaveCancel onCancel={onClose} saving={saving} saveLabel={saveLabel} disabled={saveDisabled} />
          )}
        </Stack>
      </form>
    </Modal>
  );
}

/** Cancel and save (the form's submit), right-aligned. */
function SaveCancel({
  onCancel,
  saving,
  saveLabel,
  disabled,
}: {
  onCancel: () => void;
  saving: boolean;
  saveLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled}>
        {saveLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
