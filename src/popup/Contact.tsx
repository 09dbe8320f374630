// The practice's IT contact, from policy. Email becomes a mailto: link only when it is a plain
// address, the website a link only when it is https; otherwise they are shown as text.
import type { SupportContact } from '../policy/parse';
import { httpsHref, mailtoHref } from './parts';
import { TEXT } from './text';

export function Contact({ support }: { support: SupportContact }) {
  const mailto = support.email ? mailtoHref(support.email) : null;
  const web = support.url ? httpsHref(support.url) : null;
  return (
    <section class="contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{TEXT.contactTitle}</h2>
      {support.name && <p class="contact__name">{support.name}</p>}
      <ul class="contact__ways">
        {support.phone && (
          <li>
            <span class="field__label">{TEXT.contactPhone}:</span> {support.phone}
          </li>
        )}
        {support.email && (
          <li>
            <span class="field__label">{TEXT.contactEmail}:</span> {mailto ? <a href={mailto}>{support.email}</a> : support.email}
          </li>
        )}
        {support.url && (
          <li>
            <span class="field__label">{TEXT.contactWebsite}:</span>{' '}
            {web ? (
              <a href={web} target="_blank" rel="noopener noreferrer">
                {support.url}
              </a>
            ) : (
              support.url
            )}
          </li>
        )}
      </ul>
    </section>
  );
}
