import { useMemo } from 'preact/hooks';
import type { CardsModel } from '../../lib/scoring/select';
import { summarise } from '../../lib/scoring/summary';
import { DifferentiatorsCard } from './DifferentiatorsCard';
import { FieldsCard } from './FieldsCard';
import { FitCard } from './FitCard';
import { ProductsCard } from './ProductsCard';
import { QuestionsCard } from './QuestionsCard';
import { SummaryCard } from './SummaryCard';

interface CardsProps {
  cards: CardsModel;
  crmName: string;
  onToggleAsked?: (questionId: string, asked: boolean) => void;
  onCopy?: () => void;
  copyStatus?: string;
}

/** The summary, then the five cards, from plain props: the sidebar and the options-page preview render this. */
export function Cards({ cards, crmName, onToggleAsked, onCopy, copyStatus }: CardsProps) {
  const competitor = cards.record.fields.competitor?.value;
  const summary = useMemo(() => summarise(cards), [cards]);
  return (
    <>
      <SummaryCard fit={cards.fit} summary={summary} />
      <QuestionsCard questions={cards.questions} limit={cards.questionLimit} onToggleAsked={onToggleAsked} onCopy={onCopy} copyStatus={copyStatus} />
      <FitCard fit={cards.fit} otherCurrency={cards.otherCurrency} />
      <ProductsCard products={cards.products} />
      <DifferentiatorsCard differentiators={cards.differentiators} competitor={typeof competitor === 'string' ? competitor : undefined} />
      <FieldsCard record={cards.record} crmName={crmName} otherCurrency={cards.otherCurrency} />
    </>
  );
}
