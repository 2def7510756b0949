interface Membership {
  /** The association's own figure for all its members; null when not recorded. */
  memberCount: number | null
  /** The members that are in the register, each a municipality or a region. */
  members: readonly { kind: string }[]
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "14 kommuner och 3 regioner"; other kinds (the Studio allows only these two) as "andra medlemmar". */
function byKind(members: Membership['members']): string {
  const municipalities = members.filter((member) => member.kind === 'municipality').length
  const regions = members.filter((member) => member.kind === 'region').length
  const others = members.length - municipalities - regions
  const parts = [
    municipalities > 0 && count(municipalities, 'kommun', 'kommuner'),
    regions > 0 && count(regions, 'region', 'regioner'),
    others > 0 && count(others, 'annan medlem', 'andra medlemmar'),
  ].filter((part): part is string => Boolean(part))
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}` : (parts[0] ?? '')
}

/**
 * What the members list shows, honestly: when the register holds only some of the members, say so
 * with both figures, taken from the content (nothing here knows how many members there are).
 */
export function describeMembership({ memberCount, members }: Membership): string {
  const listed = members.length
  if (listed === 0) {
    return memberCount
      ? `Föreningen har ${count(memberCount, 'medlem', 'medlemmar')}. Medlemslistan är inte publicerad ännu.`
      : 'Medlemslistan är inte publicerad ännu.'
  }
  const kinds = byKind(members)
  if (memberCount === null || memberCount <= listed) {
    return `Föreningen har ${count(listed, 'medlem', 'medlemmar')}: ${kinds}.`
  }
  return (
    `Föreningen har ${count(memberCount, 'medlem', 'medlemmar')}. ` +
    `Här visas ${listed === 1 ? 'den' : `de ${listed}`} som finns i vårt register: ${kinds}.`
  )
}
