import { Alert, Badge, List, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityView, HonourView } from '../../../shared/schemas/honours';
import { SectionCard } from '../../components/section-card';
import { TableHead } from '../../components/table-head';
import { formatDate } from '../../lib/format';

// "Khen thưởng đã có & điều kiện": the verdict with its reasons and evidence from the register,
// the unit's explanation, and the nominee's past honours. The nomination page shows it whole; the
// voting card shows `EligibilityBrief` (the warning and a short list).

/** The first reason the nominee is not eligible (the server's sentence), or null. */
export const firstReason = (e: EligibilityView) => e.findings.find((f) => !f.ok)?.message ?? null;

/** The sentence after "vì …": its first letter in lower case. */
const afterBecause = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

function Verdict({ e }: { e: EligibilityView }) {
  const { t } = useTranslation();
  if (e.verdict === 'no_rules') return <Text c="dimmed">{t('elig.card.noRules')}</Text>;
  if (e.verdict === 'eligible')
    return (
      <Alert
        color="green"
        variant="light"
        title={t('elig.card.eligible')}
        data-testid="eligibility-verdict"
      />
    );
  const reason = firstReason(e);
  return (
    <Alert
      color="orange"
      variant="light"
      data-testid="eligibility-verdict"
      title={
        reason
          ? t('elig.card.ineligibleBecause', { reason: afterBecause(reason) })
          : t('elig.card.ineligible')
      }
    />
  );
}

function Findings({ e }: { e: EligibilityView }) {
  const { t } = useTranslation();
  if (e.findings.length === 0) return null;
  return (
    <List spacing={6} center={false} aria-label={t('elig.card.findings')} data-testid="eligibility-findings">
      {e.findings.map((f) => (
        <List.Item
          key={f.ruleId}
          icon={
            <ThemeIcon color={f.ok ? 'green' : 'red'} size={20} radius="xl" aria-hidden>
              {f.ok ? '✓' : '✗'}
            </ThemeIcon>
          }
        >
          <Text size="sm">{f.message}</Text>
          {/* the rows a sentence does not already name (min_gap, one_achievement name theirs) */}
          {f.evidence.some((x) => !f.message.includes(x.label)) && (
            <Text size="xs" c="dimmed">
              {t('elig.card.evidence')}: {f.evidence.map((x) => x.label).join('; ')}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

const decisionOf = (h: HonourView, line: (number: string, date: string) => string) =>
  h.decisionDate ? line(h.decisionNumber, formatDate(h.decisionDate)) : h.decisionNumber;

/** Năm · hình thức · quyết định; a revoked honour struck through and said so. */
export function PastHonoursTable({ honours }: { honours: HonourView[] }) {
  const { t } = useTranslation();
  if (honours.length === 0) return <Text c="dimmed">{t('elig.card.noPastHonours')}</Text>;
  const line = (number: string, date: string) => t('elig.card.decisionLine', { number, date });
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table striped data-testid="past-honours">
        <TableHead cells={[t('elig.card.year'), t('elig.card.form'), t('elig.card.decision')]} />
        <Table.Tbody>
          {honours.map((h) => (
            <Table.Tr
              key={h.id}
              td={h.revoked ? 'line-through' : undefined}
              c={h.revoked ? 'dimmed' : undefined}
            >
              <Table.Td>{h.year}</Table.Td>
              <Table.Td>
                {h.formName}
                {h.revoked && (
                  <Badge ml={6} size="xs" color="gray" variant="light" style={{ textDecoration: 'none' }}>
                    {t('elig.card.revoked')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{decisionOf(h, line)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The whole card; `children` is the unit's explanation field when it may still send. */
export function EligibilityCard({ e, children }: { e: EligibilityView; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="sec-n-eligibility" title={t('elig.card.title')} data-testid="eligibility-card">
      <Stack gap="sm">
        <Verdict e={e} />
        <Findings e={e} />
        {e.note && !children && (
          <Text size="sm">
            <b>{t('elig.card.note')}:</b> {e.note}
          </Text>
        )}
        {children}
        <Text fw={600} mt="xs">
          {t('elig.card.pastHonours')}
        </Text>
        <PastHonoursTable honours={e.pastHonours} />
      </Stack>
    </SectionCard>
  );
}

/** The voting card's part: the warning (first failing reason), the unit's explanation, a few past honours. */
export function EligibilityBrief({ e, max = 4 }: { e: EligibilityView; max?: number }) {
  const { t } = useTranslation();
  const reason = firstReason(e);
  const shown = e.pastHonours.filter((h) => !h.revoked);
  return (
    <Stack gap={4} data-testid="vote-eligibility">
      {e.verdict === 'ineligible' && (
        <Alert color="orange" variant="light" p="xs" role="note">
          <Text size="sm" fw={600}>
            {t('elig.vote.warning', { reason: reason ?? '' })}
          </Text>
          {e.note && <Text size="sm">{t('elig.vote.explained', { note: e.note })}</Text>}
        </Alert>
      )}
      {e.verdict === 'eligible' && (
        <Text size="sm" c="green.8">
          ✓ {t('elig.vote.eligible')}
        </Text>
      )}
      {shown.length > 0 && (
        <Text size="xs" c="dimmed" component="div">
          {t('elig.card.pastHonours')}:{' '}
          {shown
            .slice(0, max)
            .map((h) => `${h.year} ${h.formName} (${h.decisionNumber})`)
            .join(' · ')}
          {shown.length > max ? ` ${t('elig.card.more', { count: shown.length - max })}` : ''}
        </Text>
      )}
    </Stack>
  );
}
