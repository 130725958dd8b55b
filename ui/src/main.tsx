import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import '@fontsource-variable/noto-sans/index.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
