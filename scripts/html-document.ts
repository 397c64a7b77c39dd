/** Node-side page loading shared by the extract command, unit tests and the bench: happy-dom, no scripts run. */
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from '../lib/extract/declarative-shadow';

export function parseHtmlDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'playcard-extract' },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  attachDeclarativeShadowRoots(document);
  applySelectedOptions(document);
  return document;
}

/** happy-dom's parser ignores `<option selected>`; browsers honour it (the last one wins in a single select). */
function applySelectedOptions(root: ParentNode): void {
  for (const select of root.querySelectorAll('select')) {
    const options = [...(select as HTMLSelectElement).options];
    const chosen = options.findLastIndex((option) => option.hasAttribute('selected'));
    if (chosen >= 0) (select as HTMLSelectElement).selectedIndex = chosen;
  }
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) applySelectedOptions(element.shadowRoot);
}
