/**
 * Field labels as CRMs show them, in English, German, French, Spanish, Portuguese and Dutch,
 * mapped to canonical field names. Matching folds case, accents and punctuation, so one entry
 * covers "No. of Employees" and "no of employees".
 */
import type { CanonicalField } from '../record';

const LABELS: Record<CanonicalField, string[]> = {
  company: [
    'Company', 'Company Name', 'Account', 'Account Name', 'Organization', 'Organisation', 'Organization Name',
    'Customer', 'Firma', 'Firmenname', 'Unternehmen', 'Accountname', 'Organisation Name', 'Société', 'Entreprise',
    'Nom du compte', 'Nom de la société', 'Compte', 'Empresa', 'Nombre de la cuenta', 'Cuenta', 'Organización',
    'Nome da conta', 'Conta', 'Organização', 'Bedrijf', 'Bedrijfsnaam', 'Accountnaam', 'Organisatie',
    // Dynamics 365's opportunity customerid.
    'Potential Customer',
  ],
  industry: ['Industry', 'Branche', 'Industrie', 'Secteur', "Secteur d'activité", 'Sector', 'Industria', 'Setor', 'Indústria', 'Sector/Branche'],
  employees: [
    'Employees', 'Number of Employees', 'No. of Employees', 'Employee Count', 'Company Size', 'Headcount',
    'Mitarbeiter', 'Anzahl Mitarbeiter', 'Anzahl der Mitarbeiter', 'Mitarbeiterzahl', 'Beschäftigte', 'Employés',
    "Nombre d'employés", 'Effectif', 'Empleados', 'Número de empleados', 'Funcionários', 'Número de funcionários',
    'Medewerkers', 'Aantal medewerkers', 'Werknemers', 'Aantal werknemers',
  ],
  annualRevenue: [
    'Annual Revenue', 'Revenue', 'Yearly Revenue', 'Jahresumsatz', 'Umsatz', "Chiffre d'affaires annuel",
    "Chiffre d'affaires", 'Revenus annuels', 'Ingresos anuales', 'Facturación anual', 'Receita anual',
    'Faturamento anual', 'Jaaromzet', 'Omzet',
  ],
  country: [
    'Country', 'Country/Region', 'Country/Territory', 'Billing Country', 'Mailing Country', 'Land', 'Pays',
    'País', 'Pais', 'Land/Regio', 'Land/Region',
    // Dynamics 365's address1_country as labelled on forms.
    'Address 1: Country/Region',
  ],
  website: ['Website', 'Web Site', 'Domain', 'Company Domain Name', 'URL', 'Webseite', 'Site web', 'Sitio web', 'Site', 'Webadres',
    // HubSpot's `website` property ("Website URL").
    'Website URL',
  ],
  fullName: [
    'Name', 'Full Name', 'Contact Name', 'Lead Name', 'Person', 'Contact', 'Vollständiger Name', 'Kontaktname',
    'Nom complet', 'Nom du contact', 'Nombre completo', 'Nombre del contacto', 'Nome completo', 'Nome do contato',
    'Volledige naam', 'Contactnaam',
  ],
  title: ['Title', 'Job Title', 'Position', 'Role', 'Titel', 'Berufsbezeichnung', 'Funktion', 'Titre', 'Fonction', 'Poste', 'Cargo', 'Puesto', 'Título', 'Functie', 'Functietitel',
    // Odoo's res.partner / crm.lead function.
    'Job Position'],
  email: ['Email', 'E-mail', 'Email Address', 'E-Mail', 'E-Mail-Adresse', 'Adresse e-mail', 'Courriel', 'Correo electrónico', 'Correo', 'E-mailadres'],
  phone: ['Phone', 'Phone Number', 'Business Phone', 'Telephone', 'Telefon', 'Telefonnummer', 'Téléphone', 'Teléfono', 'Telefone', 'Telefoon', 'Telefoonnummer',
    // Dynamics 365's account telephone1.
    'Main Phone',
  ],
  dealName: [
    'Opportunity Name', 'Deal Name', 'Deal', 'Opportunity', 'Topic', 'Title of the deal', 'Opportunity-Name',
    'Verkaufschance', 'Name der Verkaufschance', 'Opportunité', "Nom de l'opportunité", 'Nom de la affaire',
    'Oportunidad', 'Nombre de la oportunidad', 'Oportunidade', 'Nome da oportunidade', 'Verkoopkans', 'Naam verkoopkans',
  ],
  stage: [
    'Stage', 'Deal Stage', 'Sales Stage', 'Pipeline Stage', 'Phase', 'Verkaufsphase', 'Étape', 'Étape de la vente',
    'Etapa', 'Fase', 'Fase de venta', 'Estágio', 'Fase da venda',
    // Dynamics 365's opportunity stepname.
    'Pipeline Phase',
  ],
  amount: [
    'Amount', 'Deal Amount', 'Deal Value', 'Value', 'Est. Revenue', 'Estimated Revenue', 'Betrag', 'Wert', 'Montant',
    'Valeur', 'Importe', 'Valor', 'Bedrag', 'Waarde',
  ],
  closeDate: [
    'Close Date', 'Expected Close Date', 'Est. Close Date', 'Estimated Close Date', 'Closing Date',
    'Abschlussdatum', 'Voraussichtliches Abschlussdatum', 'Date de clôture', 'Date de clôture prévue',
    'Fecha de cierre', 'Fecha de cierre prevista', 'Data de fechamento', 'Data de fecho', 'Sluitingsdatum', 'Verwachte sluitingsdatum',
    // Odoo's crm.lead date_deadline.
    'Expected Closing',
  ],
  competitor: [
    'Competitor', 'Competitors', 'Main Competitor', 'Primary Competitor', 'Competition', 'Wettbewerber',
    'Hauptwettbewerber', 'Konkurrent', 'Concurrent', 'Concurrent principal', 'Competidor', 'Competidor principal',
    'Concorrente', 'Concurrent', 'Belangrijkste concurrent',
  ],
  leadSource: [
    'Lead Source', 'Source', 'Original Source', 'Lead Origin', 'Leadquelle', 'Lead-Quelle', 'Quelle',
    'Origine du prospect', 'Source de la piste', 'Origen del candidato', 'Fuente del prospecto', 'Origem do lead',
    'Fonte do lead', 'Leadbron', 'Bron',
    // Pipedrive's deal/lead "channel" field (since 2024-05).
    'Source channel',
    // HubSpot's hs_analytics_source, relabelled from "Original Source".
    'Original Traffic Source',
    // Salesforce's Account.AccountSource (Salesforce Classic pages show it without a known field id).
    'Account Source',
  ],
};

/** Folds a label for comparison: case, accents, trailing colons and asterisks, punctuation. */
export function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let index: Map<string, CanonicalField> | undefined;

/** The canonical field a label means, if the table knows it. */
export function fieldForLabel(label: string): CanonicalField | undefined {
  if (!index) {
    index = new Map();
    for (const [field, labels] of Object.entries(LABELS) as [CanonicalField, string[]][]) {
      for (const alias of labels) if (!index.has(foldLabel(alias))) index.set(foldLabel(alias), field);
    }
  }
  return index.get(foldLabel(label));
}
