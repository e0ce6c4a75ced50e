/**
 * The path a request to `astro dev` asked for, base included. Astro's own middleware runs before
 * those of integrations and plugins and takes the base off request.url, so under a base such as
 * /handbook/ only Connect's originalUrl still says what was asked.
 */
import type { Connect } from 'vite';

export const requestPath = (request: Connect.IncomingMessage): string => new URL(request.originalUrl ?? request.url ?? '/', 'http://dev').pathname;
