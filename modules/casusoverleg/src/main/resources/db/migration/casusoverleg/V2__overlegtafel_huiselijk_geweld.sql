-- The one standing table of the region: the casusoverleg Huiselijk Geweld of the Zorg- en Veiligheidshuis
-- Rotterdam-Rijnmond, chaired by Veilig Thuis (docs/domain.md, flow 2). Configuration, reviewed as code: a change of
-- members, criteria or terms is a new migration. The id is fixed so that demo scripts and tests can name it.
insert into overlegtafel (id, versie, laatst_gewijzigd, naam, voorzitter_organisatie, organisator_organisatie, doel,
                          grondslag, toegangsvenster_dagen, triagetermijn_werkdagen, bewaartermijn_maanden, bewaarregel)
values ('c5000000-0000-4000-8000-000000000001', 1, now(), 'Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond', 'VTRR',
        'ZVHRR', 'CASUSOVERLEG', 'Wet gegevensverwerking door samenwerkingsverbanden (WGS)', 14, 5, 12,
        'De gedeelde kopie van een casus (aanmelding, agenda en inbreng zoals gedeeld aan tafel) wordt twaalf maanden na '
            || 'afschaling vernietigd. Elke partner blijft verwerkingsverantwoordelijke voor zijn eigen inbreng en bewaart '
            || 'die volgens zijn eigen bewaartermijn.');

insert into overlegtafel_criterium (overlegtafel_id, volgorde, code, omschrijving) values
    ('c5000000-0000-4000-8000-000000000001', 0, 'MEERDERE_PROBLEEMGEBIEDEN',
     'Er spelen meerdere problemen tegelijk (bijvoorbeeld geweld, verslaving, schulden, psychiatrie).'),
    ('c5000000-0000-4000-8000-000000000001', 1, 'MEERDERE_KETENS',
     'Twee of meer ketens zijn betrokken (zorg, veiligheid, straf).'),
    ('c5000000-0000-4000-8000-000000000001', 2, 'IMPACT_GEZINSSYSTEEM',
     'De problematiek raakt het hele gezinssysteem, ook de kinderen.');

insert into overlegtafel_lid (overlegtafel_id, organisatie_code)
select 'c5000000-0000-4000-8000-000000000001', code
from (values ('VTRR'), ('ZVHRR'), ('POL-RR'), ('OM-RDAM'), ('RN-RDAM'), ('RVDK-RR'), ('JBRR'),
             ('WT-RDAM-FEIJ'), ('WT-RDAM-CHAR'), ('WT-RDAM-IJSS'), ('WT-RDAM-HOPE'), ('WT-RDAM-ROZB'), ('WT-RDAM-DELF'),
             ('WT-RDAM-KRCR'), ('WT-RDAM-PRAL'), ('WT-RDAM-NRD'), ('WT-RDAM-CENT'), ('WT-RDAM-OVSC'), ('WT-RDAM-HISC'),
             ('WT-RDAM-HVH'), ('LT-SCHIEDAM'), ('LT-VLAARDINGEN'), ('LT-MAASSLUIS'), ('LT-LANSINGERLAND'), ('LT-CAPELLE'),
             ('LT-KRIMPEN'), ('LT-RIDDERKERK'), ('LT-BARENDRECHT'), ('LT-ALBRANDSWAARD'), ('LT-NISSEWAARD'), ('LT-VOORNE'),
             ('LT-GOEREE')) as lid (code);
