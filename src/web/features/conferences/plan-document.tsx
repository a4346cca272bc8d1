import { Accordion, Badge, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/schemas/plan';
import { formatDateTime } from '../../lib/format';
import { Section } from './section';

/** Phân công trách nhiệm. */
export function ResponsibilitiesSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Section title={t('overview.responsibilities')} id="sec-responsibilities">
      <Stack gap="sm">
        {plan.responsibilities.map((r) => (
          <div key={r.party}>
            <Text size="sm" fw={700}>
              {r.party}{' '}
              {r.role && (
                <Badge component="span" size="xs" variant="light" color="gray">
                  {t(`role.${r.role}`)}
                </Badge>
              )}
            </Text>
            <Text size="sm">{r.duties}</Text>
          </div>
        ))}
      </Stack>
    </Section>
  );
}

/** Số, ký hiệu; người ký; thời điểm ký; nơi nhận. */
export function DocumentSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const number = plan.documentNumber
    ? `${String(plan.documentNumber).padStart(2, '0')}/${plan.documentCode}`
    : t('overview.noNumber', { code: plan.documentCode });
  return (
    <Section title={t('overview.document')} id="sec-document">
      <Stack gap="sm">
        <Text size="sm">
          <b>{t('overview.documentNumber')}:</b> {number}
        </Text>
        <div>
          <Text size="sm" fw={700}>
            {t('overview.signer')}
          </Text>
          <Text size="sm" tt="uppercase" fw={600}>
            {plan.signer.authorityLine}
          </Text>
          <Text size="sm" tt="uppercase" fw={600}>
            {plan.signer.title}
          </Text>
          <Text size="sm" fw={700}>
            {plan.signer.name}
          </Text>
        </div>
        {plan.signedAt && (
          <Text size="sm">
            <b>{t('overview.signedAt')}:</b> {formatDateTime(plan.signedAt, true)}
          </Text>
        )}
        <div>
          <Text size="sm" fw={700} fs="italic">
            {t('overview.recipients')}:
          </Text>
          <List size="sm" listStyleType="'- '">
            {plan.recipients.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </Section>
  );
}

function Lines({ items }: { items: string[] }) {
  return (
    <List size="sm" spacing={6}>
      {items.map((l) => (
        <List.Item key={l}>{l}</List.Item>
      ))}
    </List>
  );
}

/** The plan's long texts, folded: căn cứ, mục đích, nội dung, các bước, báo cáo tổng kết. */
export function PlanTextsSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const o = plan.reportOutline;
  const items: { key: string; label: string; content: React.ReactNode }[] = [
    { key: 'legalBasis', label: t('overview.legalBasis'), content: <Lines items={plan.legalBasis} /> },
    { key: 'purposes', label: t('overview.purposes'), content: <Lines items={plan.purposes} /> },
    {
      key: 'pre',
      label: t('overview.preConferenceContents'),
      content: <Lines items={plan.preConferenceContents} />,
    },
    { key: 'activities', label: t('overview.activities'), content: <Lines items={plan.activities} /> },
    { key: 'steps', label: t('overview.steps'), content: <Lines items={plan.steps} /> },
    {
      key: 'report',
      label: t('overview.reportOutline'),
      content: (
        <Stack gap="xs">
          {o.intro && <Text size="sm">{o.intro}</Text>}
          <Text size="sm" fw={600}>
            {t('overview.reviewPart')}
          </Text>
          <Lines items={o.reviewPart} />
          <Text size="sm" fw={600}>
            {t('overview.directionsPart')}
          </Text>
          <Lines items={o.directionsPart} />
          {o.generalRequirement && <Text size="sm">{o.generalRequirement}</Text>}
        </Stack>
      ),
    },
  ];
  return (
    <Section title={t('overview.sectionGeneral')} id="sec-texts">
      {plan.preamble && (
        <Text size="sm" mb="sm">
          {plan.preamble}
        </Text>
      )}
      <Accordion multiple variant="separated">
        {items.map((i) => (
          <Accordion.Item key={i.key} value={i.key}>
            <Accordion.Control>{i.label}</Accordion.Control>
            <Accordion.Panel>{i.content}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Section>
  );
}
