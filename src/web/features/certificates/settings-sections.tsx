import { Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_FIELDS,
  checkFieldLayout,
  DEFAULT_FIELD_LAYOUT,
  type FieldBox,
  type FieldLayout,
  offsetProblem,
} from '../../../shared/rules/certificate-layout';
import type { CertificateSettings, CertificateSettingsInput } from '../../../shared/schemas/certificates';
import { DateField } from '../../components/date-field';
import { SectionCard } from '../../components/section-card';
import { TableHead } from '../../components/table-head';

export type Draft = CertificateSettingsInput;
type SectionProps = {
  draft: Draft;
  onChange: (next: Draft) => void;
  errors: Record<string, string>;
};

const num = (v: number | string) => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')) || 0);
const mmText = (n: number) => Math.abs(n).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** "Máy in HP: mọi ô chữ dịch sang phải 1,5 mm, lên trên 2 mm." */
export function calibrationNote(t: TFunction, p: { name: string; dx: number; dy: number }): string {
  const name = p.name || '…';
  const moves = [
    p.dx > 0 ? t('cert.calibration.noteRight', { mm: mmText(p.dx) }) : null,
    p.dx < 0 ? t('cert.calibration.noteLeft', { mm: mmText(p.dx) }) : null,
    p.dy > 0 ? t('cert.calibration.noteDown', { mm: mmText(p.dy) }) : null,
    p.dy < 0 ? t('cert.calibration.noteUp', { mm: mmText(p.dy) }) : null,
  ].filter(Boolean);
  return moves.length === 0
    ? t('cert.calibration.noteZero', { name })
    : t('cert.calibration.note', { name, moves: moves.join(', ') });
}

/** Live checks of the draft, keyed like the server's field messages. */
export function liveErrors(draft: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  if (draft.layout) for (const p of checkFieldLayout(draft.layout)) out[`layout.${p.field}`] ??= p.message;
  draft.printers.forEach((p, i) => {
    const dx = offsetProblem('dx', p.dx);
    const dy = offsetProblem('dy', p.dy);
    if (dx) out[`printers.${i}.dx`] = dx;
    if (dy) out[`printers.${i}.dy`] = dy;
  });
  return out;
}

export function ContentSection({
  draft,
  onChange,
  errors,
  fallback,
  issued,
}: SectionProps & {
  fallback: CertificateSettings['fallback'];
  issued: CertificateSettings['issuedDecision'];
}) {
  const { t } = useTranslation();
  const set = (key: keyof Draft) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...draft, [key]: e.currentTarget.value || null });
  const text = (key: keyof Draft, label: string, fb?: string, disabled = false) => (
    <TextInput
      label={label}
      disabled={disabled}
      value={(draft[key] as string | null) ?? ''}
      onChange={set(key)}
      placeholder={fb}
      description={fb ? t('cert.content.fallbackHelp', { value: fb }) : undefined}
      error={errors[key]}
    />
  );
  return (
    <SectionCard id="cert-content" title={t('cert.content.title')} headerMb="xs">
      <Stack gap="xs">
        <TextInput
          label={t('cert.content.certTitle')}
          value={draft.title}
          onChange={(e) => onChange({ ...draft, title: e.currentTarget.value })}
          error={errors.title}
        />
        {text('awardingLine', t('cert.content.awardingLine'), fallback.awardingLine)}
        {text('achievement', t('cert.content.achievement'), fallback.achievement)}
        <Group grow align="flex-start" wrap="wrap">
          {text('decisionNumber', t('cert.content.decisionNumber'), undefined, !!issued)}
          <TextInput
            disabled={!!issued}
            label={t('cert.content.decisionCode')}
            value={draft.decisionCode}
            onChange={(e) => onChange({ ...draft, decisionCode: e.currentTarget.value })}
            error={errors.decisionCode}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <DateField
            disabled={!!issued}
            label={t('cert.content.decisionDate')}
            value={draft.decisionDate ?? null}
            onChange={(d) => onChange({ ...draft, decisionDate: d })}
            error={errors.decisionDate}
          />
          <DateField
            label={t('cert.content.issuedOn')}
            value={draft.issuedOn ?? null}
            onChange={(d) => onChange({ ...draft, issuedOn: d })}
            error={errors.issuedOn}
          />
        </Group>
        <Text size="xs" c={issued ? 'blue' : 'dimmed'} data-testid="cert-decision-note">
          {issued
            ? t('cert.content.issuedDecision', {
                numberLine: issued.numberLine,
                date: issued.date.split('-').reverse().join('/'),
              })
            : t('cert.content.registerNote')}
        </Text>
        {text('signerAuthority', t('cert.content.signerAuthority'))}
        {text('signerTitle', t('cert.content.signerTitle'), fallback.signerTitle)}
        {text('signerName', t('cert.content.signerName'), fallback.signerName)}
      </Stack>
    </SectionCard>
  );
}

export function CalibrationSection({ draft, onChange, errors }: SectionProps) {
  const { t } = useTranslation();
  const setPrinter = (i: number, patch: Partial<Draft['printers'][number]>) =>
    onChange({ ...draft, printers: draft.printers.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <SectionCard id="cert-calibration" title={t('cert.calibration.title')} help={t('cert.calibration.help')}>
      <Stack gap="sm">
        {draft.printers.length === 0 && <Text size="sm">{t('cert.calibration.none')}</Text>}
        {draft.printers.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; names may be empty or repeat while typing.
          <Stack key={i} gap={4}>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('cert.calibration.name')}
                value={p.name}
                onChange={(e) => setPrinter(i, { name: e.currentTarget.value })}
                error={errors[`printers.${i}.name`]}
                style={{ flex: '1 1 10rem' }}
              />
              <NumberInput
                label={t('cert.calibration.dx')}
                value={p.dx}
                step={0.5}
                decimalScale={1}
                onChange={(v) => setPrinter(i, { dx: num(v) })}
                error={errors[`printers.${i}.dx`]}
                w="7.5rem"
              />
              <NumberInput
                label={t('cert.calibration.dy')}
                value={p.dy}
                step={0.5}
                decimalScale={1}
                onChange={(v) => setPrinter(i, { dy: num(v) })}
                error={errors[`printers.${i}.dy`]}
                w="7.5rem"
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() => onChange({ ...draft, printers: draft.printers.filter((_, j) => j !== i) })}
              >
                {t('cert.calibration.remove')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" aria-live="polite">
              {calibrationNote(t, p)}
            </Text>
          </Stack>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange({ ...draft, printers: [...draft.printers, { name: '', dx: 0, dy: 0 }] })}
          >
            {t('cert.calibration.add')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}

export function LayoutSection({ draft, onChange, errors }: SectionProps) {
  const { t } = useTranslation();
  const layout: FieldLayout = draft.layout ?? DEFAULT_FIELD_LAYOUT;
  const setBox = (field: (typeof CERTIFICATE_FIELDS)[number], patch: Partial<FieldBox>) =>
    onChange({ ...draft, layout: { ...layout, [field]: { ...layout[field], ...patch } } });
  const cell = (
    field: (typeof CERTIFICATE_FIELDS)[number],
    key: 'x' | 'y' | 'width' | 'size',
    label: string,
  ) => (
    <Table.Td>
      <NumberInput
        aria-label={`${t(`cert.fields.${field}`)}: ${label}`}
        value={layout[field][key]}
        step={key === 'size' ? 0.5 : 1}
        decimalScale={1}
        onChange={(v) => setBox(field, { [key]: num(v) })}
        size="xs"
        w="5.5rem"
      />
    </Table.Td>
  );
  return (
    <SectionCard
      id="cert-layout"
      title={t('cert.layout.title')}
      help={t('cert.layout.help')}
      aside={
        <Button
          variant="subtle"
          size="xs"
          onClick={() => onChange({ ...draft, layout: null })}
          disabled={!draft.layout}
        >
          {t('cert.layout.reset')}
        </Button>
      }
    >
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <TableHead
            cells={[
              t('cert.layout.field'),
              t('cert.layout.x'),
              t('cert.layout.y'),
              t('cert.layout.width'),
              t('cert.layout.size'),
            ]}
          />
          <Table.Tbody>
            {CERTIFICATE_FIELDS.map((field) => (
              <Table.Tr key={field}>
                <Table.Td>
                  <Text size="sm">{t(`cert.fields.${field}`)}</Text>
                  {errors[`layout.${field}`] && (
                    <Text size="xs" c="red" role="alert">
                      {errors[`layout.${field}`]}
                    </Text>
                  )}
                </Table.Td>
                {cell(field, 'x', t('cert.layout.x'))}
                {cell(field, 'y', t('cert.layout.y'))}
                {cell(field, 'width', t('cert.layout.width'))}
                {cell(field, 'size', t('cert.layout.size'))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
