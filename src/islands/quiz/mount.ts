// The quiz island's code, loaded after the first paint (src/islands/hydrate-after-paint.ts).
import { h, hydrate } from 'preact';
import type { Mount } from '@/islands/hydrate-after-paint';
import Quiz from './Quiz';
import type { QuizProps } from './types';

const mount: Mount = (island, props) => hydrate(h(Quiz, props as QuizProps), island);
export default mount;
