import { useLocaleState } from 'react-admin';

/** The API's explanation language for the UI's language (Norwegian Bokmål unless English is chosen). */
export function useExplanationLanguage(): 'NB' | 'EN' {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'EN' : 'NB';
}
