import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readyToSubmit } from '../../../shared/rules/submission';
import type { Nomination, NominationListItem } from '../../../shared/schemas/nomination-views';
import { nameOf } from './parts';

// "Gửi cho Hội đồng" asks first: what goes to the council, and that the unit cannot change it
// afterwards. A nomination with details still missing is not offered for sending: the same check
// as the server's (shared/rules/submission readyToSubmit) lists what to complete.

function ConfirmFrame(props: {
  title: string;
  confirmLabel: string;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={props.onClose} title={props.title} centered size="lg">
      <Stack>
        {props.children}
        <Text size="sm">{t('nom.confirm.after')}</Text>
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={props.onClose}>
            {t('nom.confirm.later')}
          </Button>
          <Button color="green" size="md" loading={props.loading} onClick={props.onConfirm} data-autofocus>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Sending one nomination: its name, kind, award form, unit and files — or what is missing. */
export function SubmitOneModal(props: {
  n: Nomination;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { n } = props;
  const again = n.status === 'returned';
  const ready = readyToSubmit(n);
  if (!ready.ok)
    return (
      <Modal opened onClose={props.onClose} title={t('nom.confirm.incompleteTitle')} centered size="lg">
        <Stack>
          <Text>{t('nom.confirm.incompleteHelp')}</Text>
          <List data-testid="missing-fields">
            {Object.entries(ready.fields).map(([path, message]) => (
              <List.Item key={path}>{message}</List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={props.onClose}>
              {t('nom.confirm.later')}
            </Button>
            <Button component={Link} to={`/conferences/${n.conferenceId}/nominations/${n.id}/edit`} size="md">
              {t('nom.detail.edit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  return (
    <ConfirmFrame
      title={again ? t('nom.confirm.resubmitTitle') : t('nom.confirm.title')}
      confirmLabel={again ? t('nom.detail.resubmit') : t('nom.detail.submit')}
      loading={props.loading}
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <Text>{t('nom.confirm.intro')}</Text>
      <Alert color="blue" variant="light" data-testid="confirm-what">
        <Text fw={700} fz="lg">
          {nameOf(n, t('nom.unnamed'))}
        </Text>
        <Text>
          {t(`nom.kind.${n.kind}`)} · {n.awardFormName}
        </Text>
        <Text>{n.unitName}</Text>
        <Text size="sm">
          {n.attachments.length
            ? t('nom.confirm.files', { count: n.attachments.length })
            : t('nom.confirm.noFiles')}
        </Text>
      </Alert>
    </ConfirmFrame>
  );
}

/** Sending every draft the unit may still send: each by name and award form. */
export function SubmitManyModal(props: {
  items: NominationListItem[];
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmFrame
      title={t('nom.confirm.bulkTitle', { count: props.items.length })}
      confirmLabel={t('nom.unit.submitDrafts', { count: props.items.length })}
      loading={props.loading}
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <Text>{t('nom.confirm.bulkIntro')}</Text>
      <List data-testid="confirm-what">
        {props.items.map((n) => (
          <List.Item key={n.id}>
            <b>{nameOf(n, t('nom.unnamed'))}</b> — {n.awardFormName}
          </List.Item>
        ))}
      </List>
    </ConfirmFrame>
  );
}
