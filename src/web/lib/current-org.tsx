import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { OrganizationView } from '../../shared/schemas/organizations';
import { apiGet } from './api';

type CurrentOrg = {
  organizations: OrganizationView[];
  organization: OrganizationView | null;
  select: (id: string) => void;
  isLoading: boolean;
};

const STORAGE_KEY = 'vd.org';
const Context = createContext<CurrentOrg | null>(null);

const organizationsKey = ['organizations'] as const;

/** The organizers the user works in (the layout's menu; asked for at start-up, router.tsx). */
export const organizationsQuery = {
  queryKey: organizationsKey,
  queryFn: () => apiGet<{ items: OrganizationView[]; canCreate: boolean }>('/api/organizations'),
  staleTime: 60_000,
} as const;

function useOrganizations() {
  return useQuery(organizationsQuery);
}

/** The organizer the user is working in (most users have exactly one). */
export function CurrentOrgProvider({ children }: { children: ReactNode }) {
  const { data, isLoading } = useOrganizations();
  const [selected, setSelected] = useState<string | null>(() => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  });
  const value = useMemo<CurrentOrg>(() => {
    const organizations = data?.items ?? [];
    const organization = organizations.find((o) => o.id === selected) ?? organizations[0] ?? null;
    return {
      organizations,
      organization,
      isLoading,
      select: (id) => {
        setSelected(id);
        try {
          localStorage.setItem(STORAGE_KEY, id);
        } catch {
          // not persisted
        }
      },
    };
  }, [data, isLoading, selected]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCurrentOrg(): CurrentOrg {
  const v = useContext(Context);
  if (!v) throw new Error('useCurrentOrg outside CurrentOrgProvider');
  return v;
}
