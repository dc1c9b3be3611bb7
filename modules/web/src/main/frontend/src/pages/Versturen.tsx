import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Gegevenscategorie, Organisatie, Overdracht, Voorbeeld } from '../api/overdracht';
import type { Mij } from '../api/types';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Achtergehouden, InhoudWeergave } from '../components/InhoudWeergave';
import { Keuzelijst, Tekstveld, Tekstvak, Vinkjes } from '../components/Velden';
import {
  controleerContactpersoon,
  controleerKeuze,
  controleerRedenAdres,
  nooitToegestaan,
  standaardKeuze,
  wisselCategorie,
} from '../overdracht/formulier';
import { CATEGORIE_LABELS, CATEGORIE_UITLEG, categorieLabel, statusLabel } from '../overdracht/labels';
import { navigeer, paden } from '../router';

export interface VersturenProps {
  api: SchakelApi;
  id: string;
  /** The sender: its name fills in the contact person at Veilig Thuis (it may name a colleague instead). */
  mij?: Mij | null;
}

/**
 * "Versturen": the receiving wijkteam, the categories it may see (only what the policy allows for its type;
 * the preview endpoint says which, all of them by default), the preview of exactly what it will see and what
 * is withheld, then send (If-Match with the concept's version).
 */
export function Versturen({ api, id, mij = null }: VersturenProps) {
  const [overdracht, setOverdracht] = useState<Overdracht | null>(null);
  const [wijkteams, setWijkteams] = useState<Organisatie[] | null>(null);
  const [laadFout, setLaadFout] = useState<Fout | null>(null);
  const [ontvanger, setOntvanger] = useState('');
  const [toegestaan, setToegestaan] = useState<Gegevenscategorie[] | null>(null);
  const [keuze, setKeuze] = useState<Gegevenscategorie[]>([]);
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null);
  const [voorbeeldFout, setVoorbeeldFout] = useState<Fout | null>(null);
  const [laadtVoorbeeld, setLaadtVoorbeeld] = useState(false);
  const [veldFout, setVeldFout] = useState<{
    ontvanger?: string;
    categorieen?: string;
    redenAdres?: string;
    contactNaam?: string;
    contactTelefoon?: string;
  }>({});
  const [redenAdres, setRedenAdres] = useState('');
  // whom the receiver calls at Veilig Thuis: the one sent with last time (sending again), else the sender by name
  const [contactNaam, setContactNaam] = useState<string | null>(null);
  const [contactTelefoon, setContactTelefoon] = useState('');
  const [foutAankondiging, setFoutAankondiging] = useState('');
  const [verzendFout, setVerzendFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const foutRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Overdracht versturen – Schakel';
    const stop = new AbortController();
    Promise.all([api.overdracht(id, stop.signal), api.organisaties('WIJKTEAM', stop.signal)])
      .then(([o, teams]) => {
        setOverdracht(o);
        if (o.contactpersoonVeiligThuis) {
          setContactNaam((huidig) => huidig ?? o.contactpersoonVeiligThuis?.naam ?? null);
          setContactTelefoon((huidig) => huidig || (o.contactpersoonVeiligThuis?.telefoon ?? ''));
        }
        setWijkteams([...teams].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')));
      })
      .catch((fout: unknown) => {
        if (!stop.signal.aborted) setLaadFout(alsFout(fout, 'De overdracht kon niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api, id]);

  // the receiver chosen: ask the preview without categories = everything the policy allows for its type
  useEffect(() => {
    setVoorbeeld(null);
    setToegestaan(null);
    setVoorbeeldFout(null);
    if (!ontvanger) return;
    const stop = new AbortController();
    setLaadtVoorbeeld(true);
    api
      .voorbeeld(id, ontvanger, null, stop.signal)
      .then(async (v) => {
        setToegestaan(v.categorieen);
        const standaard = standaardKeuze(v.categorieen);
        setKeuze(standaard);
        // the preview shows the default choice (without BSN and shelter address), not everything allowed
        const getoond =
          standaard.length > 0 && standaard.length !== v.categorieen.length
            ? await api.voorbeeld(id, ontvanger, standaard, stop.signal)
            : v;
        if (!stop.signal.aborted) setVoorbeeld(getoond);
      })
      .catch((fout: unknown) => {
        if (!stop.signal.aborted) setVoorbeeldFout(alsFout(fout, 'Het voorbeeld kon niet worden geladen.'));
      })
      .finally(() => {
        if (!stop.signal.aborted) setLaadtVoorbeeld(false);
      });
    return () => stop.abort();
  }, [api, id, ontvanger]);

  const wijzigKeuze = (categorie: Gegevenscategorie, aan: boolean) => {
    if (!toegestaan) return;
    const nieuw = wisselCategorie(keuze, categorie, aan, toegestaan);
    setKeuze(nieuw);
    setVeldFout((f) => ({ ...f, categorieen: undefined }));
    if (nieuw.length === 0) {
      setVoorbeeld(null);
      return;
    }
    setLaadtVoorbeeld(true);
    api
      .voorbeeld(id, ontvanger, nieuw)
      .then((v) => {
        setVoorbeeld(v);
        setVoorbeeldFout(null);
      })
      .catch((fout: unknown) => setVoorbeeldFout(alsFout(fout, 'Het voorbeeld kon niet worden geladen.')))
      .finally(() => setLaadtVoorbeeld(false));
  };

  const naamContact = contactNaam ?? mij?.naam ?? '';

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig || !overdracht) return;
    const contact = ontvanger ? controleerContactpersoon(naamContact, contactTelefoon) : {};
    const fouten = {
      ontvanger: ontvanger ? undefined : 'Kies het wijkteam dat de overdracht ontvangt.',
      categorieen: ontvanger ? (controleerKeuze(keuze) ?? undefined) : undefined,
      redenAdres: ontvanger ? (controleerRedenAdres(keuze, redenAdres) ?? undefined) : undefined,
      contactNaam: contact.naam,
      contactTelefoon: contact.telefoon,
    };
    setVeldFout(fouten);
    setVerzendFout(null);
    // in the order of the screen: the first error is announced and gets the focus
    const eerste = (
      [
        ['veld-ontvanger', fouten.ontvanger],
        ['veld-categorieen', fouten.categorieen],
        ['veld-redenAdres', fouten.redenAdres],
        ['veld-contactNaam', fouten.contactNaam],
        ['veld-contactTelefoon', fouten.contactTelefoon],
      ] as [string, string | undefined][]
    ).find(([, fout]) => fout);
    if (eerste) {
      // said at once (role="alert"), and the focus moves only after the field carries its error, so that is read too
      setFoutAankondiging(`Het versturen is niet gelukt: ${eerste[1]}`);
      setTimeout(() => document.getElementById(eerste[0])?.focus(), 0);
      return;
    }
    setFoutAankondiging('');
    setBezig(true);
    try {
      await api.verzend(
        overdracht.id,
        overdracht.versie,
        ontvanger,
        keuze,
        { naam: naamContact.trim(), telefoon: contactTelefoon.trim() },
        keuze.includes('ADRES_AFGESCHERMD') ? redenAdres.trim() : undefined,
      );
      const naam = wijkteams?.find((w) => w.code === ontvanger)?.naam ?? ontvanger;
      navigeer(paden.verstuurd, `De overdracht is verstuurd naar ${naam}.`);
    } catch (fout) {
      setVerzendFout(alsFout(fout, 'De overdracht kon niet worden verstuurd.'));
      if (fout instanceof ApiFout) {
        // OVD-022: the API's words next to the field they are about, as the screen's own check would put them
        const bij = (naam: string) => fout.ongeldigeVelden.find((p) => p.name === naam)?.reason;
        const naamFout = bij('contactpersoonVeiligThuis.naam');
        const telefoonFout = bij('contactpersoonVeiligThuis.telefoon');
        if (naamFout || telefoonFout) setVeldFout((f) => ({ ...f, contactNaam: naamFout, contactTelefoon: telefoonFout }));
      }
      if (fout instanceof ApiFout && fout.status === 412) {
        // changed meanwhile: take the new version, so that sending again is based on what is there now
        api.overdracht(overdracht.id).then(setOverdracht, () => {});
      }
      setTimeout(() => foutRef.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  if (laadFout) {
    return (
      <>
        <h1 className="utrecht-heading-1">Overdracht versturen</h1>
        <ApiFoutMelding fout={laadFout} />
      </>
    );
  }
  if (!overdracht || !wijkteams) {
    return (
      <>
        <h1 className="utrecht-heading-1">Overdracht versturen</h1>
        <p className="utrecht-paragraph" role="status">
          De overdracht wordt geladen…
        </p>
      </>
    );
  }
  if (overdracht.status !== 'CONCEPT' && overdracht.status !== 'TERUGGELEGD') {
    return (
      <>
        <h1 className="utrecht-heading-1">Overdracht versturen</h1>
        <p className="utrecht-paragraph">
          Deze overdracht heeft de status {statusLabel(overdracht.status).toLowerCase()} en kan niet (meer) worden verstuurd.
        </p>
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={paden.overdracht(overdracht.id)}>
            Naar de overdracht
          </a>
        </p>
      </>
    );
  }

  const nooit = toegestaan ? nooitToegestaan(toegestaan) : [];
  return (
    <>
      <h1 className="utrecht-heading-1">Overdracht versturen</h1>
      <p className="utrecht-paragraph">
        Kies het wijkteam en de gegevens die het mag zien. Hieronder ziet u precies wat het wijkteam te zien krijgt.
      </p>
      <div ref={foutRef} tabIndex={-1}>
        {verzendFout && (
          <ApiFoutMelding fout={verzendFout}>
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={paden.bewerken(overdracht.id)}>
                Concept aanvullen
              </a>
            </p>
          </ApiFoutMelding>
        )}
      </div>
      <p className="schakel-visueel-verborgen" role="alert" data-testid="verzendfout-aankondiging">
        {foutAankondiging}
      </p>
      <form className="schakel-formulier" onSubmit={verstuur} noValidate aria-label="Overdracht versturen">
        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-ontvanger">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-ontvanger">
            1. Ontvanger
          </h2>
          <Keuzelijst
            sleutel="ontvanger"
            label="Wijkteam"
            verplicht
            leeg="Kies een wijkteam"
            opties={wijkteams.map((w) => [w.code, w.naam] as [string, string])}
            waarde={ontvanger}
            onWijzig={(w) => {
              setOntvanger(w);
              setVeldFout({});
            }}
            fout={veldFout.ontvanger}
          />
        </section>

        {ontvanger && (
          <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-categorieen">
            <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-categorieen">
              2. Wat mag het wijkteam zien?
            </h2>
            {voorbeeldFout && <ApiFoutMelding fout={voorbeeldFout} />}
            {toegestaan ? (
              <>
                <Vinkjes<Gegevenscategorie>
                  sleutel="categorieen"
                  legenda="Gegevenscategorieën"
                  hint="Standaard aangevinkt: wat het toegangsbeleid een wijkteam toestaat, behalve het BSN en het afgeschermde adres; die deelt u alleen als u ze aanvinkt. U kunt minder delen, nooit meer."
                  opties={toegestaan.map((c) => [c, CATEGORIE_LABELS[c] ?? c, CATEGORIE_UITLEG[c]] as [Gegevenscategorie, string, string?])}
                  gekozen={keuze}
                  onWissel={wijzigKeuze}
                  fout={veldFout.categorieen}
                />
                {keuze.includes('ADRES_AFGESCHERMD') && (
                  <Tekstvak
                    sleutel="redenAdres"
                    label="Waarom heeft het wijkteam het afgeschermde adres nodig?"
                    verplicht
                    regels={2}
                    hint="Kort; dit wordt vastgelegd bij de verzending."
                    waarde={redenAdres}
                    onWijzig={(w) => {
                      setRedenAdres(w);
                      setVeldFout((f) => ({ ...f, redenAdres: undefined }));
                    }}
                    fout={veldFout.redenAdres}
                  />
                )}
                {nooit.length > 0 && (
                  <p className="utrecht-paragraph schakel-hint" data-testid="nooit-toegestaan">
                    Nooit voor een wijkteam: {nooit.map(categorieLabel).join(', ')}.
                  </p>
                )}
              </>
            ) : (
              !voorbeeldFout && (
                <p className="utrecht-paragraph" role="status">
                  Het toegangsbeleid wordt opgevraagd…
                </p>
              )
            )}
          </section>
        )}

        {ontvanger && (
          <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-contactpersoon" data-testid="contactpersoon">
            <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-contactpersoon">
              3. Contactpersoon Veilig Thuis
            </h2>
            <p className="utrecht-paragraph schakel-hint">
              Het wijkteam ziet deze naam en dit nummer bij de overdracht, om vragen over de zaak aan te stellen. Een nummer
              voor werk, geen privénummer.
            </p>
            <Tekstveld
              sleutel="contactNaam"
              label="Naam"
              verplicht
              autoComplete="name"
              waarde={naamContact}
              onWijzig={(w) => {
                setContactNaam(w);
                setVeldFout((f) => ({ ...f, contactNaam: undefined }));
              }}
              fout={veldFout.contactNaam}
            />
            <Tekstveld
              sleutel="contactTelefoon"
              label="Telefoonnummer (werk)"
              verplicht
              type="tel"
              inputMode="tel"
              breedte="midden"
              hint="Bijvoorbeeld 010-123 45 67 of 06-12345678."
              waarde={contactTelefoon}
              onWijzig={(w) => {
                setContactTelefoon(w);
                setVeldFout((f) => ({ ...f, contactTelefoon: undefined }));
              }}
              fout={veldFout.contactTelefoon}
            />
          </section>
        )}

        {ontvanger && toegestaan && (
          <section className="schakel-kaart schakel-formulier__sectie schakel-voorbeeld" aria-labelledby="kop-voorbeeld" data-testid="voorbeeld">
            <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-voorbeeld">
              4. Voorbeeld: dit ziet het wijkteam
            </h2>
            <div role="status" aria-live="polite" className="schakel-visueel-verborgen">
              {laadtVoorbeeld ? 'Het voorbeeld wordt bijgewerkt…' : voorbeeld ? 'Het voorbeeld is bijgewerkt.' : ''}
            </div>
            {keuze.length === 0 && <p className="utrecht-paragraph">Kies ten minste één categorie om het voorbeeld te zien.</p>}
            {voorbeeld && keuze.length > 0 && (
              <>
                <p className="utrecht-paragraph" data-testid="bewust-gedeeld">
                  {keuze.includes('BSN') ? 'Het BSN wordt gedeeld.' : 'Het BSN wordt niet gedeeld.'}{' '}
                  {keuze.includes('ADRES_AFGESCHERMD')
                    ? 'Het afgeschermde adres wordt gedeeld; de reden wordt vastgelegd.'
                    : 'Het afgeschermde adres wordt niet gedeeld.'}
                </p>
                <Achtergehouden categorieen={voorbeeld.achtergehouden} wie="ontvanger" />
                <InhoudWeergave inhoud={voorbeeld.inhoud} kopNiveau={3} />
              </>
            )}
          </section>
        )}

        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            {bezig ? 'Bezig met versturen…' : 'Versturen'}
          </button>
          <a className="utrecht-link schakel-annuleren" href={paden.overdracht(overdracht.id)}>
            Terug naar het concept
          </a>
        </div>
      </form>
    </>
  );
}
