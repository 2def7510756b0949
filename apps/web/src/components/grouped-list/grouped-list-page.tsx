import { GroupedList, type GroupedListProps } from './grouped-list'

interface GroupedListPageProps<T> extends Omit<GroupedListProps<T>, 'headingLevel'> {
  title: string
  lead: string
  /** What the page says when nothing is published. */
  empty: string
}

/** A section's list page that is the grouped list alone (speakers, organisations): its groups are h2s. */
export function GroupedListPage<T>({ title, lead, empty, ...list }: GroupedListPageProps<T>) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      {list.grouped.list.total === 0 ? <p>{empty}</p> : <GroupedList {...list} headingLevel={2} />}
    </div>
  )
}
