/** A call plan as text the rep pastes into the CRM's call log. Only playbook text and the fit, no field values beyond the company name. */
import type { CardsModel } from './scoring/select';

export type CallPlanFormat = 'text' | 'markdown';

export function formatCallPlan(cards: CardsModel, format: CallPlanFormat = 'text'): string {
  const md = format === 'markdown';
  const heading = (text: string) => (md ? `### ${text}` : text.toUpperCase());
  const bullet = (text: string) => (md ? `- ${text}` : `• ${text}`);
  const company = cards.record.fields.company?.value;
  const { fit } = cards;
  const lines: string[] = [];
  lines.push(md ? `## Call plan${company ? `: ${company}` : ''}` : `Call plan${company ? `: ${company}` : ''}`);
  lines.push(`Fit: ${fit.score ?? '–'}/100, tier ${fit.tier}${fit.disqualifiedBy ? ` (${fit.disqualifiedBy.label})` : ''}`);
  lines.push('', heading('Ask'));
  cards.questions.filter((q) => !q.asked).slice(0, 8).forEach((q) => lines.push(md ? `- [ ] ${q.question.text}` : bullet(q.question.text)));
  if (cards.products.length) {
    lines.push('', heading('Lead with'));
    cards.products.forEach(({ product }) =>
      lines.push(bullet(`${product.name} (${product.priority})${product.priority === 'loss-leader' ? ': do not discount' : ''}`)),
    );
  }
  if (cards.differentiators.length) {
    lines.push('', heading('Why us'));
    cards.differentiators.slice(0, 5).forEach(({ differentiator }) => lines.push(bullet(`${differentiator.title}: ${differentiator.detail}`)));
  }
  return lines.join('\n') + '\n';
}
