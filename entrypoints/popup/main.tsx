import { render } from 'preact';
import { uiLanguage } from '../../lib/i18n';
import { App } from './App';
import './popup.css';

// The page says it is English (index.html); it speaks the browser's UI language.
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
