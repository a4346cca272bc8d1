import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DelegateView, InvitationsSentView } from '../../../shared/schemas/delegates';
import {
  type RowSelection,
  SelectAllBox,
  SelectRowBox,
  useRowSelection,
} from '../../components/row-selection';
import { api } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useBusyDownload } from '../../lib/use-busy-download';
import { apiBase, delegateListKey, useErrorNotice } from './queries';

/** The delegates ticked in the list, kept in the order the list shows them. */
export const useChosenDelegates = (shown: DelegateView[]) => useRowSelection(shown);
export type ChosenDelegates = RowSelection<DelegateView>;

export function ChooseAllBox({ chosen }: { chosen: ChosenDelegates }) {
  const { t } = useTranslation();
  return <SelectAllBox selection={chosen} label={t('del.chosen.selectAll')} />;
}

export function ChooseBox({ d, chosen }: { d: DelegateView; chosen: ChosenDelegates }) {
  const { t } = useTranslation();
  return <SelectRowBox selection={chosen} id={d.id} label={t('del.chosen.select', { name: d.fullName })} />;
}

/** Giấy mời of the ticked delegates as one PDF (in the list's order), and "đã gửi" for them. */
export function ChosenInvitationsBar({ cid, chosen }: { cid: string; chosen: ChosenDelegates }) {
  const { t } = useTranslation();
  const [download, printing] = useBusyDownload();
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
  const print = (paper: 'A4' | 'A5') =>
    download(
      paper,
      `${apiBase(cid)}/delegates/invitations.pdf?paper=${paper}&ids=${selected.map((d) => d.id).join(',')}`,
      `Giay-moi-da-chon-${paper}.pdf`,
    );
  return (
    <Group gap="xs" data-testid="chosen-invitations">
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="light" disabled={count === 0} loading={printing !== null}>
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
