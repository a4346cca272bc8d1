import { Alert, Checkbox, Group, Modal, Radio, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { type MeetingView, VOTING_MODES } from '../../../shared/schemas/review';
import { FormBody } from '../../components/form-modal';
import { PageLoader } from '../../components/page-state';
import { useApiMutation } from '../../lib/use-api-mutation';
import { type Exclusion, NomineeRow } from './nominee-row';
import { applyBallot, reviewApi, useAcceptedNominations } from './queries';

/**
 * Tạo phiếu: the accepted nominations to decide, the voting mode, and per nominee the members
 * who must not vote on it (conflict of interest) — prefilled with members of the nominee's unit.
 */
export function CreateBallotModal({
  cid,
  meeting,
  onClose,
}: {
  cid: string;
  meeting: MeetingView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const accepted = useAcceptedNominations(cid);
  return (
    <Modal opened onClose={onClose} title={t('rev.create.title')} centered size="xl">
      {accepted.isLoading ? (
        <PageLoader />
      ) : accepted.error || !accepted.data ? (
        <Alert color="red">{t('errors.generic')}</Alert>
      ) : (
        <BallotForm cid={cid} meeting={meeting} nominations={accepted.data.items} onClose={onClose} />
      )}
    </Modal>
  );
}

type Values = {
  title: string;
  mode: MeetingView['ballots'][number]['mode'];
  allowAbstain: boolean;
  /** the nominations put on the ballot, in list order */
  selected: string[];
  exclusions: Record<string, Exclusion>;
};

function BallotForm({
  cid,
  meeting,
  nominations,
  onClose,
}: {
  cid: string;
  meeting: MeetingView;
  nominations: NominationListItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onBallot = useMemo(
    () => new Set(meeting.ballots.flatMap((b) => b.items.map((i) => i.nominationId))),
    [meeting.ballots],
  );
  const sameUnit = (n: NominationListItem) =>
    meeting.members.filter((m) => m.unitId && m.unitId === n.unitId).map((m) => m.id);
  const form = useForm<Values>({
    initialValues: {
      title: t('rev.create.nameDefault'),
      mode: 'electronic',
      allowAbstain: false,
      selected: nominations.filter((n) => !onBallot.has(n.id)).map((n) => n.id),
      exclusions: Object.fromEntries(
        nominations.map((n) => [
          n.id,
          { memberIds: sameUnit(n), reason: t('rev.create.sameUnitReason'), open: false },
        ]),
      ),
    },
  });
  const { selected, exclusions } = form.values;
  const ordered = nominations.filter((n) => selected.includes(n.id));
  const memberOptions = meeting.members.map((m) => ({
    value: m.id,
    label: `${m.fullName} (${t(`rev.position.${m.position}`)})`,
  }));
  const create = useApiMutation({
    mutationFn: (v: Values) =>
      reviewApi.createBallot(cid, meeting.id, {
        title: v.title,
        mode: v.mode,
        allowAbstain: v.allowAbstain,
        items: ordered.map((n) => {
          const x = v.exclusions[n.id]!;
          return {
            nominationId: n.id,
            excluded: x.memberIds.map((councilMemberId) => ({ councilMemberId, reason: x.reason })),
          };
        }),
      }),
    form,
    successMessage: t('rev.create.created'),
    onSuccess: async (ballot) => {
      await applyBallot(qc, cid, meeting.id, ballot);
      onClose();
    },
  });

  const toggle = (id: string, on: boolean) =>
    form.setFieldValue(
      'selected',
      nominations.filter((n) => (n.id === id ? on : selected.includes(n.id))).map((n) => n.id),
    );
  /** The server's messages keyed by the submitted index, mapped back to nominations. */
  const itemError = (id: string) => {
    const i = ordered.findIndex((n) => n.id === id);
    if (i < 0) return null;
    const prefix = `items.${i}`;
    const msgs = Object.entries(form.errors)
      .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
      .map(([, v]) => String(v));
    return msgs.length ? [...new Set(msgs)].join('; ') : null;
  };

  return (
    <FormBody
      onSubmit={form.onSubmit((v) => create.mutate(v))}
      onCancel={onClose}
      error={create.error}
      saving={create.isPending}
      saveLabel={t('rev.create.submit')}
      saveDisabled={selected.length === 0}
    >
      <TextInput label={t('rev.create.name')} required {...form.getInputProps('title')} />
      <Radio.Group label={t('rev.create.mode')} {...form.getInputProps('mode')}>
        <Stack gap={6} mt={4}>
          {VOTING_MODES.map((m) => (
            <Radio key={m} value={m} label={t(`rev.mode.${m}`)} description={t(`rev.modeHelp.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Switch
        label={t('rev.create.allowAbstain')}
        size="md"
        {...form.getInputProps('allowAbstain', { type: 'checkbox' })}
      />
      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={500}>
            {t('rev.create.nominations')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('rev.create.selected', { count: selected.length })}
          </Text>
        </Group>
        {form.errors.items && (
          <Text c="red" size="sm" role="alert">
            {form.errors.items}
          </Text>
        )}
        {nominations.length === 0 ? (
          <Alert color="gray">{t('rev.create.noAccepted')}</Alert>
        ) : (
          <Stack gap={6}>
            <Checkbox
              label={t('rev.create.selectAll', { count: nominations.length })}
              checked={selected.length === nominations.length}
              indeterminate={selected.length > 0 && selected.length < nominations.length}
              onChange={(e) =>
                form.setFieldValue('selected', e.currentTarget.checked ? nominations.map((n) => n.id) : [])
              }
            />
            {nominations.map((n) => (
              <NomineeRow
                key={n.id}
                nomination={n}
                on={selected.includes(n.id)}
                onBallot={onBallot.has(n.id)}
                exclusion={exclusions[n.id]!}
                memberOptions={memberOptions}
                error={itemError(n.id)}
                onToggle={(on) => toggle(n.id, on)}
                onExclusion={(patch) =>
                  form.setFieldValue(`exclusions.${n.id}`, { ...exclusions[n.id]!, ...patch })
                }
              />
            ))}
          </Stack>
        )}
      </div>
    </FormBody>
  );
}
