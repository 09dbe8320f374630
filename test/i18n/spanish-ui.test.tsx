// @vitest-environment jsdom
// The banner, link guard and popup in Spanish (issue 6, Languages): the same components, the
// language chosen once per page, finding texts from the catalogs with the evidence filled in.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBanner, createSafeNote } from '../../src/content/banner';
import { contactLine, TEXT as BANNER } from '../../src/content/text';
import { analyze } from '../../src/engine/index';
import type { MessageFacts, Verdict } from '../../src/engine/types';
import { App } from '../../src/popup/App';
import type { PopupState } from '../../src/popup/state';
import { TEXT as POPUP } from '../../src/popup/text';
import { fieldWords, TEXT as OPTIONS } from '../../src/options/text';
import { setLanguage } from '../../src/shared/i18n';

vi.mock('../../src/shared/browser', () => ({ browser: {} }));

const VERDICT: Verdict = {
  level: 'danger',
  score: 14,
  rulesVersion: 'test',
  findings: [
    {
      id: 'lookalike-domain',
      severity: 'danger',
      points: 9,
      title: 'The sender\'s address rnicrosoft.com is made to look like microsoft.com with letters that look alike.',
      detail: 'It is not microsoft.com. Don\'t click links or open files in it. If you\'re not sure, ask IT.',
      evidence: 'rnicrosoft.com',
      messageKey: 'lookalike-domain.sender.homoglyph',
      params: { domain: 'rnicrosoft.com', target: 'microsoft.com' },
    },
    { id: 'wording-notification-lure', severity: 'caution', points: 2, title: 'The email says a fax is waiting for you.', messageKey: 'wording-notification-lure', params: { what: 'fax' } },
    { id: 'legacy', severity: 'caution', points: 3, title: 'An older finding without a message key.' },
  ],
};

const shadowText = (host: HTMLElement) => host.shadowRoot!.textContent ?? '';

beforeEach(() => setLanguage('es'));
afterEach(() => {
  setLanguage('en');
  document.body.innerHTML = '';
});

describe('the banner in Spanish', () => {
  it('shows the title, reasons, steps and contact in Spanish; evidence as it is', () => {
    const host = createBanner(document, VERDICT, { name: 'Northgate IT', phone: '(555) 010-4477', email: 'helpdesk@northgate.example' });
    const text = shadowText(host);
    expect(host.shadowRoot!.querySelector('.title')!.textContent).toBe('Advertencia: este correo puede ser una estafa');
    expect(host.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).toBe('Aviso de Second Look');
    const reasons = [...host.shadowRoot!.querySelectorAll('.reasons li')].map((li) => li.textContent);
    expect(reasons).toEqual([
      'La dirección del remitente rnicrosoft.com imita a microsoft.com con letras que se parecen.',
      'El correo dice que tiene un fax pendiente.',
      // No message key: the engine's English, never a blank.
      'An older finding without a message key.',
    ]);
    expect(text).toContain('Una razón más');
    expect(text).toContain('Qué hacer');
    expect(text).toContain('No haga clic en sus enlaces ni abra sus archivos adjuntos.');
    expect(text).toContain('¿Preguntas? Comuníquese con Northgate IT: (555) 010-4477, helpdesk@northgate.example');
    expect(text).not.toMatch(/Warning|What to do|Questions/);
  });

  it('the caution banner, the safe note and the link guard words are Spanish too', () => {
    const caution = createBanner(document, { ...VERDICT, level: 'caution' }, null, { state: 'sent', at: 't', simulation: false });
    expect(shadowText(caution)).toContain('Tenga cuidado con este correo');
    expect(shadowText(caution)).toContain('Reportado al equipo de TI. Gracias.');
    expect(createSafeNote(document).shadowRoot!.querySelector('.safe-note')!.textContent).toBe('Second Look: no se encontraron problemas en este correo.');
    expect(BANNER.hover('https://evil.example/')).toBe('En realidad lleva a: https://evil.example/');
    expect(BANNER.goBack).toBe('Regresar');
    expect(contactLine({ phone: '555' })).toBe('¿Preguntas? Comuníquese con TI: 555');
  });

  it('renders a real engine verdict in Spanish (message keys and params come through publicFinding)', () => {
    const facts: MessageFacts = {
      source: 'gmail',
      from: { name: 'PayPal', address: 'service@paypal-secure-login.top' },
      to: [{ name: '', address: 'frontdesk@clinic.example' }],
      cc: [],
      subject: 'Your account is limited',
      text: 'Sign in now to confirm your account or it will be suspended within 24 hours.',
      links: [{ href: 'https://paypal-secure-login.top/signin', text: 'Confirm account' }],
      attachments: [],
      providerNotices: [],
      missing: [],
    };
    const verdict = analyze(facts);
    expect(verdict.findings.length).toBeGreaterThan(0);
    for (const f of verdict.findings) expect(f.messageKey, f.id).toBeTruthy();
    const host = createBanner(document, verdict, null);
    const reasons = [...host.shadowRoot!.querySelectorAll('.reasons li')].map((li) => li.textContent ?? '');
    for (const r of reasons) expect(verdict.findings.map((f) => f.title)).not.toContain(r);
  });

  it('in English the banner still says what the engine says', () => {
    setLanguage('en');
    const host = createBanner(document, VERDICT, null);
    expect(host.shadowRoot!.querySelector('.reasons li')!.textContent).toBe(VERDICT.findings[0]!.title);
    expect(host.shadowRoot!.querySelector('.title')!.textContent).toBe('Warning: this email may be a scam');
  });
});

describe('the popup in Spanish', () => {
  let root: HTMLElement;
  const draw = (state: PopupState) => {
    root = document.createElement('div');
    document.body.append(root);
    void act(() => render(<App state={state} actions={{ report: async () => {}, markSafe: async () => {} }} />, root));
    return root.textContent ?? '';
  };

  it('shows the result, the reasons and the buttons in Spanish', () => {
    const text = draw({
      kind: 'messages',
      messages: [
        {
          key: 'm1',
          subject: 'Fax nuevo',
          from: { name: 'Microsoft', address: 'no-reply@rnicrosoft.com' },
          level: 'danger',
          findings: VERDICT.findings.map(({ id, severity, title, detail, evidence, messageKey, params }) => ({ id, severity, title, detail, evidence, messageKey, params })),
          report: { state: 'none' },
          markedSafe: false,
          falsePositive: { state: 'none' },
          preview: { kind: 'none' },
        },
      ],
      support: null,
      destination: { kind: 'mailbox', address: 'phishing@clinic.example' },
      allowFalsePositive: true,
    });
    expect(text).toContain('Parece una estafa');
    expect(text).toContain('La dirección del remitente rnicrosoft.com imita a microsoft.com con letras que se parecen.');
    expect(text).toContain('No es microsoft.com. No haga clic en sus enlaces ni abra sus archivos. Si tiene dudas, pregunte a TI.');
    expect(text).toContain('El correo dice que tiene un fax pendiente.');
    expect(text).toContain('Reportar a TI');
    expect(text).toContain('Abre un correo para phishing@clinic.example, listo para enviar.');
    expect(text).not.toContain('Report to IT');
  });

  it('the simple states too', () => {
    expect(draw({ kind: 'not-webmail' })).toContain('Second Look revisa el correo de Gmail y Outlook en la web.');
    expect(draw({ kind: 'no-message', webmail: 'outlook' })).toContain('Abra un correo en Outlook y Second Look lo revisará.');
    expect(POPUP.noMessage(null)).toContain('Gmail o Outlook');
    expect(POPUP.previewLinks(3)).toBe('Enlaces: 3, con el sitio al que lleva cada uno en realidad');
  });
});

describe('the options page words in Spanish', () => {
  it('says its labels, plurals and field names in Spanish', () => {
    expect(OPTIONS.title).toBe('Configuración de Second Look');
    expect(OPTIONS.languageName.es).toBe('Español');
    expect(OPTIONS.sensitivityName.balanced).toBe('Equilibrado');
    expect(OPTIONS.healthChecked(1, '3 mar 2025')).toBe('1 correo revisado, el último el 3 mar 2025.');
    expect(OPTIONS.healthChecked(4, '3 mar 2025')).toBe('4 correos revisados, el último el 3 mar 2025.');
    expect(OPTIONS.healthField(fieldWords('from.address'), 3, '3 mar 2025')).toBe('dirección del remitente: 3 veces, la última el 3 mar 2025');
    expect(fieldWords('someNewField')).toBe('someNewField');
    expect(OPTIONS.itMarkersCount(0)).toBe('Ninguno');
    expect(OPTIONS.safeDefault(true)).toBe('Usar el valor predeterminado (se muestra)');
  });
});
