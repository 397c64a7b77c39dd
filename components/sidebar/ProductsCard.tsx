import type { SelectedProduct } from '../../lib/scoring/select';
import { Card } from '../ui/Card';

const PRIORITY_TEXT = { push: 'Push', standard: 'Standard', 'loss-leader': 'Door opener' } as const;

export function ProductsCard({ products }: { products: SelectedProduct[] }) {
  return (
    <Card name="products" title="Lead with" summary={products.length ? String(products.length) : undefined}>
      {products.length === 0 ? (
        <p class="pc-muted">No product in the playbook fits this record.</p>
      ) : (
        <ul class="pc-list">
          {products.map(({ product, fit }) => (
            <li key={product.id} class="pc-product" data-product={product.id} data-priority={product.priority}>
              <div class="pc-product__head">
                <strong>{product.name}</strong>
                <span class={`pc-chip pc-chip--${product.priority}`}>{PRIORITY_TEXT[product.priority]}</span>
                {fit === 'maybe' && <span class="pc-chip pc-chip--maybe" title="Depends on fields the page does not show">if it fits</span>}
              </div>
              <p>{product.pitch}</p>
              {product.priority === 'loss-leader' && (
                <p class="pc-note">{product.note ?? 'Use it to open the door. Never discount it further.'}</p>
              )}
              {product.priority !== 'loss-leader' && product.note && <p class="pc-note">{product.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
