import type { ContactpersoonVeiligThuis, Organisatie } from '../api/overdracht';

/** The number as a `tel:` link: digits and a leading +, nothing else (spaces and dashes are for the eye). */
export function telLink(telefoon: string): string {
  return `tel:${telefoon.trim().replace(/[^+0-9]/g, '')}`;
}

/**
 * Whom the receiver calls at Veilig Thuis: the name and work number the sender gave. An overdracht sent before the
 * sender was asked has none; then the page says so, and names Veilig Thuis's functional mailbox from the partner
 * register where it has one (the same words as the PDF export).
 */
export function ContactpersoonWeergave({
  contact,
  veiligThuis,
}: {
  contact: ContactpersoonVeiligThuis | null | undefined;
  veiligThuis: Organisatie | null;
}) {
  if (contact) {
    return (
      <>
        {contact.naam},{' '}
        <a className="utrecht-link" href={telLink(contact.telefoon)}>
          {contact.telefoon}
        </a>
      </>
    );
  }
  return (
    <>
      Geen contactpersoon vastgelegd.
      {veiligThuis?.functioneleMailbox && (
        <>
          {' '}
          Neem contact op met {veiligThuis.naam} via{' '}
          <a className="utrecht-link" href={`mailto:${veiligThuis.functioneleMailbox}`}>
            {veiligThuis.functioneleMailbox}
          </a>
          .
        </>
      )}
    </>
  );
}
