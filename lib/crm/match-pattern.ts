/** WebExtension match patterns ("https://*.example.com/*") as tests on URLs. */
export function matchPatternToRegExp(pattern: string): RegExp {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):\/\//;
  const match = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostPart = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const schemePart = scheme === '*' ? 'https?' : scheme;
  return new RegExp(`^${schemePart}://${hostPart}(?::\\d+)?${escape(path).replace(/\*/g, '.*')}$`);
}

export function matchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchPatternToRegExp(pattern).test(url));
}
