// The workshop participant's island code, loaded after the first paint (src/islands/hydrate-after-paint.ts).
import { h, hydrate } from 'preact';
import type { Mount } from '@/islands/hydrate-after-paint';
import Participant from './Participant';
import type { ParticipantProps } from './types';

const mount: Mount = (island, props) => hydrate(h(Participant, props as ParticipantProps), island);
export default mount;
