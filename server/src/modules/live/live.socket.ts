import type { AppSocket } from '../../realtime/io.ts';
import type { UsersService } from '../users/users.service.ts';
import type { LiveService } from './live.service.ts';

/** live:join answers with the room's whole state; live:leave leaves it. */
export function registerLiveSocket(_socket: AppSocket, _deps: { live: LiveService; users: UsersService }): void {}
