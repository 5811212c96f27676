export { calendarFeedRoutes, calendarRoutes } from './calendar.routes.ts';
export { createCalendarService, sessionCalendarFile } from './calendar.service.ts';
export type { CalendarFile } from './calendar.service.ts';
