import { render } from 'preact';
import { t, uiLanguage } from '../../lib/i18n';
import { App } from './App';
import './options.css';

// index.html cannot call t(): its <title> and lang are the English fallback until this runs.
document.title = t('options_pageTitle');
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
