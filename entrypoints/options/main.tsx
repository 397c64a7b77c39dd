import { render } from 'preact';
import { z } from 'zod/mini';
import { App } from './App';
import './options.css';

// zod/mini ships without messages; the options page is where people read them.
z.config(z.locales.en());
render(<App />, document.getElementById('app')!);
