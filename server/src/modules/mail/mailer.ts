import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** How a mail leaves: SMTP (nodemailer), or nowhere when no SMTP_URL is set (the outbox keeps it). */
export interface Mailer {
  readonly sends: boolean;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A refusal the SMTP server meant for good (5xx): trying again would only be refused again. */
export function isPermanentFailure(err: unknown): boolean {
  const code = (err as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function createMailer(opts: { smtpUrl?: string; from: string }): Mailer {
  if (!opts.smtpUrl) return { sends: false, send: async () => {}, close: () => {} };
  // A pool keeps the connection (and its TLS and AUTH) open between mails; the URL's own
  // parameters (e.g. ?pool=false) still win.
  const transport = nodemailer.createTransport({ url: opts.smtpUrl, pool: true }, { from: opts.from });
  return {
    sends: true,
    async send(mail) {
      await transport.sendMail({ ...mail, from: opts.from, disableFileAccess: true, disableUrlAccess: true });
    },
    close: () => transport.close(),
  };
}
