// The generator moved to the server, whose `tansiq demo load --scale wtdc` loads the data bench:compile measures.
export { mulberry32 } from '@tansiq/server';
