import type { Locale, User } from '@praxisnetz/shared';

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
  }
}

export {};
