import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesVietnamese } from '../../../shared/rules/vietnamese-text';
import type { DelegationView } from '../../../shared/schemas/selection';
import { SectionCard } from '../../components/section-card';
import { useRequiredMe } from '../../lib/session';
import { delegatesRole } from '../delegates/queries';
import { useReviewContext } from '../review/parts';
import { useDelegatesToChoose } from './queries';

/** At most this many delegates are shown at once; the search narrows the rest. */
const SHOWN = 30;

/**
 * Chọn đại biểu vào đoàn: a delegate of the conference who is not an honoree (a guest, "khách
 * mời"…), found by name, unit or title. Honorees on the delegate list are chosen as honorees above.
 */
export function DelegateCandidates({
  cid,
  delegation: d,
  adding,
  onAdd,
}: {
  cid: string;
  delegation: DelegationView;
  adding: string | null;
  onAdd: (delegateId: string) => void;
}) {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const { conference } = useReviewContext();
  const canRead = conference.data ? delegatesRole(me, conference.data).canRead : false;
  const list = useDelegatesToChoose(cid, canRead);
  const [q, setQ] = useState('');
  if (!canRead) return null;
  const inDelegation = new Set(d.items.map((m) => m.delegateId));
  const matching = (list.data?.items ?? []).filter(
    (x) =>
      !x.nominationId &&
      !inDelegation.has(x.id) &&
      (q.trim() === '' || matchesVietnamese(`${x.fullName} ${x.title} ${x.unitName} ${x.categoryLabel}`, q)),
  );
  return (
    <SectionCard id="sec-delegates" title={t('rev.delegation.delegates')}>
      <Text size="xs" c="dimmed" mb="sm">
        {t('rev.delegation.delegatesHelp')}
      </Text>
      <TextInput
        label={t('rev.delegation.search')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        mb="sm"
        maw={420}
      />
      {list.isSuccess && matching.length === 0 && <Text c="dimmed">{t('rev.delegation.noCandidates')}</Text>}
      <Stack gap="xs" data-testid="delegation-delegates">
        {matching.slice(0, SHOWN).map((x) => (
          <Card key={x.id} withBorder padding="sm" data-name={x.fullName}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={700}>{x.fullName}</Text>
                <Text size="sm" c="dimmed">
                  {[x.categoryLabel, x.title, x.unitName].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Button
                size="md"
                variant="light"
                loading={adding === x.id}
                onClick={() => onAdd(x.id)}
                aria-label={`${t('rev.delegation.addDelegate')}: ${x.fullName}`}
                style={{ flexShrink: 0 }}
              >
                {t('rev.delegation.add')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      {matching.length > SHOWN && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('rev.delegation.more', { n: matching.length - SHOWN })}
        </Text>
      )}
    </SectionCard>
  );
}
