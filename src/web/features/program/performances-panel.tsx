import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PerformanceAllocation } from '../../../shared/rules/agenda';
import { checkPerformanceAllocations } from '../../../shared/rules/agenda';
import type { PerformanceView, ProgramView } from '../../../shared/schemas/program';
import { SectionCard } from '../../components/section-card';
import { programWrites, useProgramWrite } from './queries';

type Values = { unit: string | null; title: string; performers: string; durationMinutes: number | string };

/** The performances with their units, each removable by who manages the program. */
function PerformanceList({ cid, items, manage }: { cid: string; items: PerformanceView[]; manage: boolean }) {
  const { t } = useTranslation();
  const remove = useProgramWrite(cid, (p: PerformanceView) => programWrites.removePerformance(cid, p));
  return (
    <Stack gap={4} data-testid="performances">
      {items.length === 0 && <Text c="dimmed">{t('prog.perf.empty')}</Text>}
      {items.map((p) => (
        <Group key={p.id} justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
            <b>{p.title}</b> — {p.unitName}
            {p.performers ? ` (${p.performers})` : ''} · {p.durationMinutes} {t('prog.page.minutes')}
          </Text>
          {manage && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              style={{ flexShrink: 0 }}
              aria-label={`${t('prog.perf.remove')}: ${p.title}`}
              onClick={() => remove.mutate(p)}
            >
              {t('prog.page.remove')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** Thêm tiết mục: unit (from the plan's allocations), name, performers, minutes. */
function PerformanceForm({
  form,
  allocations,
  error,
  canAdd,
  onAdd,
}: {
  form: UseFormReturnType<Values>;
  allocations: PerformanceAllocation[];
  error: string | null;
  canAdd: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="sm">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group grow align="flex-end">
        <Select
          label={t('prog.perf.unit')}
          data={allocations.map((a, i) => ({ value: `${i}`, label: a.unitName }))}
          {...form.getInputProps('unit')}
        />
        <TextInput label={t('prog.perf.name')} {...form.getInputProps('title')} />
      </Group>
      <Group grow align="flex-end">
        <TextInput label={t('prog.perf.performers')} {...form.getInputProps('performers')} />
        <NumberInput
          label={t('prog.perf.duration')}
          {...form.getInputProps('durationMinutes')}
          allowDecimal={false}
        />
        <Button onClick={onAdd} disabled={!canAdd}>
          {t('prog.perf.add')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Văn nghệ: the plan's allocation per unit ("Trường Mầm non: 1/1–2") checked live — with the
 * unit chosen in the form counted already — and the performances with their units.
 */
export function PerformancesPanel({
  cid,
  program,
  allocations,
}: {
  cid: string;
  program: ProgramView;
  allocations: PerformanceAllocation[];
}) {
  const { t } = useTranslation();
  const manage = program.permissions.canManage;
  const form = useForm<Values>({
    initialValues: { unit: null, title: '', performers: '', durationMinutes: 5 },
  });
  const { unit, title, performers, durationMinutes } = form.values;
  const chosen = allocations.find((_a, i) => `${i}` === unit);
  const live = checkPerformanceAllocations(allocations, [
    ...program.performances,
    ...(chosen && title.trim() ? [{ unitId: chosen.unitId, unitName: chosen.unitName }] : []),
  ]);
  const add = useProgramWrite(
    cid,
    () =>
      programWrites.addPerformance(cid, {
        unitId: chosen?.unitId ?? null,
        unitName: chosen?.unitName ?? '',
        title,
        performers,
        durationMinutes: typeof durationMinutes === 'number' ? durationMinutes : Number(durationMinutes),
      }),
    { form, onSuccess: () => form.setValues({ title: '', performers: '' }) },
  );

  return (
    <SectionCard id="sec-perf" title={t('prog.perf.title')} headerMb="xs">
      <Group gap={6} mb="xs" data-testid="allocation" aria-live="polite">
        {live.rows.map((r) => (
          <Badge
            key={r.unitName}
            color={r.ok ? 'green' : r.count > r.max ? 'red' : 'orange'}
            variant="light"
            tt="none"
            size="lg"
          >
            {r.label}
          </Badge>
        ))}
      </Group>
      {live.ok ? (
        <Text size="sm" c="green" mb="xs">
          {t('prog.perf.ok')}
        </Text>
      ) : (
        <Stack gap={2} mb="xs">
          {live.messages.map((m) => (
            <Text key={m} size="sm" c="orange.8">
              {m}
            </Text>
          ))}
        </Stack>
      )}
      <PerformanceList cid={cid} items={program.performances} manage={manage} />
      {manage && (
        <PerformanceForm
          form={form}
          allocations={allocations}
          error={add.error}
          canAdd={!!chosen && !!title.trim()}
          onAdd={() => add.mutate(undefined)}
        />
      )}
    </SectionCard>
  );
}
