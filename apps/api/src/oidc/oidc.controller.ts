import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { type Message, renderMessage } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { errorLanguageOf } from '../common/localise-errors.js';
import { OidcService, SignInRefused } from './oidc.service.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The browser's side of an OpenID Connect sign-in: /start sends it to the provider, /callback takes the
 * provider's answer, signs the person in and sends them on to the admin UI. A refusal is a small page in
 * the person's language (Accept-Language) saying why, with the way back to the sign-in page.
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @Get(':provider/start')
  async start(@Param('provider') provider: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, () => this.oidc.start(provider, req, res));
  }

  @Public()
  @Get(':provider/callback')
  async callback(
    @Param('provider') provider: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.answer(req, res, () => this.oidc.callback(provider, req, res));
  }

  private async answer(req: Request, res: Response, next: () => Promise<string>): Promise<void> {
    try {
      const location = await next();
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, location);
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      this.refusalPage(req, res, error.status, error.reason);
    }
  }

  private refusalPage(req: Request, res: Response, status: number, reason: Message): void {
    const language = errorLanguageOf(req.headers['accept-language'] ?? 'nb');
    const title = language === 'nb' ? 'Innloggingen ble avvist' : 'Sign-in refused';
    const back = language === 'nb' ? 'Tilbake til innloggingen' : 'Back to sign-in';
    const text = renderMessage(reason, language);
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Language', language)
      .type('html')
      .send(
        `<!doctype html><html lang="${language === 'nb' ? 'nb' : 'en'}"><head><meta charset="utf-8">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Gevinst</title>` +
          `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}</style></head>` +
          `<body><main><h1>${title}</h1><p id="reason" data-reason="${reason.code}">${escapeHtml(text)}</p>` +
          `<p><a href="/#/login">${back}</a></p></main></body></html>`,
      );
  }
}
