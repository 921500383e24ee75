import { lines } from './lines.ts';

/** Words that mark a page as an error, a block or a wall rather than an article ("Page not found"). */
export const ERROR_PAGE_PHRASES = lines(`
404
access denied
are you a robot
enable javascript
forbidden
page not found
page cannot be found
page you requested
page you are looking for
page you were looking for
not available in your region
something went wrong
subscribe to continue reading
this page does not exist
this page doesn't exist
we couldn't find
we can't find
`);
