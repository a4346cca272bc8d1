import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The server's refusal, in place (nothing when there is none). */
export function ErrorAlert({ error, testId }: { error: string | null; testId?: string }) {
  return error ? (
    <Alert color="red" role="alert" data-testid={testId}>
      {error}
    </Alert>
  ) : null;
}

type FormBodyProps = {
  onSubmit: (e?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  error: string | null;
  saving: boolean;
  /** The submit button's label; "Lưu" by default. */
  submitLabel?: string;
  submitDisabled?: boolean;
  /** Shown above the error (e.g. the stale-edit ConflictAlert). */
  top?: ReactNode;
  children: ReactNode;
};

/** A form of the review pages: error on top, fields, then cancel and submit. */
export function FormBody({
  onSubmit,
  onCancel,
  error,
  saving,
  submitLabel,
  submitDisabled,
  top,
  children,
}: FormBodyProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {top}
        <ErrorAlert error={error} />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={submitDisabled}>
            {submitLabel ?? t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The same form in a centred modal. */
export function FormModal({
  title,
  size,
  ...body
}: FormBodyProps & { title: string; size?: 'md' | 'lg' | 'xl' }) {
  return (
    <Modal opened onClose={body.onCancel} title={title} centered size={size}>
      <FormBody {...body} />
    </Modal>
  );
}
