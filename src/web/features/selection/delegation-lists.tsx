import { Button, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationMemberView, DelegationView, HonoreeView } from '../../../shared/schemas/selection';
import { SectionCard } from '../../components/section-card';
import { formatPercent } from '../review/parts';

/** One honoree as a card: name, what they are, and one action on the right. */
function PersonCard({ name, detail, action }: { name: string; detail: ReactNode; action: ReactNode }) {
  return (
    <Card withBorder padding="sm" data-name={name}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={700}>{name}</Text>
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        </div>
        {action}
      </Group>
    </Card>
  );
}

export function DelegationMembers({
  delegation: d,
  removing,
  onRemove,
  downloading,
  onDownload,
}: {
  delegation: DelegationView;
  removing: string | null;
  onRemove: (m: DelegationMemberView) => void;
  downloading: boolean;
  onDownload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard
      id="sec-members"
      title={t('rev.delegation.members')}
      aside={
        d.permissions.canExport &&
        d.items.length > 0 && (
          <Button variant="light" onClick={onDownload} loading={downloading} size="md">
            {t('rev.delegation.dossier')}
          </Button>
        )
      }
    >
      {d.permissions.canExport && (
        <Text size="xs" c="dimmed" mb="sm">
          {t('rev.delegation.dossierHelp')}
        </Text>
      )}
      {d.items.length === 0 && <Text c="dimmed">{t('rev.delegation.empty')}</Text>}
      <Stack gap="xs" data-testid="delegation-members">
        {d.items.map((m) => (
          <PersonCard
            key={m.id}
            name={m.name}
            detail={
              m.delegateId
                ? [m.categoryLabel, m.title, m.unitName].filter(Boolean).join(' · ')
                : `${t(`nom.kind.${m.kind}`)} · ${m.unitName} · ${m.awardFormName}`
            }
            action={
              m.permissions.canDelete && (
                <Button
                  size="compact-md"
                  variant="subtle"
                  color="red"
                  loading={removing === m.id}
                  onClick={() => onRemove(m)}
                  aria-label={`${t('rev.delegation.remove')}: ${m.name}`}
                >
                  {t('rev.delegation.remove')}
                </Button>
              )
            }
          />
        ))}
      </Stack>
    </SectionCard>
  );
}

export function CandidateList({
  candidates,
  adding,
  onAdd,
}: {
  candidates: (HonoreeView & { awardFormName: string })[];
  adding: string | null;
  onAdd: (h: HonoreeView) => void;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard id="sec-candidates" title={t('rev.delegation.candidates')}>
      {candidates.length === 0 && <Text c="dimmed">{t('rev.delegation.noCandidates')}</Text>}
      <Stack gap="xs" data-testid="delegation-candidates">
        {candidates.map((h) => (
          <PersonCard
            key={h.nominationId}
            name={h.name}
            detail={`${t(`nom.kind.${h.kind}`)} · ${h.unitName} · ${h.awardFormName} · ${formatPercent(h.sharePercent)}%`}
            action={
              <Button
                size="md"
                variant="light"
                loading={adding === h.nominationId}
                onClick={() => onAdd(h)}
                aria-label={`${t('rev.delegation.add')}: ${h.name}`}
                style={{ flexShrink: 0 }}
              >
                {t('rev.delegation.add')}
              </Button>
            }
          />
        ))}
      </Stack>
    </SectionCard>
  );
}
