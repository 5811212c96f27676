import type { IncomingMessage } from 'node:http';
import type { Locale, User } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';

declare global {
  namespace App {
    interface Locals {
      user: User | null;
      locale: Locale;
    }
    interface Error {
      status: number;
      message: string;
      /** an API error code, so the error page can explain e.g. a pending account */
      code?: string;
    }
    interface Platform {
      /** adapter-node's Node request, on which Express put the page context */
      req: IncomingMessage & { praxisnetz?: PageContext };
    }
  }
}

export {};
