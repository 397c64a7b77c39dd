import { formatNumber, t, tn, type MessageKey } from '../../lib/i18n';
import type { ProductPriority } from '../../lib/playbook/schema';
import type { SelectedProduct } from '../../lib/scoring/select';
import { Card } from '../ui/Card';

const PRIORITY_TEXT: Record<ProductPriority, MessageKey> = {
  push: 'sidebar_priority_push',
  standard: 'sidebar_priority_standard',
  'loss-leader': 'sidebar_priority_lossLeader',
};

export function ProductsCard({ products }: { products: SelectedProduct[] }) {
  return (
    <Card
      name="products"
      title={t('sidebar_productsTitle')}
      summary={products.length ? formatNumber(products.length) : undefined}
      summaryLabel={tn('sidebar_productCount', products.length)}
    >
      {products.length === 0 ? (
        <p class="pc-muted">{t('sidebar_noProducts')}</p>
      ) : (
        <ul class="pc-list">
          {products.map(({ product, fit }) => (
            <li key={product.id} class="pc-product" data-product={product.id} data-priority={product.priority}>
              <div class="pc-product__head">
                <strong>{product.name}</strong>
                <span class={`pc-chip pc-chip--${product.priority}`}>{t(PRIORITY_TEXT[product.priority])}</span>
                {fit === 'maybe' && (
                  <span class="pc-chip pc-chip--maybe" title={t('sidebar_maybeFitsHint')}>
                    {t('sidebar_maybeFits')}
                  </span>
                )}
              </div>
              <p>{product.pitch}</p>
              {product.priority === 'loss-leader' && <p class="pc-note">{product.note ?? t('sidebar_lossLeaderNote')}</p>}
              {product.priority !== 'loss-leader' && product.note && <p class="pc-note">{product.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
