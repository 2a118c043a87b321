import '@fontsource-variable/inter';
import './app/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { HostProvider } from './host/HostContext';
import { detectHost } from './host/detectHost';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <HostProvider host={detectHost()}>
        <App />
      </HostProvider>
    </ErrorBoundary>
  </StrictMode>,
);
