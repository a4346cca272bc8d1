import { Group, NumberInput, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { useApiMutation } from '../../lib/use-api-mutation';
import { meetingsKey, reviewApi, reviewPath, useCouncil } from './queries';

type Values = {
  title: string;
  term: string;
  meetingDate: string | null;
  place: string;
  quorumNumerator: number | string;
  quorumDenominator: number | string;
  tallyCommittee: string[];
};

/** Tạo phiên họp xét: the council term, date, place, quorum rule and tally committee. */
export function MeetingModal({ conference, onClose }: { conference: ConferenceDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const council = useCouncil(conference.organizationId);
  const terms = [...new Set((council.data?.items ?? []).map((m) => m.term))].sort().reverse();
  const form = useForm<Values>({
    initialValues: {
      title: t('rev.hub.titleDefault'),
      term: '',
      meetingDate:
        conference.milestones.find((m) => m.kind === 'council_meeting' && m.state !== 'past')?.startDate ??
        conference.today,
      place: '',
      quorumNumerator: 2,
      quorumDenominator: 3,
      tallyCommittee: [],
    },
  });
  const chosenTerm = form.values.term || terms[0] || '';
  const create = useApiMutation({
    mutationFn: (v: Values) =>
      reviewApi.createMeeting(conference.id, {
        ...v,
        term: chosenTerm,
        meetingDate: v.meetingDate ?? '',
        quorumNumerator: Number(v.quorumNumerator),
        quorumDenominator: Number(v.quorumDenominator),
      }),
    invalidate: [meetingsKey(conference.id)],
    form,
    successMessage: t('rev.hub.created'),
    onSuccess: (m) => navigate(reviewPath.meeting(conference.id, m.id)),
  });
  const termProps = {
    label: t('rev.hub.term'),
    description: t('rev.hub.termHelp'),
    required: true,
    error: form.errors.term,
  };

  return (
    <FormModal
      title={t('rev.hub.createTitle')}
      size="lg"
      onSubmit={form.onSubmit((v) => create.mutate(v))}
      onClose={onClose}
      error={create.error}
      saving={create.isPending}
      saveLabel={t('rev.hub.create')}
    >
      <TextInput label={t('rev.hub.titleLabel')} required {...form.getInputProps('title')} />
      {terms.length > 0 ? (
        <Select
          {...termProps}
          data={terms}
          value={chosenTerm}
          onChange={(v) => form.setFieldValue('term', v ?? '')}
          allowDeselect={false}
        />
      ) : (
        <TextInput {...termProps} {...form.getInputProps('term')} />
      )}
      <DateField
        label={t('rev.hub.date')}
        required
        value={form.values.meetingDate}
        onChange={(v) => form.setFieldValue('meetingDate', v)}
        error={form.errors.meetingDate}
      />
      <TextInput label={t('rev.hub.place')} {...form.getInputProps('place')} />
      <div>
        <Text size="sm" fw={500}>
          {t('rev.hub.quorum')}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t('rev.hub.quorumHelp')}
        </Text>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput
            aria-label={t('rev.hub.quorumNumerator')}
            min={1}
            w={90}
            {...form.getInputProps('quorumNumerator')}
          />
          <Text fz="xl" mt={4}>
            /
          </Text>
          <NumberInput
            aria-label={t('rev.hub.quorumDenominator')}
            min={1}
            w={90}
            {...form.getInputProps('quorumDenominator')}
          />
        </Group>
      </div>
      <TagsInput
        label={t('rev.hub.tallyCommittee')}
        description={t('rev.hub.tallyHelp')}
        {...form.getInputProps('tallyCommittee')}
      />
    </FormModal>
  );
}
