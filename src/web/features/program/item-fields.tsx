import { Group, NumberInput, SegmentedControl, Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { DelegateListView } from '../../../shared/schemas/delegates';
import { AGENDA_KINDS } from '../../../shared/schemas/enums';
import type { AgendaItemView } from '../../../shared/schemas/program';
import { useRequiredMe } from '../../lib/session';
import { useGet } from '../../lib/use-get';
import { useConference } from '../conferences/queries';
import { delegatesRole } from '../delegates/queries';

export type ItemValues = {
  title: string;
  kind: string;
  durationMinutes: number | string;
  presenterKind: string;
  presenter: string;
  presenterDelegateId: string | null;
  notes: string;
  mcTemplate: string;
  handovers: Record<string, string>;
};

export const itemValues = (item: AgendaItemView | null): ItemValues => ({
  title: item?.title ?? '',
  kind: item?.kind ?? 'other',
  durationMinutes: item?.durationMinutes ?? 5,
  presenterKind: item?.presenterKind ?? 'text',
  presenter: item?.presenter ?? '',
  presenterDelegateId: item?.presenterDelegateId ?? null,
  notes: item?.notes ?? '',
  mcTemplate: item?.mcTemplate ?? '',
  handovers: Object.fromEntries(
    (item?.callUp ?? []).flatMap((g) => (g.awardFormId ? [[g.awardFormId, g.presenter]] : [])),
  ),
});

/** The delegate picker of a presenter (only for who may read the delegates list). */
function DelegatePicker({ cid, form }: { cid: string; form: UseFormReturnType<ItemValues> }) {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const conference = useConference(cid);
  const canReadDelegates = conference.data ? delegatesRole(me, conference.data).canRead : false;
  const delegates = useGet<DelegateListView>(['delegates', cid], `/api/conferences/${cid}/delegates`, {
    enabled: canReadDelegates,
  });
  return (
    <Select
      label={t('prog.page.presenterDelegate')}
      searchable
      data={(delegates.data?.items ?? []).map((d) => ({
        value: d.id,
        label: [d.fullName, d.title].filter(Boolean).join(' – '),
      }))}
      {...form.getInputProps('presenterDelegateId')}
      disabled={!canReadDelegates}
    />
  );
}

/** Content, kind, duration, presenter, notes, the handovers of the honoring item, the MC's words. */
export function ItemFields({
  cid,
  item,
  form,
}: {
  cid: string;
  item: AgendaItemView | null;
  form: UseFormReturnType<ItemValues>;
}) {
  const { t } = useTranslation();
  const { presenterKind } = form.values;
  return (
    <>
      <Textarea label={t('prog.page.titleField')} {...form.getInputProps('title')} autosize minRows={1} />
      <Group grow>
        <Select
          label={t('prog.page.kindField')}
          data={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agendaKind.${k}`) }))}
          {...form.getInputProps('kind')}
          allowDeselect={false}
        />
        <NumberInput
          label={t('prog.perf.duration')}
          {...form.getInputProps('durationMinutes')}
          allowDecimal={false}
        />
      </Group>
      <SegmentedControl
        value={presenterKind}
        onChange={(k) => form.setFieldValue('presenterKind', k)}
        data={[
          { value: 'text', label: t('prog.page.presenterText') },
          { value: 'role', label: t('prog.page.presenterRole') },
          { value: 'delegate', label: t('prog.page.presenterDelegate') },
        ]}
      />
      {presenterKind === 'delegate' && <DelegatePicker cid={cid} form={form} />}
      <TextInput
        label={presenterKind === 'role' ? t('prog.page.presenterRole') : t('prog.page.presenter')}
        {...form.getInputProps('presenter')}
        placeholder={item?.presenterName}
      />
      <Textarea label={t('prog.page.notes')} {...form.getInputProps('notes')} autosize minRows={1} />
      {item?.callUp.map((g) =>
        g.awardFormId ? (
          <TextInput
            key={`${g.awardFormId}-${g.collective}`}
            label={t('prog.page.handover', { form: g.formName })}
            value={form.values.handovers[g.awardFormId] ?? ''}
            onChange={(e) =>
              form.setFieldValue('handovers', {
                ...form.values.handovers,
                [g.awardFormId!]: e.currentTarget.value,
              })
            }
          />
        ) : null,
      )}
      <Textarea
        label={t('prog.page.mcTemplate')}
        description={t('prog.page.placeholders')}
        {...form.getInputProps('mcTemplate')}
        placeholder={item?.mcDefault}
        autosize
        minRows={2}
      />
    </>
  );
}
