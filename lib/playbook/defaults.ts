/**
 * The embedded default playbook: what a new user sees before their manager pushes one.
 *
 * It describes a fictional vendor, Northwind Revenue Cloud, selling conversation intelligence and
 * revenue analytics to mid-market B2B sales teams. It is a worked example of every part of the
 * schema (ICP with aliases, disqualifiers, product priorities, differentiators, questions, coaching), written
 * so that a manager can recognise the shape and replace the content.
 *
 * Plain data that must parse unchanged through `parsePlaybook` (test/unit/defaults.test.ts checks it):
 * no surrounding white space, no HTML, every optional default spelled out.
 */
import { SCHEMA_VERSION } from './rules';
import type { Playbook } from './schema';

/** Salesforce default opportunity stages, with the HubSpot default pipeline's equivalents. */
const EARLY_STAGES = ['Prospecting', 'Qualification', 'Appointment Scheduled', 'Qualified to Buy'];
const DISCOVERY_STAGES = ['Qualification', 'Needs Analysis', 'Qualified to Buy'];
const VALUE_STAGES = ['Needs Analysis', 'Value Proposition', 'Presentation Scheduled'];
const DECISION_STAGES = ['Id. Decision Makers', 'Perception Analysis', 'Decision Maker Bought-In'];
const LATE_STAGES = ['Proposal/Price Quote', 'Negotiation/Review', 'Contract Sent'];

/** Countries we sell into, host data for and have reps in (values as `aliases` canonicalise them). */
const CORE_MARKETS = [
  'United States',
  'Canada',
  'United Kingdom',
  'Ireland',
  'Germany',
  'France',
  'Netherlands',
  'Sweden',
  'Denmark',
  'Norway',
  'Finland',
];
const EUROPEAN_MARKETS = CORE_MARKETS.filter((country) => country !== 'United States' && country !== 'Canada');

export const DEFAULT_PLAYBOOK: Playbook = {
  schemaVersion: SCHEMA_VERSION,
  name: 'Northwind Revenue Cloud — Mid-market playbook',
  version: '2026.11.1',
  updatedAt: '2026-11-27',
  // The deal-size and revenue bands below are dollars: a deal in € or ₹ is not held against them (lib/scoring/currency.ts).
  currency: 'USD',
  icp: {
    criteria: [
      {
        id: 'industry-core-verticals',
        label: 'Sells into a core vertical (software, financial services, insurance, telecom, business services, marketing)',
        weight: 20,
        when: {
          field: 'industry',
          is: 'oneOf',
          values: [
            'Software',
            'Financial Services',
            'Insurance',
            'Telecommunications',
            'Business Services',
            'Marketing & Advertising',
          ],
        },
      },
      {
        id: 'employees-mid-market',
        label: '50–5,000 employees',
        weight: 20,
        when: { field: 'employees', is: 'between', min: 50, max: 5000 },
      },
      {
        id: 'revenue-org-decision-maker',
        label: 'Contact leads the revenue team (VP, Head, Director or C-level in sales, revenue or enablement)',
        weight: 15,
        when: {
          any: [
            {
              field: 'title',
              is: 'contains',
              keywords: ['CRO', 'CCO', 'CEO', 'Chief Executive', 'Founder', 'Co-Founder', 'Cofounder'],
            },
            {
              all: [
                {
                  field: 'title',
                  is: 'contains',
                  keywords: ['VP', 'SVP', 'EVP', 'President', 'Head', 'Director', 'Chief'],
                },
                {
                  field: 'title',
                  is: 'contains',
                  keywords: ['Sales', 'Revenue', 'Commercial', 'Enablement', 'RevOps', 'GTM', 'Growth'],
                },
              ],
            },
          ],
        },
      },
      {
        id: 'country-core-markets',
        label: 'Based in a market we sell and host data in (North America, UK & Ireland, DACH, France, Benelux, Nordics)',
        weight: 15,
        when: { field: 'country', is: 'oneOf', values: CORE_MARKETS },
      },
      {
        id: 'revenue-band',
        label: 'Annual revenue $5M–$1B',
        weight: 10,
        when: { field: 'annualRevenue', is: 'between', min: 5_000_000, max: 1_000_000_000 },
      },
      {
        id: 'warm-lead-source',
        label: 'Came in warm (referral, partner, webinar or inbound)',
        weight: 10,
        when: { field: 'leadSource', is: 'oneOf', values: ['Referral', 'Partner', 'Webinar', 'Inbound'] },
      },
      {
        id: 'deal-size-sweet-spot',
        label: 'Deal size 15k–250k (our mid-market sweet spot)',
        weight: 10,
        when: { field: 'amount', is: 'between', min: 15_000, max: 250_000 },
      },
    ],
    disqualifiers: [
      {
        id: 'too-small',
        label: 'Too small: under 10 employees, no sales team to coach',
        // From 1, not 0: some CRMs show an empty headcount as 0, which must not disqualify.
        when: { field: 'employees', is: 'between', min: 1, max: 9 },
      },
      {
        id: 'sanctioned-country',
        label: 'Sanctioned country: we cannot contract with or host data for it',
        when: {
          field: 'country',
          is: 'oneOf',
          values: ['Cuba', 'Iran', 'North Korea', 'Syria', 'Russia', 'Belarus'],
        },
      },
    ],
    tiers: { A: 80, B: 60, C: 40 },
    minCoverage: 0.5,
  },
  products: [
    {
      id: 'revenue-analytics',
      name: 'Revenue Analytics add-on',
      priority: 'push',
      fitsWhen: { field: 'employees', is: 'between', min: 200, max: 5000 },
      pitch:
        'Deal-risk signals and a forecast built from what buyers actually said, with pipeline inspection by rep, stage and segment. It gives the CRO a number they can defend on the board call.',
      note: 'Highest-margin line this fiscal year and pays 1.5× commission. Lead with it once the sales team has 20 or more reps.',
    },
    {
      id: 'coaching-studio',
      name: 'Coaching Studio',
      priority: 'push',
      fitsWhen: {
        any: [
          { field: 'title', is: 'contains', keywords: ['Enablement', 'Training', 'Onboarding', 'Coaching'] },
          { field: 'employees', is: 'between', min: 50, max: 1000 },
        ],
      },
      pitch:
        'Scorecards, call libraries and ramp plans that turn recorded calls into weekly coaching. New reps learn from the team’s best calls instead of waiting for a manager to ride along.',
      note: 'Strongest where there is no dedicated enablement team yet. Bundle it with Conversation Intelligence rather than selling it alone.',
    },
    {
      id: 'conversation-intelligence',
      name: 'Northwind Conversation Intelligence',
      priority: 'standard',
      pitch:
        'Records, transcribes and summarises every sales call on Zoom, Teams, Google Meet and the dialer, and writes next steps back to the CRM. It is the core seat every other Northwind product builds on.',
    },
    {
      id: 'notes-starter',
      name: 'Northwind Notes Starter',
      priority: 'loss-leader',
      pitch:
        'An AI note-taker for up to 10 users that joins meetings, writes the summary and logs it to the CRM. A small, low-risk first contract that puts Northwind on every customer call.',
      note: 'Offer to open the door; never discount it further. It is priced at cost: the win is the upgrade to Conversation Intelligence within two quarters.',
    },
  ],
  differentiators: [
    {
      id: 'no-platform-fee',
      title: 'No platform fee, no multi-year lock-in',
      detail:
        'If they hold a Gong quote, ask how much of it is platform fee before a single seat is counted. Northwind prices per seat only, on annual terms, and a 50-seat team is typically recording calls within 14 days. Offer a side-by-side on five of their own recorded calls rather than a feature checklist.',
      products: ['conversation-intelligence', 'revenue-analytics'],
      competitors: ['Gong', 'Gong.io'],
    },
    {
      id: 'independent-roadmap',
      title: 'Conversation intelligence is our whole business',
      detail:
        'When Chorus arrives as part of a data-platform contract, conversation intelligence is one line on someone else’s roadmap. It is all of ours: monthly releases, a public changelog and a product team the customer can talk to. Ask what they would keep if the bundle changed at renewal, and time the pitch to that renewal date.',
      products: ['conversation-intelligence', 'coaching-studio'],
      competitors: ['Chorus', 'ZoomInfo Chorus', 'Chorus.ai'],
    },
    {
      id: 'forecast-with-evidence',
      title: 'A forecast with the call evidence behind every deal',
      detail:
        'Clari is strong at roll-up forecasting from CRM and activity data. Revenue Analytics adds what buyers actually said (pricing pushback, a new stakeholder, a competitor named) to each deal’s risk score, so a manager coaches the deal instead of just calling it. Many teams run both: position Northwind as the evidence layer, not a forecasting rip-and-replace.',
      products: ['revenue-analytics'],
      competitors: ['Clari'],
    },
    {
      id: 'keep-your-engagement-platform',
      title: 'Keep your engagement platform; record every channel',
      detail:
        'Salesloft and Outreach are sequencing tools first. Northwind records Zoom, Teams, Google Meet and dialer calls alike, and syncs summaries and next steps into the engagement tool they already use, so nobody changes how they prospect. Never pitch replacing their cadences.',
      products: ['conversation-intelligence'],
      competitors: ['Salesloft', 'Outreach'],
    },
    {
      id: 'coaching-built-in',
      title: 'Coaching built in, not bolted on',
      detail:
        'Stage scorecards, libraries of the team’s best calls and ramp plans for new hires turn recordings into coaching. Managers review the three calls that matter each week instead of shadowing one, and customers report new reps reaching quota about a third sooner in their first two quarters.',
      products: ['coaching-studio'],
    },
    {
      id: 'crm-write-back',
      title: 'Fills the CRM from the call',
      detail:
        'Summaries, next steps and MEDDIC fields are written back to Salesforce, HubSpot, Dynamics 365 and Pipedrive after every call, each linked to the moment it was said. Reps stop typing notes; managers stop chasing empty fields before the forecast call.',
      products: ['conversation-intelligence', 'notes-starter'],
    },
    {
      id: 'compliance-grade-recording',
      title: 'Compliance-grade recording and retention',
      detail:
        'Consent prompts by jurisdiction, automatic redaction of card and account numbers, configurable retention with legal hold, and an immutable audit trail. SOC 2 Type II and ISO 27001 reports are available under NDA from the first week of the evaluation: offer them before the security questionnaire arrives.',
      products: ['conversation-intelligence'],
      when: { field: 'industry', is: 'oneOf', values: ['Financial Services', 'Insurance'] },
    },
    {
      id: 'eu-uk-data-residency',
      title: 'Data stays in the EU or the UK',
      detail:
        'Recordings, transcripts and metadata are stored and processed in Frankfurt or London and never replicated to the US. A GDPR data processing agreement is standard, and works-council settings (record only with consent, no individual leaderboards) make German and Dutch rollouts straightforward.',
      when: { field: 'country', is: 'oneOf', values: EUROPEAN_MARKETS },
    },
    {
      id: 'enterprise-admin-included',
      title: 'SSO, SCIM and audit log in every plan',
      detail:
        'SAML single sign-on, SCIM user provisioning, role-based access and an admin audit log are included at no extra cost. IT can deploy and remove seats from their identity provider on day one, with no security surcharge.',
      when: { field: 'employees', is: 'between', min: 1000 },
    },
    {
      id: 'live-in-two-weeks',
      title: 'Live in two weeks with a named onboarding lead',
      detail:
        'Every new customer gets a named onboarding lead, a 14-day launch plan and a 30-day review with their managers. Notes Starter goes live the same day: a small first step that proves value before a larger rollout.',
      products: ['notes-starter', 'conversation-intelligence'],
    },
  ],
  questions: [
    // Cold call: short, about them, and each one fills a field the fit score needs.
    {
      id: 'cc-company-size',
      text: 'Roughly how many people work at the company today, and how many of them sell?',
      fills: ['employees'],
      category: 'cold-call',
      framework: 'SPIN',
    },
    {
      id: 'cc-industry',
      text: 'How would you describe what the company does, and which industry do you put yourselves in?',
      fills: ['industry'],
      category: 'cold-call',
      framework: 'SPIN',
    },
    {
      id: 'cc-location',
      text: 'Where is the company headquartered, and where do your reps sit?',
      fills: ['country'],
      category: 'cold-call',
      framework: 'SPIN',
    },
    {
      id: 'cc-how-heard',
      text: 'How did you first come across Northwind?',
      fills: ['leadSource'],
      category: 'cold-call',
    },
    {
      id: 'cc-why-now',
      text: 'What made you look at how your team handles sales calls now, rather than next quarter?',
      when: { field: 'leadSource', is: 'oneOf', values: ['Webinar', 'Inbound'] },
      stages: EARLY_STAGES,
      category: 'cold-call',
      framework: 'SPIN',
    },
    {
      id: 'cc-coaching-today',
      text: 'How do your managers coach calls today: do they listen to recordings, or sit in live?',
      stages: EARLY_STAGES,
      category: 'cold-call',
      framework: 'SPIN',
    },
    // Discovery: let them find the problem themselves (the guide's coaching-by-questions habit).
    {
      id: 'dq-turn-down-reasons',
      text: 'What exactly do prospects say when they turn your reps down, and how do you hear about it today?',
      stages: DISCOVERY_STAGES,
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-ramp-time',
      text: 'How long does it take a new rep to reach full quota, and what does their first month look like?',
      stages: DISCOVERY_STAGES,
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-lost-deals',
      text: 'When you lose a deal, how do you find out why, and how late in the quarter do you usually learn it?',
      stages: DISCOVERY_STAGES,
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-coaching-payoff',
      text: 'If every manager could review the three calls that mattered each week instead of sitting in on one, what would change for your win rate?',
      stages: VALUE_STAGES,
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-revenue',
      text: 'Roughly what size is the business in annual revenue, and what growth target is the sales team carrying this year?',
      fills: ['annualRevenue'],
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-leader-week',
      text: 'How much of your week goes to deal reviews versus coaching, and which would you rather have back?',
      when: {
        all: [
          { field: 'title', is: 'contains', keywords: ['VP', 'SVP', 'Head', 'Director', 'Chief', 'CRO'] },
          { field: 'title', is: 'contains', keywords: ['Sales', 'Revenue', 'Commercial', 'CRO'] },
        ],
      },
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-forecast-accuracy',
      text: 'How close did last quarter’s result land to the number you called in week one?',
      when: { field: 'title', is: 'contains', keywords: ['CRO', 'CEO', 'Revenue', 'Sales', 'RevOps'] },
      stages: VALUE_STAGES,
      category: 'discovery',
      framework: 'SPIN',
    },
    {
      id: 'dq-crm-fields',
      text: 'Which CRM fields do reps skip today, and which would you most like filled from what was actually said on the call?',
      when: { field: 'title', is: 'contains', keywords: ['Operations', 'Ops', 'RevOps', 'Systems', 'CRM', 'Admin'] },
      category: 'discovery',
    },
    // Qualification: BANT for the basics, MEDDIC for the deal.
    {
      id: 'q-budget',
      text: 'What budget range have you set aside for this, or how would a purchase like this usually get funded?',
      fills: ['amount'],
      stages: DISCOVERY_STAGES,
      category: 'qualification',
      framework: 'BANT',
    },
    {
      id: 'q-role-and-sign-off',
      text: 'What is your role in a decision like this, and who else would need to sign off?',
      fills: ['title'],
      stages: ['Qualification', 'Id. Decision Makers', 'Qualified to Buy'],
      category: 'qualification',
      framework: 'BANT',
    },
    {
      id: 'q-cost-of-waiting',
      text: 'If nothing changed this year, what would it cost you in missed quota, ramp time or reps who leave?',
      stages: DISCOVERY_STAGES,
      category: 'qualification',
      framework: 'BANT',
    },
    {
      id: 'q-go-live',
      text: 'When do you need this live, and is there an event driving that date, such as a sales kickoff or a hiring wave?',
      fills: ['closeDate'],
      category: 'qualification',
      framework: 'BANT',
    },
    {
      id: 'q-alternatives',
      text: 'Which tools record or analyse your calls today, and which are you evaluating alongside us?',
      fills: ['competitor'],
      category: 'qualification',
    },
    {
      id: 'q-payback',
      text: 'What payback period do you need to see on a sales tool, and how do you measure sales productivity today?',
      when: {
        field: 'title',
        is: 'contains',
        keywords: ['CFO', 'Finance', 'Financial', 'Controller', 'Procurement', 'Purchasing'],
      },
      category: 'qualification',
      framework: 'BANT',
    },
    {
      id: 'm-metrics',
      text: 'Which number would you show your leadership to prove this worked: win rate, ramp time or forecast accuracy?',
      stages: VALUE_STAGES,
      category: 'qualification',
      framework: 'MEDDIC',
    },
    {
      id: 'm-economic-buyer',
      text: 'Whose budget would this come from, and have they seen the business case yet?',
      stages: DECISION_STAGES,
      category: 'qualification',
      framework: 'MEDDIC',
    },
    {
      id: 'm-decision-criteria',
      text: 'What will you judge the options on, and which of those matters most if two tools come out even?',
      stages: ['Needs Analysis', 'Perception Analysis', 'Presentation Scheduled'],
      category: 'qualification',
      framework: 'MEDDIC',
    },
    {
      id: 'm-decision-process',
      text: 'Walk me through what happens between “we like it” and a signed order: security review, legal, procurement?',
      stages: [...DECISION_STAGES, 'Proposal/Price Quote'],
      category: 'qualification',
      framework: 'MEDDIC',
    },
    {
      id: 'm-identify-pain',
      text: 'Which part of your sales process breaks first when you add new reps?',
      stages: DISCOVERY_STAGES,
      category: 'qualification',
      framework: 'MEDDIC',
    },
    {
      id: 'm-champion',
      text: 'Who on your team gains the most if this goes ahead, and would they make the case for it internally?',
      stages: DECISION_STAGES,
      category: 'qualification',
      framework: 'MEDDIC',
    },
    // Closing.
    {
      id: 'cl-pilot-success',
      text: 'What would you need to see in a two-week pilot to feel comfortable recommending us?',
      stages: [...VALUE_STAGES, 'Proposal/Price Quote'],
      category: 'closing',
    },
    {
      id: 'cl-mutual-plan',
      text: 'Shall we map the remaining steps back from your go-live date together, so nothing surprises either side?',
      stages: LATE_STAGES,
      category: 'closing',
    },
    {
      id: 'cl-blockers',
      text: 'Is there anything that could stop this being signed by the date we agreed?',
      stages: LATE_STAGES,
      category: 'closing',
      framework: 'MEDDIC',
    },
  ],
  questionLimit: 8,
  // The guide: a manager coaches by asking, and a rep who booked half as many appointments as usual
  // this week knows to hit the phones. Each question shows in the rep's weekly review when that count
  // falls below the share of the rep's own four-week average.
  coaching: [
    {
      id: 'fewer-calls-process',
      when: { metric: 'callsPrepared', fallsBelow: 0.5 },
      question: 'What is your cold calling process?',
    },
    {
      id: 'fewer-calls-objections',
      when: { metric: 'callsPrepared', fallsBelow: 0.5 },
      question: 'What exactly do prospects say when you call them and they turn you down?',
    },
    {
      id: 'fewer-records-pipeline',
      when: { metric: 'recordsReviewed', fallsBelow: 0.5 },
      question: 'Which accounts will fill your pipeline next month, and when will you reach out to them?',
    },
    {
      id: 'fewer-good-fits',
      when: { metric: 'goodFitReviewed', fallsBelow: 0.5 },
      question: 'How many of the accounts you worked this week match our ideal customer profile, and what made you choose the others?',
    },
    {
      id: 'fewer-questions-asked',
      when: { metric: 'questionsAsked', fallsBelow: 0.5 },
      question: 'Which discovery questions do you find hardest to ask, and what happens when you ask them?',
    },
  ],
  fieldMappings: [],
  aliases: [
    // Industry: CRM picklists (Salesforce, HubSpot, Dynamics 365, LinkedIn-sourced data) to our values.
    {
      field: 'industry',
      value: 'Software',
      synonyms: [
        'Computer Software',
        'Software Development',
        'SaaS',
        'Information Technology & Services',
        'Information Technology and Services',
        'IT Services and IT Consulting',
        'Internet Software & Services',
        'Internet Software and Services',
        'Technology, Information and Internet',
        'Technology',
      ],
    },
    {
      field: 'industry',
      value: 'Financial Services',
      synonyms: ['Finance', 'Financial', 'Banking', 'FinTech', 'Capital Markets', 'Investment Management', 'Brokers'],
    },
    {
      field: 'industry',
      value: 'Telecommunications',
      synonyms: ['Telecom', 'Telecoms', 'Communications', 'Telecommunication'],
    },
    {
      field: 'industry',
      value: 'Business Services',
      synonyms: [
        'Professional Services',
        'Consulting',
        'Management Consulting',
        'Business Consulting and Services',
        'Outsourcing/Offshoring',
        'Staffing & Recruiting',
        'Staffing and Recruiting',
      ],
    },
    {
      field: 'industry',
      value: 'Marketing & Advertising',
      synonyms: ['Marketing and Advertising', 'Advertising Services', 'Advertising', 'Marketing Services'],
    },
    // Country: ISO codes, long forms and local names as CRMs and enrichment tools display them.
    {
      field: 'country',
      value: 'United States',
      synonyms: ['US', 'USA', 'U.S.', 'U.S.A.', 'United States of America'],
    },
    { field: 'country', value: 'Canada', synonyms: ['CA', 'CAN'] },
    {
      field: 'country',
      value: 'United Kingdom',
      synonyms: [
        'UK',
        'U.K.',
        'GB',
        'GBR',
        'Great Britain',
        'England',
        'Scotland',
        'Wales',
        'Northern Ireland',
        'United Kingdom of Great Britain and Northern Ireland',
      ],
    },
    { field: 'country', value: 'Ireland', synonyms: ['IE', 'IRL', 'Republic of Ireland', 'Éire'] },
    { field: 'country', value: 'Germany', synonyms: ['DE', 'DEU', 'Deutschland', 'Federal Republic of Germany'] },
    { field: 'country', value: 'France', synonyms: ['FR', 'FRA', 'French Republic'] },
    {
      field: 'country',
      value: 'Netherlands',
      synonyms: ['NL', 'NLD', 'The Netherlands', 'Holland', 'Nederland', 'Kingdom of the Netherlands'],
    },
    { field: 'country', value: 'Sweden', synonyms: ['SE', 'SWE', 'Sverige'] },
    { field: 'country', value: 'Denmark', synonyms: ['DK', 'DNK', 'Danmark'] },
    { field: 'country', value: 'Norway', synonyms: ['NO', 'NOR', 'Norge'] },
    { field: 'country', value: 'Finland', synonyms: ['FI', 'FIN', 'Suomi'] },
    { field: 'country', value: 'Russia', synonyms: ['RU', 'RUS', 'Russian Federation'] },
    { field: 'country', value: 'Iran', synonyms: ['IR', 'IRN', 'Iran, Islamic Republic of', 'Islamic Republic of Iran'] },
    {
      field: 'country',
      value: 'North Korea',
      synonyms: ['KP', 'PRK', 'DPRK', "Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"],
    },
    { field: 'country', value: 'Syria', synonyms: ['SY', 'SYR', 'Syrian Arab Republic'] },
    { field: 'country', value: 'Cuba', synonyms: ['CU', 'CUB'] },
    { field: 'country', value: 'Belarus', synonyms: ['BY', 'BLR'] },
    // Lead source: Salesforce's and HubSpot's default picklists to our four warm sources, and the same
    // sources as German, French, Spanish, Portuguese and Dutch CRMs show them (a partner referral is no
    // cold lead because the picklist is in German).
    {
      field: 'leadSource',
      value: 'Referral',
      synonyms: [
        'Referrals',
        'Customer Referral',
        'Employee Referral',
        'External Referral',
        'Word of Mouth',
        'Empfehlung',
        'Kundenempfehlung',
        'Mitarbeiterempfehlung',
        'Recommandation',
        'Parrainage',
        'Recomendación',
        'Referencia',
        'Indicação',
        'Aanbeveling',
        'Doorverwijzing',
      ],
    },
    {
      field: 'leadSource',
      value: 'Partner',
      synonyms: [
        'Partner Referral',
        'Partner Sourced',
        'Channel Partner',
        'Reseller',
        'Partnerempfehlung',
        'Vertriebspartner',
        'Partenaire',
        'Recommandation partenaire',
        'Socio',
        'Parceiro',
      ],
    },
    {
      field: 'leadSource',
      value: 'Webinar',
      synonyms: ['Seminar - Internal', 'Seminar - Partner', 'Webinar Attendee', 'Virtual Event', 'Webinaire', 'Seminario web'],
    },
    {
      field: 'leadSource',
      value: 'Inbound',
      synonyms: [
        'Web',
        'Website',
        'Web Form',
        'Inbound Lead',
        'Demo Request',
        'Contact Us',
        'Phone Inquiry',
        'Organic Search',
        'Direct Traffic',
        'Webseite',
        'Website-Anfrage',
        'Site web',
        'Sitio web',
        'Anfrage',
      ],
    },
    // Deal stages: the questions above name Salesforce's default stages (HubSpot's beside them); other
    // CRMs' default pipelines, and German ones, reach the same questions through these. One synonym, one
    // stage: Dynamics 365's four-stage sales process (Qualify, Develop, Propose, Close) and Odoo's
    // pipeline (New, Qualified, Proposition) are coarser than Salesforce's; Pipedrive's default pipeline
    // is Lead In, Qualified, Contact Made, Demo Scheduled, Proposal Made, Negotiations Started.
    { field: 'stage', value: 'Prospecting', synonyms: ['Lead In', 'New', 'Neu'] },
    {
      field: 'stage',
      value: 'Qualification',
      synonyms: ['Qualified', 'Contact Made', 'Qualify', 'Qualifizierung', 'Qualifiziert'],
    },
    { field: 'stage', value: 'Needs Analysis', synonyms: ['Develop', 'Bedarfsanalyse', 'Analyse des besoins'] },
    { field: 'stage', value: 'Presentation Scheduled', synonyms: ['Demo Scheduled', 'Demo geplant'] },
    { field: 'stage', value: 'Id. Decision Makers', synonyms: ['Identify Decision Makers', 'Entscheider identifizieren'] },
    { field: 'stage', value: 'Proposal/Price Quote', synonyms: ['Proposal Made', 'Propose', 'Proposition', 'Angebot', 'Proposal'] },
    {
      field: 'stage',
      value: 'Negotiation/Review',
      synonyms: ['Negotiations Started', 'Close', 'Negotiation', 'Verhandlung', 'Négociation', 'Negociación'],
    },
  ],
};
