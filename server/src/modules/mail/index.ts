export { mailRoutes } from './mail.routes.ts';
export { renderMail, mailT } from './mail-render.ts';
export { createMailer } from './mailer.ts';
export type { Mailer } from './mailer.ts';
export { createMailService, MAIL_JOB } from './mail.service.ts';
export type { MailService, QueuedMail } from './mail.service.ts';
export { accountMail } from './account-mail.ts';
export type { AccountMailKind } from './account-mail.ts';
