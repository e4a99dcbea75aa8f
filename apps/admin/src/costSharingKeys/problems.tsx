import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { FormHelperText } from '@mui/material';

/**
 * The preview's problems by API path, for the parts of the editor that are not a single input (the
 * sum of the shares, the list of bands or groups): shown there, next to what they concern.
 */
interface Problems {
  problems: Record<string, string>;
  setProblems: (problems: Record<string, string>) => void;
}

const ProblemsContext = createContext<Problems>({ problems: {}, setProblems: () => undefined });

export const PreviewProblemsProvider = ({ children }: { children: ReactNode }) => {
  const [problems, setProblems] = useState<Record<string, string>>({});
  const value = useMemo(() => ({ problems, setProblems }), [problems]);
  return <ProblemsContext.Provider value={value}>{children}</ProblemsContext.Provider>;
};

export const usePreviewProblems = () => useContext(ProblemsContext);

/** The problem the API reported for exactly this path, as an error text (role alert). */
export const PathProblem = ({ path }: { path: string }) => {
  const { problems } = usePreviewProblems();
  const message = problems[path];
  if (!message) return null;
  return (
    <FormHelperText error role="alert" data-testid={`problem-${path}`}>
      {message}
    </FormHelperText>
  );
};
