import { useMemo, type ReactNode } from 'react';
import { SourceContextProvider, useResourceContext } from 'react-admin';

/** Makes the inputs inside use sources relative to `prefix` ("spec", "spec.groups.0.key"). */
export const SourceScope = ({ prefix, children }: { prefix: string; children: ReactNode }) => {
  const resource = useResourceContext();
  const value = useMemo(
    () => ({
      getSource: (source: string) => (source ? `${prefix}.${source}` : prefix),
      getLabel: (source: string) => `resources.${resource ?? 'costSharingKeys'}.fields.${source}`,
    }),
    [prefix, resource],
  );
  return <SourceContextProvider value={value}>{children}</SourceContextProvider>;
};
