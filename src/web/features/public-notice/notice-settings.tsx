import './catalog';
import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/rules/tasks';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  NOTICE_DEFAULT_FIELDS,
  type PublicField,
  type PublicNoticeView,
} from '../../../shared/schemas/publicity';
import { DateField } from '../../components/date-field';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useConflictNotice } from '../documents/queries';
import { noticeKey, saveNotice } from './queries';

/** What the notice page offers: the candidate's name always, these when ticked. */
const NOTICE_FIELDS: PublicField[] = ['unit', 'form', 'summary'];

type Draft = {
  opensOn: string | null;
  closesOn: string | null;
  publicFields: PublicField[];
  howToComment: string;
};

const draftOf = (n: PublicNoticeView | null): Draft => {
  const today = todayInVietnam();
  return n
    ? { opensOn: n.opensOn, closesOn: n.closesOn, publicFields: n.publicFields, howToComment: n.howToComment }
    : { opensOn: today, closesOn: addDays(today, 9), publicFields: NOTICE_DEFAULT_FIELDS, howToComment: '' };
};

/** The period (DateField), what of a candidate is public, and how to comment. */
export function NoticeSettings({ cid, notice }: { cid: string; notice: PublicNoticeView | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(notice));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useApiMutation({
    mutationFn: (d: Draft) =>
      saveNotice(
        cid,
        {
          opensOn: d.opensOn ?? '',
          closesOn: d.closesOn ?? '',
          publicFields: d.publicFields,
          howToComment: d.howToComment,
        },
        notice?.version ?? 1,
      ),
    invalidate: [noticeKey(cid)],
    form: { setErrors },
    fieldPrefix: 'notice',
    successMessage: t('notice.saved'),
  });
  useConflictNotice(save, t('notice.conflict'));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const editable = notice?.permissions.canEdit ?? true;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('notice.opensOn')}
          value={draft.opensOn}
          onChange={(v) => set({ opensOn: v })}
          error={errors.opensOn}
          required
          disabled={!editable}
        />
        <DateField
          label={t('notice.closesOn')}
          value={draft.closesOn}
          onChange={(v) => set({ closesOn: v })}
          error={errors.closesOn}
          required
          disabled={!editable}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('notice.fields')}
        value={draft.publicFields}
        onChange={(v) => set({ publicFields: v as PublicField[] })}
      >
        <Group mt="xs">
          {NOTICE_FIELDS.map((f) => (
            <Checkbox key={f} value={f} label={t(`notice.field.${f}`)} disabled={!editable} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('notice.howToComment')}
        value={draft.howToComment}
        onChange={(e) => set({ howToComment: e.currentTarget.value })}
        error={errors.howToComment}
        autosize
        minRows={2}
        maxLength={2000}
        disabled={!editable}
      />
      {editable && (
        <Group>
          <Button onClick={() => save.mutate(draft)} loading={save.isPending} data-testid="notice-save">
            {t('notice.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
