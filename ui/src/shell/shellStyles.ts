// The CSS that only the unlocked app uses, loaded with the shell's chunk so that the lock
// screens do not parse it: the Utrecht components that the lock screens do not show, in the
// order of the Utrecht bundle (../main.tsx has the others), then the Werkpad layout of the
// shell (./shell.css) after them.
//
// A lazy chunk's CSS always comes after the first chunk's, so these files now come after
// some that they used to precede. That changes nothing as long as no element matches a rule
// here and one there with the same specificity for the same property; it held for every
// element of the app's screens and tests (computed styles identical, compare-screens.mjs
// --styles). Not so for the checkbox CSS (the form field CSS must come after it on the same
// <input>), so that stays in ../main.tsx. Showing one of these components on a lock screen?
// Move its import back to ../main.tsx.
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/heading-4-css/dist/index.css';
import '@utrecht/link-button-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import './shell.css';
