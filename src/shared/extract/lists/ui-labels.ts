import { lines } from './lines.ts';

/** Page controls and section labels that stand alone on a line and are never article text ("Sign In", "Close"). */
export const UI_LABELS = new Set(
  lines(`
accept
accept read more
advert
advertisement
back to top
breaking news
close
comments
cookie settings
email
feedback
highlights
home
iklan
load more
log in
menu
more
more stories
my account
next
previous
print
read more
search
share
show more
sign in
sign up
skip to content
sponsored
subscribe
you may also like
`),
);
