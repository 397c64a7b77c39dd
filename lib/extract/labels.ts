/**
 * Field labels as CRMs and ERPs show them, in English, German, French, Spanish, Portuguese and Dutch, mapped to
 * canonical field names with a rank per record kind, so a stronger label wins ("Party" or "Customer" over
 * "Company" on a deal, whose "Company" is often the seller's own). Matching folds case, accents and punctuation,
 * so one entry covers "No. of Employees" and "no of employees".
 */
import type { CanonicalField, RecordKind } from '../record';
import { foldKey } from './normalise/text';

/** How surely a label names a field: 3 the field's own name, 2 a usual synonym, 1 a word that names it only sometimes. */
export type LabelRank = 1 | 2 | 3;

export interface LabelMatch {
  field: CanonicalField;
  rank: LabelRank;
  /** The label names a postal address: only the country is taken from its value. */
  address?: true;
}

/** Usual synonyms (rank 2) on every kind of record. */
export const LABELS: Record<CanonicalField, readonly string[]> = {
  company: [
    'Company', 'Company Name', 'Account', 'Account Name', 'Organization', 'Organisation', 'Organization Name', 'Organisation Name',
    'Customer', 'Customer Name', 'Client', 'Client Name', 'Party', 'Third Party', 'Third-party name',
    'Firma', 'Firmenname', 'Unternehmen', 'Accountname', 'Kunde', 'Kundenname', 'Partei', 'Geschäftspartner',
    'Société', 'Entreprise', 'Nom du compte', 'Nom de la société', 'Compte', 'Nom du client', 'Tiers',
    'Empresa', 'Nombre de la cuenta', 'Cuenta', 'Organización', 'Cliente', 'Nombre del cliente', 'Tercero',
    'Nome da conta', 'Conta', 'Organização', 'Nome do cliente',
    'Bedrijf', 'Bedrijfsnaam', 'Accountnaam', 'Organisatie', 'Klant', 'Klantnaam', 'Relatie',
    // Dynamics 365's opportunity customerid.
    'Potential Customer',
  ],
  industry: [
    'Industry', 'Sector', 'Vertical', 'Line of Business', 'Branche', 'Wirtschaftszweig', 'Industrie', 'Secteur', "Secteur d'activité",
    'Industria', 'Sector de actividad', 'Setor', 'Ramo de atividade', 'Sector/Branche',
  ],
  employees: [
    'Employees', 'Number of Employees', 'No. of Employees', 'Employee Count', 'Company Size', 'Headcount', 'Workforce', 'Staff',
    'Mitarbeiter', 'Anzahl Mitarbeiter', 'Anzahl der Mitarbeiter', 'Mitarbeiterzahl', 'Beschäftigte', 'Belegschaft',
    'Employés', "Nombre d'employés", 'Effectif', 'Empleados', 'Número de empleados', 'Plantilla', 'Funcionários',
    'Número de funcionários', 'Número de colaboradores', 'Medewerkers', 'Aantal medewerkers', 'Werknemers', 'Aantal werknemers',
  ],
  annualRevenue: [
    'Annual Revenue', 'Revenue', 'Yearly Revenue', 'Annual Turnover', 'Turnover', 'Jahresumsatz', 'Umsatz', "Chiffre d'affaires annuel",
    "Chiffre d'affaires", 'Revenus annuels', 'Ingresos anuales', 'Facturación anual', 'Receita anual',
    'Faturamento anual', 'Jaaromzet', 'Omzet',
  ],
  country: [
    'Country', 'Country/Region', 'Country/Territory', 'Billing Country', 'Mailing Country', 'Land', 'Pays',
    'País', 'Land/Regio', 'Land/Region',
    // Dynamics 365's address1_country as labelled on forms.
    'Address 1: Country/Region',
  ],
  website: [
    'Website', 'Web Site', 'Domain', 'Company Domain Name', 'URL', 'Homepage', 'Web', 'Webseite', 'Internetseite', 'Site web',
    'Site internet', 'Sitio web', 'Página web', 'Site', 'Webadres',
    // HubSpot's `website` property ("Website URL").
    'Website URL',
  ],
  fullName: [
    'Full Name', 'Contact Name', 'Lead Name', 'Person', 'Contact', 'Contact Person', 'Vollständiger Name', 'Kontaktname',
    'Kontakt', 'Kontaktperson', 'Ansprechpartner', 'Nom complet', 'Nom du contact', 'Interlocuteur', 'Personne de contact',
    'Nombre completo', 'Nombre del contacto', 'Contacto', 'Persona de contacto', 'Nome completo', 'Nome do contato',
    'Contato', 'Pessoa de contato', 'Volledige naam', 'Contactnaam', 'Contactpersoon',
  ],
  title: [
    'Title', 'Job Title', 'Position', 'Role', 'Designation', 'Titel', 'Berufsbezeichnung', 'Funktion', 'Position im Unternehmen',
    'Titre', 'Fonction', 'Poste', 'Cargo', 'Puesto', 'Título', 'Função', 'Functie', 'Functietitel',
    // Odoo's res.partner / crm.lead function.
    'Job Position',
  ],
  email: [
    'Email', 'E-mail', 'Email Address', 'E-Mail-Adresse', 'Contact Email', 'Adresse e-mail', 'Courriel',
    'Correo electrónico', 'Correo', 'Endereço de e-mail', 'E-mailadres',
  ],
  phone: [
    'Phone', 'Phone Number', 'Business Phone', 'Work Phone', 'Office Phone', 'Telephone', 'Telefon', 'Telefonnummer',
    'Teléfono', 'Telefone', 'Telefoon', 'Telefoonnummer',
    // Dynamics 365's account telephone1.
    'Main Phone',
  ],
  dealName: [
    'Opportunity Name', 'Deal Name', 'Deal', 'Opportunity', 'Topic', 'Title of the deal', 'Opportunity Title',
    'Deal Title', 'Verkaufschance', 'Name der Verkaufschance', 'Opportunité', "Nom de l'opportunité", 'Nom de la affaire',
    'Oportunidad', 'Nombre de la oportunidad', 'Oportunidade', 'Nome da oportunidade', 'Verkoopkans', 'Naam verkoopkans',
  ],
  stage: [
    'Stage', 'Deal Stage', 'Sales Stage', 'Pipeline Stage', 'Opportunity Stage', 'Phase', 'Verkaufsphase', 'Stufe', 'Étape',
    'Étape de la vente', 'Etapa', 'Fase', 'Fase de venta', 'Estágio', 'Fase da venda', 'Verkoopfase',
    // Dynamics 365's opportunity stepname.
    'Pipeline Phase',
  ],
  amount: [
    'Amount', 'Deal Amount', 'Deal Value', 'Value', 'Opportunity Amount', 'Expected Revenue', 'Est. Revenue', 'Estimated Revenue',
    'Betrag', 'Wert', 'Auftragswert', 'Erwarteter Umsatz', 'Montant', 'Valeur', 'Revenu attendu', 'Importe', 'Monto',
    'Ingreso esperado', 'Valor', 'Montante', 'Receita esperada', 'Bedrag', 'Waarde', 'Verwachte omzet',
  ],
  closeDate: [
    'Close Date', 'Expected Close Date', 'Est. Close Date', 'Estimated Close Date', 'Closing Date', 'Expected Closing Date',
    'Target Close Date', 'Abschlussdatum', 'Voraussichtliches Abschlussdatum', 'Erwarteter Abschluss', 'Date de clôture',
    'Date de clôture prévue', 'Clôture prévue', 'Fecha de cierre', 'Fecha de cierre prevista', 'Cierre previsto',
    'Data de fechamento', 'Data de fecho', 'Fechamento previsto', 'Sluitingsdatum', 'Verwachte sluitingsdatum',
    'Verwachte afsluiting',
    // Odoo's crm.lead date_deadline.
    'Expected Closing',
  ],
  competitor: [
    'Competitor', 'Competitors', 'Main Competitor', 'Primary Competitor', 'Competition', 'Wettbewerber',
    'Hauptwettbewerber', 'Konkurrent', 'Concurrent', 'Concurrent principal', 'Competidor', 'Competidor principal',
    'Concorrente', 'Belangrijkste concurrent',
  ],
  leadSource: [
    'Lead Source', 'Source', 'Original Source', 'Lead Origin', 'Origin', 'Leadquelle', 'Lead-Quelle', 'Quelle', 'Herkunft',
    'Origine du prospect', 'Source de la piste', 'Origine', 'Origen del candidato', 'Fuente del prospecto', 'Origen',
    'Origem do lead', 'Fonte do lead', 'Origem', 'Leadbron', 'Bron', 'Herkomst',
    // Pipedrive's deal/lead "channel" field (since 2024-05).
    'Source channel',
    // HubSpot's hs_analytics_source, relabelled from "Original Source".
    'Original Traffic Source',
    // Salesforce's Account.AccountSource (Salesforce Classic pages show it without a known field id).
    'Account Source',
  ],
};

/**
 * Words that name a field only on some kinds of record, and then weakly (rank 1): a deal's "Description" or
 * "Subject" is its name, its "State" or "Status" its stage, its "End Date" its close date, and its "Company" may be
 * the seller's own; a company's "Name" is the company.
 */
const BY_KIND: Record<RecordKind, Partial<Record<CanonicalField, readonly string[]>>> = {
  deal: {
    dealName: ['Name', 'Description', 'Subject', 'Beschreibung', 'Betreff', 'Bezeichnung', 'Objet', 'Intitulé', 'Asunto', 'Descripción', 'Assunto', 'Descrição', 'Onderwerp', 'Omschrijving', 'Beschrijving'],
    stage: ['State', 'Status', 'Zustand', 'Statut', 'État', 'Estado', 'Stadium'],
    closeDate: ['End Date', 'Deadline', 'Due Date', 'Enddatum', 'Frist', 'Date de fin', 'Échéance', 'Fecha de fin', 'Fecha límite', 'Data de término', 'Prazo', 'Einddatum'],
    company: ['Company', 'Firma', 'Unternehmen', 'Société', 'Entreprise', 'Empresa', 'Bedrijf'],
    phone: ['Mobile', 'Contact Mobile', 'Mobile Phone', 'Cell', 'Handy', 'Mobiltelefon', 'Portable', 'Móvil', 'Celular', 'Telemóvel', 'Mobiel'],
  },
  company: {
    company: ['Name', 'Nom', 'Nombre', 'Nome', 'Naam'],
    phone: ['Mobile', 'Mobile Phone', 'Cell', 'Handy', 'Mobiltelefon', 'Portable', 'Móvil', 'Celular', 'Telemóvel', 'Mobiel'],
  },
  contact: {
    fullName: ['Name', 'Nom', 'Nombre', 'Nome', 'Naam'],
    phone: ['Mobile', 'Mobile Phone', 'Cell', 'Handy', 'Mobiltelefon', 'Portable', 'Móvil', 'Celular', 'Telemóvel', 'Mobiel'],
  },
  lead: {
    fullName: ['Name', 'Nom', 'Nombre', 'Nome', 'Naam'],
    phone: ['Mobile', 'Mobile Phone', 'Cell', 'Handy', 'Mobiltelefon', 'Portable', 'Móvil', 'Celular', 'Telemóvel', 'Mobiel'],
  },
};

/**
 * The field's own name on each kind of record (rank 3): it wins over any synonym. On a deal the customer is the
 * "Customer" or "Party", on a company page the company is its "Account Name".
 */
const STRONG: Record<RecordKind, Partial<Record<CanonicalField, readonly string[]>>> = {
  deal: {
    company: ['Customer', 'Customer Name', 'Client', 'Client Name', 'Party', 'Account Name', 'Potential Customer', 'Kunde', 'Kundenname', 'Partei', 'Nom du client', 'Cliente', 'Nombre del cliente', 'Nome do cliente', 'Klant', 'Klantnaam'],
    dealName: ['Opportunity Name', 'Deal Name', 'Opportunity Title', 'Deal Title', 'Name der Verkaufschance', "Nom de l'opportunité", 'Nombre de la oportunidad', 'Nome da oportunidade', 'Naam verkoopkans'],
    stage: ['Sales Stage', 'Deal Stage', 'Opportunity Stage', 'Verkaufsphase'],
    closeDate: ['Close Date', 'Expected Close Date', 'Expected Closing Date', 'Expected Closing'],
    amount: ['Amount', 'Opportunity Amount', 'Deal Amount', 'Deal Value'],
  },
  company: { company: ['Company Name', 'Account Name', 'Organization Name', 'Organisation Name', 'Customer Name', 'Firmenname', 'Nom de la société', 'Nombre de la cuenta', 'Nome da conta', 'Bedrijfsnaam'] },
  contact: { fullName: ['Full Name', 'Contact Name', 'Vollständiger Name', 'Nom complet', 'Nombre completo', 'Nome completo', 'Volledige naam'] },
  lead: { fullName: ['Full Name', 'Lead Name', 'Vollständiger Name', 'Nom complet', 'Nombre completo', 'Nome completo', 'Volledige naam'] },
};

/** Postal addresses: their country fills the country field when no Country label does (rank 1). */
export const ADDRESS_LABELS: readonly string[] = [
  'Address', 'Billing Address', 'Mailing Address', 'Postal Address', 'Primary Address', 'Street Address', 'Invoice Address',
  'Adresse', 'Anschrift', 'Rechnungsadresse', 'Postanschrift', 'Adresse de facturation', 'Adresse postale', 'Dirección',
  'Dirección de facturación', 'Endereço', 'Endereço de cobrança', 'Adres', 'Factuuradres', 'Postadres',
];

/**
 * Labels of the seller's side of a record: its owner, the salesperson, the user's own company or team. They are
 * never read as the customer or the contact (a data test checks none of them is in the tables above).
 */
export const SELLER_SIDE_LABELS: readonly string[] = [
  'Owner', 'Record Owner', 'Account Owner', 'Deal Owner', 'Contact Owner', 'Lead Owner', 'Opportunity Owner', 'Assigned To',
  'Assigned User', 'Salesperson', 'Sales Person', 'Sales Rep', 'Sales Representative', 'Sales Representatives', 'Employee',
  'Responsible', 'Account Manager', 'Sales Team', 'Team', 'User', 'Created By', 'Modified By', 'Last Modified By',
  'Our Company', 'Your Company', 'Inhaber', 'Besitzer', 'Verantwortlich', 'Zugewiesen an', 'Vertriebsmitarbeiter', 'Verkäufer',
  'Mitarbeiterin', 'Propriétaire', 'Responsable', 'Assigné à', 'Commercial', 'Vendeur', 'Propietario', 'Asignado a',
  'Vendedor', 'Proprietário', 'Atribuído a', 'Eigenaar', 'Toegewezen aan', 'Verkoper', 'Medewerker',
];

interface Index {
  any: Map<string, LabelMatch>;
  byKind: Record<RecordKind, Map<string, LabelMatch>>;
}
let index: Index | undefined;

function buildIndex(): Index {
  const put = (map: Map<string, LabelMatch>, alias: string, match: LabelMatch) => {
    const key = foldKey(alias);
    const current = map.get(key);
    if (!current || current.rank < match.rank) map.set(key, match);
  };
  const any = new Map<string, LabelMatch>();
  for (const [field, labels] of Object.entries(LABELS) as [CanonicalField, readonly string[]][]) {
    for (const alias of labels) put(any, alias, { field, rank: 2 });
  }
  for (const alias of ADDRESS_LABELS) put(any, alias, { field: 'country', rank: 1, address: true });
  const byKind = {} as Index['byKind'];
  for (const kind of ['lead', 'contact', 'company', 'deal'] as const) {
    const map = new Map(any);
    // A kind's own words replace the general meaning of the same label, whatever its rank there.
    for (const [field, labels] of Object.entries(BY_KIND[kind]) as [CanonicalField, readonly string[]][]) {
      for (const alias of labels) map.set(foldKey(alias), { field, rank: 1 });
    }
    for (const [field, labels] of Object.entries(STRONG[kind]) as [CanonicalField, readonly string[]][]) {
      for (const alias of labels) map.set(foldKey(alias), { field, rank: 3 });
    }
    byKind[kind] = map;
  }
  return { any, byKind };
}

/** Folds a label for comparison: case, accents, trailing colons and asterisks, punctuation. */
export function foldLabel(label: string): string {
  return foldKey(label);
}

/** The canonical field a label means on a record of `kind` (or on any record), with how surely. */
export function matchLabel(label: string, kind?: RecordKind): LabelMatch | undefined {
  index ??= buildIndex();
  const key = foldKey(label);
  return kind ? index.byKind[kind].get(key) : index.any.get(key);
}

/** Every alias table, for the data tests: each must hold folded-unique entries. */
export function labelTables(): { name: string; labels: readonly string[] }[] {
  return [
    ...Object.entries(LABELS).map(([field, labels]) => ({ name: `LABELS.${field}`, labels })),
    ...(['lead', 'contact', 'company', 'deal'] as const).flatMap((kind) => [
      ...Object.entries(BY_KIND[kind]).map(([field, labels]) => ({ name: `BY_KIND.${kind}.${field}`, labels: labels! })),
      ...Object.entries(STRONG[kind]).map(([field, labels]) => ({ name: `STRONG.${kind}.${field}`, labels: labels! })),
    ]),
    { name: 'ADDRESS_LABELS', labels: ADDRESS_LABELS },
    { name: 'SELLER_SIDE_LABELS', labels: SELLER_SIDE_LABELS },
  ];
}
