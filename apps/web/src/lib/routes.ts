// The site's paths and links, built in the content package from its content types (site-paths.ts),
// which the Studio's Presentation tool reads too.
export {
  articleKindFromSegment,
  articleKindSegments,
  hrefFor,
  routes,
  type PageTarget,
} from '@bergslaget/content/site-paths'
