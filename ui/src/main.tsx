// First, so its clock reads when the app's code begins to run (startupMarks.script).
import './startupMarks';
import '@utrecht/design-tokens/dist/index.css';
// The CSS of the Utrecht components the app uses, not the whole library bundle
// (@utrecht/component-library-css/dist/index.css, ~100 components: 546 → 305 kB of CSS).
// These packages are the ones that bundle is made of, at the versions it pins (it is the
// dependency in package.json that installs them), imported in the bundle's order so the
// cascade is unchanged (scripts/compare-screens.mjs --styles: same pixels and computed
// styles, with hover, focus and active too). Using another Utrecht component? Add its CSS
// package here, in the same order as in that bundle. The components that only the unlocked
// app shows load with the shell's chunk instead (shell/shellStyles.ts, which says which may
// move there); the checkbox CSS stays here, as the form field CSS must come after it.
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/custom-checkbox-css/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@fontsource-variable/noto-sans/index.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStatus } from './api/contract.gen';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  // Asked before React starts, so the answer travels while the first render runs.
  const firstStatus = appStatus();
  createRoot(root).render(
    <StrictMode>
      <App firstStatus={firstStatus} />
    </StrictMode>,
  );
}
