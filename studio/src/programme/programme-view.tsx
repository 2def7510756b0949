import { AddIcon, ArrowDownIcon, ArrowUpIcon, DragHandleIcon } from '@sanity/icons'
import { Box, Button, Card, Flex, Spinner, Stack, Text } from '@sanity/ui'
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react'
import { IntentButton, useClient } from 'sanity'
import type { UserViewComponent } from 'sanity/structure'

import { STUDIO_API_VERSION } from '../lib/api-version'
import { SEMINAR_REPORT_FOR_EVENT, TALK_FOR_EVENT } from '../templates'

import {
  moveRow,
  orderPatches,
  PROGRAMME_QUERY,
  programmeRows,
  type ProgrammeRow,
  type TalkVersion,
} from './reorder'

/** What an editor starts from an event, with the event filled in (see src/templates.ts). */
const CREATE_FOR_EVENT = [
  { text: 'Nytt föredrag', type: 'talk', template: TALK_FOR_EVENT },
  { text: 'Ny seminarierapport', type: 'article', template: SEMINAR_REPORT_FOR_EVENT },
]

/**
 * "Program": the event's talks in programme order. Dragging a talk (or its arrow buttons, for the
 * keyboard) writes places 1, 2, 3 … to every version of the talks that moved, in one transaction:
 * the order is a property of the event's programme, so it takes effect at once instead of waiting
 * for each talk to be published.
 */
export const ProgrammeView: UserViewComponent = ({ documentId }) => {
  // Raw: drafts and release versions too, which the views merge by published id.
  const baseClient = useClient({ apiVersion: STUDIO_API_VERSION })
  const client = useMemo(() => baseClient.withConfig({ perspective: 'raw' }), [baseClient])
  const [rows, setRows] = useState<ProgrammeRow[] | undefined>(undefined)
  const [dragged, setDragged] = useState<number | undefined>(undefined)
  const [status, setStatus] = useState<string | undefined>(undefined)

  const load = useCallback(
    () =>
      client
        .fetch<TalkVersion[]>(PROGRAMME_QUERY, { eventId: documentId })
        .then((versions) => setRows(programmeRows(versions)))
        .catch(() => setStatus('Kunde inte hämta programmet. Ladda om sidan och försök igen.')),
    [client, documentId],
  )

  // load() and move() catch their own failures and show them; nothing is left to await.
  useEffect(() => {
    void load()
    const subscription = client
      .listen(PROGRAMME_QUERY, { eventId: documentId }, { visibility: 'query', includeResult: false })
      .subscribe({ next: () => void load() })
    return () => subscription.unsubscribe()
  }, [client, documentId, load])

  const move = async (from: number, to: number) => {
    if (!rows || from === to) return
    const reordered = moveRow(rows, from, to)
    setRows(reordered)
    const transaction = client.transaction()
    for (const { documentId: id, order } of orderPatches(reordered)) transaction.patch(id, { set: { order } })
    try {
      await transaction.commit()
      setStatus('Ordningen är sparad.')
    } catch {
      setStatus('Ordningen kunde inte sparas. Försök igen.')
      await load()
    }
  }

  const onDrop = (target: number) => (event: DragEvent) => {
    event.preventDefault()
    if (dragged !== undefined) void move(dragged, target)
    setDragged(undefined)
  }

  return (
    <Stack space={4} padding={4}>
      <Flex gap={2} wrap="wrap">
        {CREATE_FOR_EVENT.map(({ text, type, template }) => (
          <IntentButton
            key={template}
            icon={AddIcon}
            text={text}
            mode={type === 'talk' ? 'default' : 'ghost'}
            intent="create"
            params={[{ type, template }, { eventId: documentId }]}
          />
        ))}
      </Flex>
      <Text size={1} muted>
        Dra föredragen i den ordning de hålls. Den nya ordningen sparas direkt.
      </Text>
      {status && (
        <Text size={1} role="status">
          {status}
        </Text>
      )}
      {!rows && (
        <Flex justify="center">
          <Spinner muted />
        </Flex>
      )}
      {rows?.length === 0 && <Text muted>Evenemanget har inga föredrag ännu.</Text>}
      {rows?.map((row, index) => (
        <Card
          key={row.id}
          padding={2}
          radius={2}
          border
          tone={dragged === index ? 'primary' : 'default'}
          draggable
          onDragStart={() => setDragged(index)}
          onDragEnd={() => setDragged(undefined)}
          onDragOver={(event: DragEvent) => event.preventDefault()}
          onDrop={onDrop(index)}
        >
          <Flex align="center" gap={2}>
            <Text muted>
              <DragHandleIcon />
            </Text>
            <Box flex={1}>
              <Text>
                {index + 1}. {row.title}
              </Text>
            </Box>
            <Button
              icon={ArrowUpIcon}
              mode="bleed"
              aria-label={`Flytta upp ${row.title}`}
              disabled={index === 0}
              onClick={() => void move(index, index - 1)}
            />
            <Button
              icon={ArrowDownIcon}
              mode="bleed"
              aria-label={`Flytta ned ${row.title}`}
              disabled={index === rows.length - 1}
              onClick={() => void move(index, index + 1)}
            />
          </Flex>
        </Card>
      ))}
    </Stack>
  )
}
