// The screens of the Werkgevers area, loaded together as one chunk (shell/lazyScreens.ts).
export { Candidates } from './Candidates';
export { EmployerPage } from './EmployerPage';
export { Employers } from './Employers';
