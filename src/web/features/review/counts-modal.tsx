import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotView, MeetingView } from '../../../shared/schemas/review';
import { ConflictAlert } from '../../components/conflict-alert';
import { ApiError, api } from '../../lib/api';
import { ballotUrl, invalidateMeeting, mergeBallot } from './queries';

type Row = { agree: number | string; disagree: number | string; abstain: number | string };

/** An empty box is sent as null (JSON of NaN), which the server names as the missing number. */
const num = (v: number | string) => (v === '' ? Number.NaN : Number(v));

/**
 * Kiểm phiếu giấy / biểu quyết giơ tay: the secretary enters, per nominee, the counts read out by
 * the tally committee. The server checks they add up (and names the field that does not).
 */
export function CountsModal({
  cid,
  meeting,
  ballot,
  onClose,
}: {
  cid: string;
  meeting: MeetingView;
  ballot: BallotView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const paper = ballot.mode === 'paper';
  const [issued, setIssued] = useState<number | string>(ballot.papersIssued ?? ballot.electorateSize);
  const [returned, setReturned] = useState<number | string>(ballot.papersReturned ?? ballot.electorateSize);
  const [committee, setCommittee] = useState<string[]>(meeting.tallyCommittee);
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(ballot.items.map((i) => [i.id, { agree: '', disagree: '', abstain: 0 }])),
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const set = (id: string, key: keyof Row, v: number | string) =>
    setRows((r) => ({ ...r, [id]: { ...r[id]!, [key]: v } }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setFields({});
    setConflict(false);
    try {
      const after = await api<BallotView>('PUT', `${ballotUrl(cid, meeting.id, ballot.id)}/counts`, {
        papersIssued: paper ? num(issued) : null,
        papersReturned: paper ? num(returned) : null,
        tallyCommittee: committee,
        counts: Object.fromEntries(
          Object.entries(rows).map(([id, r]) => [
            id,
            {
              agree: num(r.agree),
              disagree: num(r.disagree),
              abstain: ballot.allowAbstain ? num(r.abstain) : 0,
            },
          ]),
        ),
        version: ballot.version,
      });
      mergeBallot(qc, cid, meeting.id, after);
      await invalidateMeeting(qc, cid, meeting.id);
      notifications.show({ color: 'green', message: t('rev.counts.saved') });
      onClose();
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.isConflict) setConflict(true);
        else {
          setFields(err.fields);
          setError(err.message);
        }
      } else setError(t('errors.generic'));
      setSaving(false);
    }
  };

  /** The server's messages for one nominee's counts (the total, or one of its numbers). */
  const fieldOf = (id: string) =>
    Object.entries(fields)
      .filter(([k]) => k === `counts.${id}` || k.startsWith(`counts.${id}.`))
      .map(([, v]) => v)
      .join('; ') || undefined;

  return (
    <Modal opened onClose={onClose} title={t('rev.counts.title', { title: ballot.title })} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t(`rev.mode.${ballot.mode}`)} · {t('rev.counts.electorate', { count: ballot.electorateSize })}
          </Text>
          {conflict && (
            <ConflictAlert
              current={null}
              onReload={() => {
                setConflict(false);
                void invalidateMeeting(qc, cid, meeting.id);
                onClose();
              }}
            />
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {paper && (
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput
                label={t('rev.counts.papersIssued')}
                min={0}
                value={issued}
                onChange={setIssued}
                error={fields.papersIssued}
                size="md"
              />
              <NumberInput
                label={t('rev.counts.papersReturned')}
                min={0}
                value={returned}
                onChange={setReturned}
                error={fields.papersReturned}
                size="md"
              />
            </SimpleGrid>
          )}
          <TagsInput
            label={t('rev.counts.tallyCommittee')}
            description={t('rev.counts.tallyHelp')}
            value={committee}
            onChange={setCommittee}
            error={fields.tallyCommittee}
            required={paper}
          />
          {ballot.items.map((i) => {
            const r = rows[i.id]!;
            const err = fieldOf(i.id);
            return (
              <Paper key={i.id} withBorder p="sm" data-item={i.name}>
                <Text fw={700}>{i.name}</Text>
                <Text size="xs" c="dimmed" mb={6}>
                  {i.unitName} · {i.awardFormName}
                  {i.excluded.length > 0 &&
                    ` · ${t('rev.ballot.excludedNote', { count: i.excluded.length })}`}
                </Text>
                <SimpleGrid cols={ballot.allowAbstain ? 3 : 2} spacing="xs">
                  <NumberInput
                    label={t('rev.choice.agree')}
                    min={0}
                    value={r.agree}
                    onChange={(v) => set(i.id, 'agree', v)}
                    size="md"
                    error={!!err}
                    aria-label={`${t('rev.choice.agree')}: ${i.name}`}
                  />
                  <NumberInput
                    label={t('rev.choice.disagree')}
                    min={0}
                    value={r.disagree}
                    onChange={(v) => set(i.id, 'disagree', v)}
                    size="md"
                    error={!!err}
                    aria-label={`${t('rev.choice.disagree')}: ${i.name}`}
                  />
                  {ballot.allowAbstain && (
                    <NumberInput
                      label={t('rev.choice.abstain')}
                      min={0}
                      value={r.abstain}
                      onChange={(v) => set(i.id, 'abstain', v)}
                      size="md"
                      error={!!err}
                      aria-label={`${t('rev.choice.abstain')}: ${i.name}`}
                    />
                  )}
                </SimpleGrid>
                {err && (
                  <Text c="red" size="sm" role="alert" mt={4}>
                    {err}
                  </Text>
                )}
              </Paper>
            );
          })}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('rev.counts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
