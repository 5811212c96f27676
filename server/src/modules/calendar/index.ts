export { calendarFeedRoutes, calendarRoutes } from './calendar.routes.ts';
export { createCalendarService } from './calendar.service.ts';
