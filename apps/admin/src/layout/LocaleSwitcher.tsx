import { useId, useState, type MouseEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Box, Button, Menu, MenuItem } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import LanguageIcon from '@mui/icons-material/Translate';
import { LOCALES } from '../i18n';

/**
 * The language menu in the app bar. Unlike react-admin's LocalesMenuButton it gives the button an
 * accessible name that includes its visible text ("Språk: Norsk bokmål", WCAG 2.5.3) and marks each
 * language name with its own lang (WCAG 3.1.2). On a phone the button shows its icon only (the name
 * stays in its accessible name), so the page title, the language and the user menu all fit the app bar.
 */
export const LocaleSwitcher = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonId = useId();
  const current = LOCALES.find((candidate) => candidate.locale === locale) ?? LOCALES[0];

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        variant="text"
        startIcon={<LanguageIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
        sx={{
          minWidth: 0,
          flex: 'none',
          '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
          '& .MuiButton-endIcon': { ml: { xs: 0, sm: 1 } },
        }}
        aria-label={`${translate('gevinst.language')}: ${current.name}`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        data-testid="locale-switcher"
      >
        <Box component="span" lang={current.locale} sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {current.name}
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {LOCALES.map((option) => (
          <MenuItem
            key={option.locale}
            lang={option.locale}
            selected={option.locale === current.locale}
            onClick={() => {
              setLocale(option.locale);
              setAnchor(null);
            }}
          >
            {option.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
