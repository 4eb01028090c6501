import type { APIContext } from 'astro';
import { feedResponse } from '@/data/feed';
import { localeStaticPaths } from '@/data/static-paths';
import { localeOfPath } from '@/i18n';

export const getStaticPaths = localeStaticPaths;

export const GET = ({ url }: APIContext) => feedResponse(localeOfPath(url.pathname));
