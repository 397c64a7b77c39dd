import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface CardProps {
  /** The sidebar contract's `data-card` value. */
  name: string;
  title: string;
  /** Short text beside the title (a count, a score). */
  summary?: ComponentChildren;
  /** The summary in words ("3 questions"), for screen readers and as its tooltip. */
  summaryLabel?: string;
  attributes?: Record<string, string>;
  children: ComponentChildren;
  defaultOpen?: boolean;
}

/** A collapsible card: the heading is a button, so keyboard users can fold it too. */
export function Card({ name, title, summary, summaryLabel, attributes, children, defaultOpen = true }: CardProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = `pc-card-${name}`;
  return (
    <section class="pc-card" data-card={name} aria-label={title} {...attributes}>
      <h2 class="pc-card__heading">
        <button type="button" class="pc-card__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span class="pc-card__chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span class="pc-card__title">{title}</span>
          {summary !== undefined && (
            <span class="pc-card__summary" title={summaryLabel} aria-hidden={summaryLabel ? 'true' : undefined}>
              {summary}
            </span>
          )}
          {summary !== undefined && summaryLabel && <span class="pc-visually-hidden"> {summaryLabel}</span>}
        </button>
      </h2>
      <div class="pc-card__body" id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
