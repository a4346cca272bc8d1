import type { ReactNode } from 'react';
import { SectionCard } from '../../components/section-card';

/** A titled card of the overview; the title is a heading so screen readers can jump between them. */
export function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <SectionCard id={id} title={title} h="100%">
      {children}
    </SectionCard>
  );
}
