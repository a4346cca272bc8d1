import { NumberInput, Paper, SimpleGrid, TagsInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BallotItemView, BallotView, Choice, MeetingView } from '../../../shared/schemas/review';
import { ConflictAlert } from '../../components/conflict-alert';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { applyBallot, invalidateMeeting, reviewApi } from './queries';

type Row = Record<Choice, number | string>;
type Values = {
  papersIssued: number | string;
  papersReturned: number | string;
  tallyCommittee: string[];
  counts: Record<string, Row>;
};

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
  const form = useForm<Values>({
    initialValues: {
      papersIssued: ballot.papersIssued ?? ballot.electorateSize,
      papersReturned: ballot.papersReturned ?? ballot.electorateSize,
      tallyCommittee: meeting.tallyCommittee,
      counts: Object.fromEntries(ballot.items.map((i) => [i.id, { agree: '', disagree: '', abstain: 0 }])),
    },
  });
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      reviewApi.enterCounts(cid, meeting.id, ballot.id, {
        papersIssued: paper ? num(v.papersIssued) : null,
        papersReturned: paper ? num(v.papersReturned) : null,
        tallyCommittee: v.tallyCommittee,
        counts: Object.fromEntries(
          Object.entries(v.counts).map(([id, r]) => [
            id,
            {
              agree: num(r.agree),
              disagree: num(r.disagree),
              abstain: ballot.allowAbstain ? num(r.abstain) : 0,
            },
          ]),
        ),
        version: ballot.version,
      }),
    form,
    successMessage: t('rev.counts.saved'),
    onSuccess: async (after) => {
      await applyBallot(qc, cid, meeting.id, after);
      onClose();
    },
  });

  /** The server's messages for one nominee's counts (the total, or one of its numbers). */
  const fieldOf = (id: string) =>
    Object.entries(form.errors)
      .filter(([k]) => k === `counts.${id}` || k.startsWith(`counts.${id}.`))
      .map(([, v]) => String(v))
      .join('; ') || undefined;

  return (
    <FormModal
      title={t('rev.counts.title', { title: ballot.title })}
      size="lg"
      onSubmit={form.onSubmit((v) => save.mutate(v))}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      saveLabel={t('rev.counts.save')}
      top={
        <>
          <Text size="sm" c="dimmed">
            {t(`rev.mode.${ballot.mode}`)} · {t('rev.counts.electorate', { count: ballot.electorateSize })}
          </Text>
          {save.conflict !== null && (
            <ConflictAlert
              current={null}
              onReload={() => {
                save.clearConflict();
                void invalidateMeeting(qc, cid, meeting.id);
                onClose();
              }}
            />
          )}
        </>
      }
    >
      {paper && (
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput
            label={t('rev.counts.papersIssued')}
            min={0}
            size="md"
            {...form.getInputProps('papersIssued')}
          />
          <NumberInput
            label={t('rev.counts.papersReturned')}
            min={0}
            size="md"
            {...form.getInputProps('papersReturned')}
          />
        </SimpleGrid>
      )}
      <TagsInput
        label={t('rev.counts.tallyCommittee')}
        description={t('rev.counts.tallyHelp')}
        required={paper}
        {...form.getInputProps('tallyCommittee')}
      />
      {ballot.items.map((i) => (
        <CountsRow
          key={i.id}
          item={i}
          choices={ballot.allowAbstain ? ['agree', 'disagree', 'abstain'] : ['agree', 'disagree']}
          row={form.values.counts[i.id]!}
          error={fieldOf(i.id)}
          onChange={(choice, v) => form.setFieldValue(`counts.${i.id}.${choice}`, v)}
        />
      ))}
    </FormModal>
  );
}

/** One nominee's counts: agree, disagree (and abstain where the ballot allows it). */
function CountsRow({
  item: i,
  choices,
  row,
  error,
  onChange,
}: {
  item: BallotItemView;
  choices: Choice[];
  row: Row;
  error: string | undefined;
  onChange: (choice: Choice, v: number | string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-item={i.name}>
      <Text fw={700}>{i.name}</Text>
      <Text size="xs" c="dimmed" mb={6}>
        {i.unitName} · {i.awardFormName}
        {i.excluded.length > 0 && ` · ${t('rev.ballot.excludedNote', { count: i.excluded.length })}`}
      </Text>
      <SimpleGrid cols={choices.length} spacing="xs">
        {choices.map((c) => (
          <NumberInput
            key={c}
            label={t(`rev.choice.${c}`)}
            min={0}
            value={row[c]}
            onChange={(v) => onChange(c, v)}
            size="md"
            error={!!error}
            aria-label={`${t(`rev.choice.${c}`)}: ${i.name}`}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text c="red" size="sm" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}
