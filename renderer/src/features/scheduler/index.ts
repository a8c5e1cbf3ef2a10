export { InAppNotifications } from './InAppNotifications';
export { SchedulerSettings } from './SchedulerSettings';
export { SchedulerStatusLine } from './SchedulerStatusLine';
export { startScheduler } from './schedulerStore';
