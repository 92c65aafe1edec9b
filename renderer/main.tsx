// First: configures zod before any schema module runs (see the file for why).
import './platform/disableZodJit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { installDefaultTrustedTypesPolicy } from './platform/installDefaultTrustedTypesPolicy';

installDefaultTrustedTypesPolicy();

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
