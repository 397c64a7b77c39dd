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
  return document;
}
