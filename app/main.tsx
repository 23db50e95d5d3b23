// First: start the training worker, so its code loads while React renders.
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerOfflineWhenIdle } from './offline';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// Builds only: the dev server has no service worker.
if (import.meta.env.PROD) registerOfflineWhenIdle();
