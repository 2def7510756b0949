import type { UrlRule } from 'sanity'

/** Schemes a link may use; anything else (javascript:, data:, vbscript: …) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']
/** Schemes for fields that must point at a web page (websites, registration). */
export const WEB_SCHEMES = ['http', 'https']

export function linkUrlRule(rule: UrlRule): UrlRule {
  return rule
    .uri({ scheme: LINK_SCHEMES })
    .error('Ange en fullständig adress som börjar med https://, http://, mailto: eller tel:.')
}

export function webUrlRule(rule: UrlRule): UrlRule {
  return rule
    .uri({ scheme: WEB_SCHEMES })
    .error('Ange en fullständig webbadress som börjar med https:// eller http://.')
}
