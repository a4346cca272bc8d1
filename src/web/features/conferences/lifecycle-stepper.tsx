import { Box, SimpleGrid, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceStatus } from '../../../shared/schemas/enums';

/** The eight steps of a conference's life (JOURNEYS.md). */
const LIFECYCLE = [
  'plan',
  'nominate',
  'review',
  'delegates',
  'program',
  'documents',
  'day',
  'after',
] as const;

const STEP_OF_STATUS: Record<ConferenceStatus, number> = {
  planning: 0,
  nominating: 1,
  reviewing: 2,
  preparing: 3,
  held: 6,
  closed: 7,
};

type LifecycleStep = (typeof LIFECYCLE)[number];

/**
 * Where we are: Kế hoạch → Đề nghị → … → Sau hội nghị, the current step highlighted. Steps with
 * a page of their own (`links`) open it.
 */
export function LifecycleStepper({
  status,
  links = {},
}: {
  status: ConferenceStatus;
  links?: Partial<Record<LifecycleStep, string>>;
}) {
  const { t } = useTranslation();
  const active = STEP_OF_STATUS[status];
  return (
    <Box component="nav" aria-label={t('lifecycle.label')}>
      <SimpleGrid
        component="ol"
        cols={{ base: 2, xs: 4, lg: 8 }}
        spacing={6}
        verticalSpacing={6}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {LIFECYCLE.map((step, i) => {
          const current = i === active;
          const done = i < active;
          const to = links[step];
          const inner = (
            <>
              <ThemeIcon
                size={26}
                radius="xl"
                color={current ? 'white' : done ? 'red.8' : 'gray.4'}
                c={current ? 'red.8' : 'white'}
                aria-hidden
              >
                <Text fz="xs" fw={700}>
                  {done ? '✓' : i + 1}
                </Text>
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text
                  fz="sm"
                  fw={current ? 700 : 500}
                  lh={1.2}
                  style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}
                >
                  {t(`lifecycle.${step}`)}
                </Text>
                {current && <VisuallyHidden>{t('lifecycle.current')}</VisuallyHidden>}
              </div>
              {to && (
                <Text fz="lg" fw={700} ml="auto" aria-hidden>
                  ›
                </Text>
              )}
            </>
          );
          const style = {
            borderRadius: 8,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            minHeight: 48,
            color: 'inherit',
            textDecoration: 'none',
          } as const;
          return (
            <Box
              component="li"
              key={step}
              aria-current={current ? 'step' : undefined}
              bg={current ? 'red.8' : done ? 'red.0' : 'gray.0'}
              c={current ? 'white' : undefined}
              style={{ borderRadius: 8, outline: to ? '1px solid var(--mantine-color-red-3)' : undefined }}
            >
              {to ? (
                <Box component={Link} to={to} p={8} style={style} data-step={step}>
                  {inner}
                </Box>
              ) : (
                <Box p={8} style={style}>
                  {inner}
                </Box>
              )}
            </Box>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
