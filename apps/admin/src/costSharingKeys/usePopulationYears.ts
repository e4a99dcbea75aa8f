import { useMemo } from 'react';
import { useApiQuery } from '../api/client';
import { POPULATION_YEARS } from './costSharingKeys.graphql';

/** The years with population figures, newest first (empty while loading or when none is stored). */
export function usePopulationYears(): { years: number[]; loading: boolean } {
  const query = useApiQuery(POPULATION_YEARS, {});
  return useMemo(
    () => ({
      years: (query.data?.populationYears ?? []).map((row) => row.year),
      loading: query.isLoading,
    }),
    [query.data, query.isLoading],
  );
}
