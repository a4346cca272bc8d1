import { Button, Checkbox, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegateView, InvitationsSentView } from '../../../shared/schemas/delegates';
import { ApiError, api, downloadFile } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { apiBase, delegateListKey, useErrorNotice } from './queries';

/** The delegates ticked in the list, kept in the order the list shows them. */
export function useChosenDelegates(shown: DelegateView[]) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const selected = shown.filter((d) => chosen.has(d.id));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allChosen = shown.length > 0 && selected.length === shown.length;
  return {
    selected,
    isChosen: (id: string) => chosen.has(id),
    toggle,
    allChosen,
    toggleAll: () => setChosen(allChosen ? new Set() : new Set(shown.map((d) => d.id))),
    clear: () => setChosen(new Set()),
  };
}
export type ChosenDelegates = ReturnType<typeof useChosenDelegates>;

export function ChooseAllBox({ chosen }: { chosen: ChosenDelegates }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      aria-label={t('del.chosen.selectAll')}
      checked={chosen.allChosen}
      indeterminate={chosen.selected.length > 0 && !chosen.allChosen}
      onChange={chosen.toggleAll}
    />
  );
}

export function ChooseBox({ d, chosen }: { d: DelegateView; chosen: ChosenDelegates }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      aria-label={t('del.chosen.select', { name: d.fullName })}
      checked={chosen.isChosen(d.id)}
      onChange={() => chosen.toggle(d.id)}
    />
  );
}

/** Giấy mời of the ticked delegates as one PDF (in the list's order), and "đã gửi" for them. */
export function ChosenInvitationsBar({ cid, chosen }: { cid: string; chosen: ChosenDelegates }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const { selected } = chosen;
  const count = selected.length;
  const markSent = useApiMutation({
    mutationFn: () =>
      api<InvitationsSentView>('POST', `${apiBase(cid)}/delegates/invitations/sent`, {
        items: selected.map(({ id, version }) => ({ id, version })),
      }),
    invalidate: [delegateListKey(cid)],
    onSuccess: (r) =>
      notifications.show({
        color: 'green',
        message: t('del.chosen.marked', { marked: r.marked, unchanged: r.unchanged }),
      }),
  });
  useErrorNotice(markSent.error);
  const print = (paper: 'A4' | 'A5') => {
    setPrinting(true);
    const ids = selected.map((d) => d.id).join(',');
    downloadFile(
      `${apiBase(cid)}/delegates/invitations.pdf?paper=${paper}&ids=${ids}`,
      `Giay-moi-da-chon-${paper}.pdf`,
    )
      .catch((err) =>
        notifications.show({
          color: 'red',
          message: err instanceof ApiError ? err.message : t('errors.generic'),
        }),
      )
      .finally(() => setPrinting(false));
  };
  return (
    <Group gap="xs" data-testid="chosen-invitations">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="light" disabled={count === 0} loading={printing}>
            {t('del.chosen.print', { count })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(['A4', 'A5'] as const).map((paper) => (
            <Menu.Item key={paper} onClick={() => print(paper)}>
              {t('del.chosen.printOn', { paper })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="light"
        color="teal"
        disabled={count === 0}
        loading={markSent.isPending}
        onClick={() => markSent.mutate(undefined, { onSuccess: chosen.clear })}
      >
        {t('del.chosen.markSent', { count })}
      </Button>
    </Group>
  );
}
