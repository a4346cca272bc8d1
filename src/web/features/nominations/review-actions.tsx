import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionAction } from '../../../shared/rules/submission';
import type { Nomination, NominationListItem } from '../../../shared/schemas/nomination-views';
import { ApiError } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { nominationDataKeys, nominationKey, transitionNomination } from './queries';
import { ReasonModal } from './reason-modal';

const DONE = { submit: 'submitted', accept: 'accepted', return: 'returned', reject: 'rejected' } as const;

/** Gửi / trả lại / tiếp nhận / không tiếp nhận: one write, its notice, the stale data refreshed. */
export function useNominationAction(
  cid: string,
  opts: { withName?: boolean; form?: { setErrors: (errors: Record<string, string>) => void } } = {},
) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const mutation = useApiMutation<
    {
      id: string;
      name: string;
      version: number;
      action: SubmissionAction;
      reason?: string;
      eligibilityNote?: string;
    },
    Nomination
  >({
    mutationFn: (v) => transitionNomination({ cid, ...v }),
    invalidate: nominationDataKeys(cid),
    form: opts.form, // the server's per-field messages (the send's eligibilityNote)
    onSuccess: (next, v) => {
      qc.setQueryData(nominationKey(cid, next.id), next);
      const done = t(`nom.detail.${DONE[v.action]}`);
      notifications.show({ color: 'green', message: opts.withName ? `${done}: ${v.name}` : done });
    },
  });
  const busy = (id: string, action: SubmissionAction) =>
    mutation.isPending && mutation.variables?.id === id && mutation.variables.action === action;
  return { ...mutation, busy };
}
export type NominationAction = ReturnType<typeof useNominationAction>;

type Target = Pick<NominationListItem, 'id' | 'name' | 'version' | 'permissions'>;

/**
 * The office's buttons on one nomination: tiếp nhận at once, trả lại / không tiếp nhận with a
 * reason. `compact` (the list): small buttons named after the nominee, errors as notices.
 */
export function ReviewButtons({
  n,
  action,
  compact,
}: {
  n: Target;
  action: NominationAction;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'return' | 'reject' | null>(null);
  const p = n.permissions;
  if (!p.canAccept && !p.canReturn && !p.canReject) return null;
  const run = (a: SubmissionAction, reason?: string) =>
    action.mutateAsync({ id: n.id, name: n.name, version: n.version, action: a, reason });
  const accept = () =>
    run('accept').catch((err) => {
      if (compact)
        notifications.show({
          color: 'red',
          message: err instanceof ApiError ? err.message : t('errors.generic'),
        });
    });
  const button = (a: 'accept' | 'return' | 'reject') => ({
    size: compact ? 'compact-sm' : 'md',
    'aria-label': compact ? `${t(`nom.detail.${a}`)}: ${n.name}` : undefined,
  });
  return (
    <Group gap={compact ? 4 : 'sm'} wrap="wrap">
      {p.canAccept && (
        <Button
          {...button('accept')}
          color="green"
          loading={action.busy(n.id, 'accept')}
          onClick={() => void accept()}
        >
          {t('nom.detail.accept')}
        </Button>
      )}
      {p.canReturn && (
        <Button {...button('return')} color="orange" variant="light" onClick={() => setAsking('return')}>
          {t('nom.detail.return')}
        </Button>
      )}
      {p.canReject && (
        <Button {...button('reject')} color="red" variant="subtle" onClick={() => setAsking('reject')}>
          {t('nom.detail.reject')}
        </Button>
      )}
      {asking && (
        <ReasonModal
          title={t(asking === 'return' ? 'nom.reason.returnTitle' : 'nom.reason.rejectTitle', {
            name: n.name,
          })}
          confirmLabel={t(asking === 'return' ? 'nom.detail.return' : 'nom.detail.reject')}
          color={asking === 'return' ? 'orange' : 'red'}
          onConfirm={async (reason) => {
            await run(asking, reason);
            setAsking(null);
          }}
          onClose={() => setAsking(null)}
        />
      )}
    </Group>
  );
}
