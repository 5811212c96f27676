import type { Locale, Role } from '@praxisnetz/shared';

export interface DemoCity {
  slug: string;
  name: string;
  state: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  council: string;
  latitude: number;
  longitude: number;
}

export interface DemoCategory {
  slug: string;
  name: { de: string; en: string; fr: string };
  description: { de: string; en: string; fr: string };
}

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  citySlug: string;
  role: Role;
  status: 'active' | 'pending';
  bio: string;
  locale: Locale;
}

export interface DemoReply {
  authorKey: string;
  hoursAfter: number;
  body: string;
}

export interface DemoThread {
  categorySlug: string;
  authorKey: string;
  daysAgo: number;
  title: string;
  body: string;
  replies: DemoReply[];
}

