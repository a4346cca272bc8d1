import { Button, type ButtonProps, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SectionCard } from './section-card';

/** One button of a links card: where it goes and what it says; `false`/null: not for this user. */
export type CardLink = { to: string; label: ReactNode } & Pick<ButtonProps, 'variant' | 'size'>;

/** A step's card on the conference page: a titled section (with its help line) of buttons to the step's pages. */
export function LinksCard({
  id,
  title,
  help,
  links,
}: {
  id: string;
  title: ReactNode;
  help?: ReactNode;
  links: (CardLink | false | null | undefined)[];
}) {
  return (
    <SectionCard id={id} title={title} help={help}>
      <Group gap="sm">
        {links
          .filter((l): l is CardLink => !!l)
          .map(({ to, label, ...look }) => (
            <Button key={to} component={Link} to={to} {...look}>
              {label}
            </Button>
          ))}
      </Group>
    </SectionCard>
  );
}
