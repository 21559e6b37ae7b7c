import { describeReaderWalk } from './lib/reader-walk';

// The same walk on a BASE_PATH=/news/ build served under /news/: links, assets and deep links.
describeReaderWalk('/news/');
