/** Helpers for options-page messages that hold elements (a `<code>`, a `<strong>`) or a date. */
import { Fragment, type ComponentChildren } from 'preact';
import { t, uiLanguage, type MessageKey } from '../../lib/i18n';

// A private-use character cannot come from a translation, so it marks where each element goes.
const MARK = '\uE000';

/** The message with its substitutions as elements: `richText('key', <code>{url}</code>)` fills `$1` with the element. */
export function richText(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren {
  const text = t(key, ...parts.map((_, index) => `${MARK}${index}${MARK}`));
  return text
    .split(new RegExp(`${MARK}(\\d+)${MARK}`))
    .map((piece, index) => <Fragment key={index}>{index % 2 === 1 ? parts[Number(piece)] : piece}</Fragment>);
}

/** A stored ISO time as date and time in the UI language. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(uiLanguage());
}
