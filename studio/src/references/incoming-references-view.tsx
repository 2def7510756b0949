import { Box, Card, Flex, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useMemo, useState } from 'react'
import { Preview, useClient, useSchema } from 'sanity'
import { IntentLink } from 'sanity/router'
import type { UserViewComponent } from 'sanity/structure'

import { STUDIO_API_VERSION } from '../lib/api-version'

import {
  groupReferences,
  INCOMING_REFERENCES_QUERY,
  NO_REFERENCES_TEXT,
  type ReferenceGroup,
  type ReferringDocument,
} from './incoming-references'

/**
 * "Används i": the talks, articles, events (and other documents) that refer to this speaker or
 * organisation, so an editor sees what a change of name or role will touch. Kept current by
 * listening to the same query.
 */
export const IncomingReferencesView: UserViewComponent = ({ documentId }) => {
  // Raw: drafts and release versions too, which the views merge by published id.
  const baseClient = useClient({ apiVersion: STUDIO_API_VERSION })
  const client = useMemo(() => baseClient.withConfig({ perspective: 'raw' }), [baseClient])
  const schema = useSchema()
  const [groups, setGroups] = useState<ReferenceGroup[] | undefined>(undefined)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const params = { id: documentId }
    const load = () =>
      client
        .fetch<ReferringDocument[]>(INCOMING_REFERENCES_QUERY, params)
        .then((documents) => setGroups(groupReferences(documents)))
        .catch(() => setFailed(true))
    // load() catches its own failure and shows it; nothing is left to await.
    void load()
    const subscription = client
      .listen(INCOMING_REFERENCES_QUERY, params, { visibility: 'query', includeResult: false })
      .subscribe({ next: () => void load(), error: () => setFailed(true) })
    return () => subscription.unsubscribe()
  }, [client, documentId])

  if (failed) return <Message text="Kunde inte hämta vad som hänvisar hit. Ladda om sidan och försök igen." />
  if (!groups) {
    return (
      <Flex padding={4} justify="center">
        <Spinner muted />
      </Flex>
    )
  }
  if (groups.length === 0) return <Message text={NO_REFERENCES_TEXT} />

  return (
    <Stack space={5} padding={4}>
      {groups.map((group) => {
        const schemaType = schema.get(group.type)
        return (
          <Stack key={group.type} space={2}>
            <Text size={1} weight="semibold">
              {group.title} ({group.ids.length})
            </Text>
            {group.ids.map((id) => (
              <Card key={id} as={IntentLink} intent="edit" params={{ id, type: group.type }} radius={2}>
                {schemaType ? (
                  <Preview schemaType={schemaType} value={{ _id: id, _type: group.type }} layout="default" />
                ) : (
                  <Box padding={2}>
                    <Text>{id}</Text>
                  </Box>
                )}
              </Card>
            ))}
          </Stack>
        )
      })}
    </Stack>
  )
}

function Message({ text }: { text: string }) {
  return (
    <Box padding={4}>
      <Text muted>{text}</Text>
    </Box>
  )
}
