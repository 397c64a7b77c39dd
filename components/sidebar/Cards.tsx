import type { CardsModel } from '../../lib/scoring/select';
import { DifferentiatorsCard } from './DifferentiatorsCard';
import { FieldsCard } from './FieldsCard';
import { FitCard } from './FitCard';
import { ProductsCard } from './ProductsCard';
import { QuestionsCard } from './QuestionsCard';

interface CardsProps {
  cards: CardsModel;
  crmName: string;
  onToggleAsked?: (questionId: string, asked: boolean) => void;
  onCopy?: () => void;
  copyStatus?: string;
}

/** The five cards, from plain props: the sidebar and the options-page preview render this. */
export function Cards({ cards, crmName, onToggleAsked, onCopy, copyStatus }: CardsProps) {
  const competitor = cards.record.fields.competitor?.value;
  return (
    <>
      <FitCard fit={cards.fit} />
      <QuestionsCard questions={cards.questions} onToggleAsked={onToggleAsked} onCopy={onCopy} copyStatus={copyStatus} />
      <ProductsCard products={cards.products} />
      <DifferentiatorsCard differentiators={cards.differentiators} competitor={typeof competitor === 'string' ? competitor : undefined} />
      <FieldsCard record={cards.record} crmName={crmName} />
    </>
  );
}
