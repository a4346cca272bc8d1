import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationListItem } from '../../../shared/schemas/nomination-views';
import { VOTING_MODES, type VotingMode } from '../../../shared/schemas/review';
import { PageLoader } from '../../components/page-state';
import { ApiError, api } from '../../lib/api';
import type { Ballot, Meeting } from '../../lib/types';
import { invalidateMeeting, meetingUrl, mergeBallot, useAcceptedNominations } from './queries';

type Exclusion = { memberIds: string[]; reason: string; open: boolean };

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
  meeting: Meeting;
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

function BallotForm({
  cid,
  meeting,
  nominations,
  onClose,
}: {
  cid: string;
  meeting: Meeting;
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
  const [title, setTitle] = useState(t('rev.create.nameDefault'));
  const [mode, setMode] = useState<VotingMode>('electronic');
  const [allowAbstain, setAllowAbstain] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(nominations.filter((n) => !onBallot.has(n.id)).map((n) => n.id)),
  );
  const [exclusions, setExclusions] = useState<Record<string, Exclusion>>(() =>
    Object.fromEntries(
      nominations.map((n) => [
        n.id,
        { memberIds: sameUnit(n), reason: t('rev.create.sameUnitReason'), open: false },
      ]),
    ),
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ordered = nominations.filter((n) => selected.has(n.id));
  const memberOptions = meeting.members.map((m) => ({
    value: m.id,
    label: `${m.fullName} (${t(`rev.position.${m.position}`)})`,
  }));

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const setExclusion = (id: string, patch: Partial<Exclusion>) =>
    setExclusions((x) => ({ ...x, [id]: { ...x[id]!, ...patch } }));

  /** The server's messages keyed by the submitted index, mapped back to nominations. */
  const itemError = (id: string) => {
    const i = ordered.findIndex((n) => n.id === id);
    if (i < 0) return null;
    const prefix = `items.${i}`;
    const msgs = Object.entries(fields)
      .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
      .map(([, v]) => v);
    return msgs.length ? [...new Set(msgs)].join('; ') : null;
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setFields({});
    try {
      const ballot = await api<Ballot>('POST', `${meetingUrl(cid, meeting.id)}/ballots`, {
        title,
        mode,
        allowAbstain,
        items: ordered.map((n) => {
          const x = exclusions[n.id]!;
          return {
            nominationId: n.id,
            excluded: x.memberIds.map((councilMemberId) => ({ councilMemberId, reason: x.reason })),
          };
        }),
      });
      mergeBallot(qc, cid, meeting.id, ballot);
      await invalidateMeeting(qc, cid, meeting.id);
      notifications.show({ color: 'green', message: t('rev.create.created') });
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fields);
        setError(err.message);
      } else setError(t('errors.generic'));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('rev.create.name')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fields.title}
        />
        <Radio.Group
          label={t('rev.create.mode')}
          value={mode}
          onChange={(v) => setMode(v as VotingMode)}
          error={fields.mode}
        >
          <Stack gap={6} mt={4}>
            {VOTING_MODES.map((m) => (
              <Radio key={m} value={m} label={t(`rev.mode.${m}`)} description={t(`rev.modeHelp.${m}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Switch
          label={t('rev.create.allowAbstain')}
          checked={allowAbstain}
          onChange={(e) => setAllowAbstain(e.currentTarget.checked)}
          size="md"
        />
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={500}>
              {t('rev.create.nominations')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('rev.create.selected', { count: selected.size })}
            </Text>
          </Group>
          {fields.items && (
            <Text c="red" size="sm" role="alert">
              {fields.items}
            </Text>
          )}
          {nominations.length === 0 ? (
            <Alert color="gray">{t('rev.create.noAccepted')}</Alert>
          ) : (
            <Stack gap={6}>
              <Checkbox
                label={t('rev.create.selectAll', { count: nominations.length })}
                checked={selected.size === nominations.length}
                indeterminate={selected.size > 0 && selected.size < nominations.length}
                onChange={(e) =>
                  setSelected(e.currentTarget.checked ? new Set(nominations.map((n) => n.id)) : new Set())
                }
              />
              {nominations.map((n) => {
                const on = selected.has(n.id);
                const x = exclusions[n.id]!;
                const err = itemError(n.id);
                return (
                  <Paper key={n.id} withBorder p="xs" bg={on ? 'red.0' : undefined} data-nominee={n.name}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Checkbox
                        size="md"
                        checked={on}
                        onChange={(e) => toggle(n.id, e.currentTarget.checked)}
                        label={
                          <div>
                            <Text fw={600}>{n.name}</Text>
                            <Text size="xs" c="dimmed">
                              {n.unitName} · {n.awardFormName}
                              {onBallot.has(n.id) ? ` · ${t('rev.create.alreadyOnBallot')}` : ''}
                            </Text>
                          </div>
                        }
                      />
                      {on && (
                        <Button
                          size="compact-sm"
                          variant={x.memberIds.length ? 'light' : 'subtle'}
                          color={x.memberIds.length ? 'orange' : 'gray'}
                          onClick={() => setExclusion(n.id, { open: !x.open })}
                          aria-expanded={x.open}
                          aria-label={`${t('rev.create.conflicts')}: ${n.name}`}
                          style={{ flexShrink: 0 }}
                        >
                          {x.memberIds.length
                            ? t('rev.create.conflictsCount', { count: x.memberIds.length })
                            : t('rev.create.conflicts')}
                        </Button>
                      )}
                    </Group>
                    {on && x.open && (
                      <Stack gap="xs" mt="xs" pl={{ base: 0, sm: 32 }}>
                        <MultiSelect
                          label={t('rev.create.excluded')}
                          data={memberOptions}
                          value={x.memberIds}
                          onChange={(v) => setExclusion(n.id, { memberIds: v })}
                          clearable
                          comboboxProps={{ withinPortal: true }}
                        />
                        {x.memberIds.length > 0 && (
                          <TextInput
                            label={t('rev.create.excludedReason')}
                            value={x.reason}
                            onChange={(e) => setExclusion(n.id, { reason: e.currentTarget.value })}
                          />
                        )}
                      </Stack>
                    )}
                    {err && (
                      <Text c="red" size="sm" role="alert" mt={4}>
                        {err}
                      </Text>
                    )}
                  </Paper>
                );
              })}
            </Stack>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={selected.size === 0}>
            {t('rev.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
