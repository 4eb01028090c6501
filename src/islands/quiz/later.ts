/** The screens loaded after the first paint (see useLazy): one chunk, fetched once. */
export { Comparisons } from './Comparisons';
export { Expectations } from './Expectations';
export { Result } from './Result';
export { EarlierResults } from './EarlierResults';
