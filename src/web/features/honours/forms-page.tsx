import {
  Alert,
  Anchor,
  Button,
  Card,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/rules/display-format';
import {
  HONOUR_LEVELS,
  HONOUR_STAT_COLUMNS,
  type HonourFormInput,
  type HonourFormView,
  honourFormInputSchema,
} from '../../../shared/schemas/honours';
import { AWARD_SUBJECTS } from '../../../shared/schemas/nominations';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { canIn } from '../../lib/actor';
import { useCurrentOrg } from '../../lib/current-org';
import { useRequiredMe } from '../../lib/session';
import { useEditForm } from '../../lib/use-edit-form';
import { usePageTitle } from '../../lib/use-page-title';
import { createHonourForm, honoursKey, updateHonourForm, useHonourForms } from './queries';

type Editing = { form: HonourFormView | null } | null;

/** Danh mục hình thức của sổ: every form the register records, its level and statistics column. */
export function HonourFormsPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id ?? '';
  const forms = useHonourForms(orgId);
  const [editing, setEditing] = useState<Editing>(null);
  usePageTitle(t('honours.forms.title'));
  if (!organization || forms.isLoading) return <PageLoader />;
  if (forms.error || !forms.data) return <ErrorState error={forms.error} onRetry={() => forms.refetch()} />;
  const manage = canIn(me, 'honour.manage', orgId);
  const items = forms.data.items;
  const validity = (f: HonourFormView) =>
    f.validFrom || f.validTo
      ? `${formatDate(f.validFrom) || '…'} – ${formatDate(f.validTo) || '…'}`
      : t('honours.forms.always');
  const stat = (f: HonourFormView) => (f.statColumn ? t(`honours.statColumn.${f.statColumn}`) : '—');
  const edit = (f: HonourFormView) =>
    manage && (
      <Button
        size="compact-sm"
        variant="light"
        onClick={() => setEditing({ form: f })}
        aria-label={`${t('honours.forms.edit')} ${f.code}`}
      >
        {t('honours.forms.edit')}
      </Button>
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/honours" size="sm">
        {t('honours.subject.back')}
      </Anchor>
      <PageHeader
        title={t('honours.forms.title')}
        help={t('honours.forms.help')}
        actions={
          manage && <Button onClick={() => setEditing({ form: null })}>{t('honours.forms.add')}</Button>
        }
      />
      {items.length === 0 && <Alert color="gray">{t('honours.forms.empty')}</Alert>}
      <Stack hiddenFrom="sm" gap="sm">
        {items.map((f) => (
          <Card key={f.id} withBorder padding="sm">
            <Text fw={700}>{f.code}</Text>
            <Text>{f.name}</Text>
            <Text size="sm" c="dimmed">
              {t(`honours.kind.${f.appliesTo}`)} · {t(`honours.level.${f.level}`)} · {stat(f)}
            </Text>
            {edit(f)}
          </Card>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table striped verticalSpacing="xs">
          <TableHead
            cells={[
              t('honours.forms.code'),
              t('honours.forms.name'),
              t('honours.forms.appliesTo'),
              t('honours.forms.level'),
              t('honours.forms.statColumn'),
              t('honours.forms.validity'),
              manage && '',
            ]}
          />
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td fw={600}>{f.code}</Table.Td>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{t(`honours.kind.${f.appliesTo}`)}</Table.Td>
                <Table.Td>{t(`honours.level.${f.level}`)}</Table.Td>
                <Table.Td>{stat(f)}</Table.Td>
                <Table.Td>{validity(f)}</Table.Td>
                {manage && <Table.Td>{edit(f)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <HonourFormModal orgId={orgId} item={editing.form} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

const toValues = (f: HonourFormView | null): HonourFormInput => ({
  code: f?.code ?? '',
  name: f?.name ?? '',
  appliesTo: f?.appliesTo ?? 'individual',
  level: f?.level ?? 'commune',
  statColumn: f?.statColumn ?? null,
  validFrom: f?.validFrom ?? null,
  validTo: f?.validTo ?? null,
});

function HonourFormModal({
  orgId,
  item,
  onClose,
}: {
  orgId: string;
  item: HonourFormView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, bodyProps } = useEditForm({
    item,
    toValues,
    validate: schemaResolver(honourFormInputSchema, { sync: true }),
    save: (v, version) =>
      item ? updateHonourForm(orgId, item.id, { ...v, version }) : createHonourForm(orgId, v),
    invalidate: [honoursKey(orgId)],
    successMessage: t('honours.forms.saved'),
    onSuccess: onClose,
  });
  return (
    <FormModal
      title={item ? t('honours.forms.editTitle') : t('honours.forms.addTitle')}
      size="lg"
      onClose={onClose}
      {...bodyProps((c) => (
        <Text size="sm">
          {c.code} · {c.name}
        </Text>
      ))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('honours.forms.code')} required {...form.getInputProps('code')} />
        <Select
          label={t('honours.forms.appliesTo')}
          data={AWARD_SUBJECTS.map((k) => ({ value: k, label: t(`honours.kind.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('appliesTo')}
        />
      </SimpleGrid>
      <TextInput label={t('honours.forms.name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('honours.forms.level')}
          data={HONOUR_LEVELS.map((l) => ({ value: l, label: t(`honours.level.${l}`) }))}
          allowDeselect={false}
          {...form.getInputProps('level')}
        />
        <Select
          label={t('honours.forms.statColumn')}
          placeholder={t('honours.forms.noStatColumn')}
          data={HONOUR_STAT_COLUMNS.map((c) => ({ value: c, label: t(`honours.statColumn.${c}`) }))}
          clearable
          {...form.getInputProps('statColumn')}
        />
        <DateField
          label={t('honours.forms.validFrom')}
          value={form.values.validFrom}
          onChange={(v) => form.setFieldValue('validFrom', v)}
          error={form.errors.validFrom}
        />
        <DateField
          label={t('honours.forms.validTo')}
          value={form.values.validTo}
          onChange={(v) => form.setFieldValue('validTo', v)}
          error={form.errors.validTo}
        />
      </SimpleGrid>
    </FormModal>
  );
}
