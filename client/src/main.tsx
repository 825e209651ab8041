// Entry point: zod's CSP-safe mode, the interface language, fonts, styles, React Query and the app.
import './lib/zod-config.ts';
import './i18n/i18n.ts';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles/base.css';
import './styles/workbench.css';
import './styles/panel.css';
import './styles/timeline.css';
import './styles/phone.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app.tsx';
import { queryClient } from './lib/query-client.ts';

const root = document.getElementById('root');
if (!root) throw new Error('main: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* While a language's catalogues load (French or Arabic, one chunk), nothing is shown rather than English. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </QueryClientProvider>
  </StrictMode>,
);
