import { render } from 'preact';
import { t, uiLanguage } from '../../lib/i18n';
import '../../components/sidebar/sidebar.css';
import './panel.css';
import { App } from './App';

// The page says it is English (index.html); it speaks the browser's UI language.
document.documentElement.lang = uiLanguage();
document.title = t('panel_title');
render(<App />, document.getElementById('app')!);
