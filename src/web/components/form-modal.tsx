import { Alert, Modal, type ModalProps, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { ConflictAlert } from './conflict-alert';
import { ModalActions, SaveCancel } from './modal-actions';

/** The server's refusal, in place (nothing when there is none). */
export function ErrorAlert({ error, testId }: { error: string | null | undefined; testId?: string }) {
  return error ? (
    <Alert color="red" role="alert" data-testid={testId}>
      {error}
    </Alert>
  ) : null;
}

type FormBodyProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  saving: boolean;
  error?: string | null;
  /** On 409: what is on the server now, and how to load it into the form. */
  conflict?: { current: ReactNode; onReload: () => void } | null;
  /** Shown first, above the conflict and the error (e.g. what the form is about). */
  top?: ReactNode;
  onDelete?: () => Promise<unknown>;
  /** The submit button's label (default "Lưu") and whether it is disabled. */
  saveLabel?: string;
  saveDisabled?: boolean;
  children: ReactNode;
};

/**
 * An edit form: the stale-edit conflict (409: what the server has now and a button to load it),
 * the server's message, the fields, and cancel / save (and delete with a second tap to confirm,
 * when `onDelete` is given). Pair it with `useApiMutation`.
 */
export function FormBody({
  onSubmit,
  onCancel,
  saving,
  error,
  conflict,
  top,
  onDelete,
  saveLabel,
  saveDisabled,
  children,
}: FormBodyProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {top}
        {conflict && <ConflictAlert current={conflict.current} onReload={conflict.onReload} />}
        {!conflict && <ErrorAlert error={error} />}
        {children}
        {onDelete ? (
          <ModalActions onDelete={async () => void (await onDelete())} onCancel={onCancel} saving={saving} />
        ) : (
          <SaveCancel onCancel={onCancel} saving={saving} saveLabel={saveLabel} disabled={saveDisabled} />
        )}
      </Stack>
    </form>
  );
}

/** The shell of every edit modal: `FormBody` in a centred modal. */
export function FormModal({
  opened = true,
  title,
  size,
  onClose,
  ...body
}: Omit<FormBodyProps, 'onCancel'> & {
  opened?: boolean;
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <FormBody onCancel={onClose} {...body} />
    </Modal>
  );
}
