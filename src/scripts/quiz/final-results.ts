/** What the final assessment shows only once an attempt is submitted; loaded then, not with the page. */
export { showFeedback } from './feedback';
export { buildBreakdown, describeScore } from './breakdown';
export { buildMissingList } from './missing-list';
