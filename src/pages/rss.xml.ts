import { feedResponse } from '../data/feed';

export const GET = () => feedResponse('nl');
