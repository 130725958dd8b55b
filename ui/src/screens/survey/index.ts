// The satisfaction survey's screens: one chunk, loaded when the coach opens the survey, so
// that handing the laptop over waits for nothing.
export { SurveyHandover } from './SurveyHandover';
export { SurveyStart } from './SurveyStart';
