import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { PageNotFound } from './components/not-found.tsx';
import { startI18n } from './i18n/i18n.ts';
import './styles.css';
import './pages.css';
import './forms.css';
import './records.css';
import './texts.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root element.');
}
await startI18n();
createRoot(root, {
  // "Page not found" is an answer the page boundary shows, not a failure worth a line in the console.
  onCaughtError: (error, info) => {
    if (!(error instanceof PageNotFound)) {
      console.error(error, info.componentStack);
    }
  },
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
