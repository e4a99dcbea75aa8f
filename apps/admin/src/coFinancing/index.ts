/** Co-financing calls and applications (issue 15): custom routes, see App.tsx. */
export { default as CoFinancingCalls } from './CoFinancingCalls';
export { default as CoFinancingCallPage } from './CoFinancingCallPage';
export {
  default as CoFinancingApplicationPage,
  NewCoFinancingApplication,
} from './CoFinancingApplicationPage';
