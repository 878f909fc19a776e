/**
 * Time slicing: the Scheduler every long piece of work yields through, and the step builders it runs.
 */
export { Scheduler } from './scheduler.js';
export { runSync, type Steps } from './steps.js';
