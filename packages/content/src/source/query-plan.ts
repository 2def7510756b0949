import type { DereferenceFunction, ExprNode } from 'groq-js'

import type { DatasetIndex, Match } from './dataset-index'
import type { SanityDocument } from './load-dataset'

// groq-js answers `*[filter]` by testing the filter on every document of the dataset, and a page's
// query holds several such filters, some of them once per item of a list: at 20,000 documents a
// speaker's page took most of a second. The planner rewrites a parsed query so that each `*[filter]`
// starts from the documents its filter can match, found in the dataset's indexes (dataset-index.ts):
// one type's documents for `_type == "talk"`, the documents whose slug is `$slug` for
// `slug.current == $slug`, those whose `speakers[].speaker._ref` holds the speaker's id for
// `^._id in speakers[].speaker._ref`, those referencing it for `references(^._id)`. The filter itself
// is kept and still tested on each of them, so an index only has to be a superset in dataset order, and
// the query answers exactly what groq-js answers without the plan (query-plan.test.ts holds the two
// side by side on every read of the site).
//
// A lookup whose key is known only while the query runs (`$slug`, the `^._id` of the item being
// projected) cannot be a plain value in the tree. groq-js has no hook for it but one: the `dereference`
// callback of `->`. So the key is moved out of the filter into a reference, `{"_ref": marker + key}->`,
// which the planner's own `dereference` answers with the documents found. Sanity document ids cannot
// hold the NUL character the marker starts with, so no real reference is mistaken for one. A key that
// is not a string (a null `$slug`) makes no reference, and `coalesce` falls back to the whole type.

/** A node of groq-js's tree, or one of the parts of one (an object's attribute, a select's branch). */
interface Node {
  type: string
  [field: string]: unknown
}

/** The one cast between the two: every node the planner makes or copies is one of groq-js's. */
const asExpr = (node: Node) => node as unknown as ExprNode

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'

/** How a child's scope relates to its parent's in groq-js's evaluator (the `Scope` class there). */
type ScopeChange = 'same' | 'nested' | 'hidden'

function scopeChange(parent: Node, field: string): ScopeChange {
  if (field === 'expr' && (parent.type === 'Filter' || parent.type === 'Projection')) return 'nested'
  if (field === 'expr' && (parent.type === 'Map' || parent.type === 'FlatMap')) return 'hidden'
  // order() and score() evaluate their arguments once per member, in a scope of its own.
  if (field === 'args' && parent.type === 'PipeFuncCall') return 'nested'
  return 'same'
}

/** A copy of `node` with each child node replaced by `visit`'s answer; undefined if one answers that. */
function mapChildren(node: Node, visit: (child: Node, change: ScopeChange) => Node | undefined) {
  // A value node holds data, not nodes: `{"type": "x"}` in a query is an object, not a node.
  if (node.type === 'Value') return node
  let failed = false
  const map = (value: unknown, change: ScopeChange): unknown => {
    if (Array.isArray(value)) return value.map((member) => map(member, change))
    if (!isNode(value)) return value
    const mapped = visit(value, change)
    if (!mapped) failed = true
    return mapped
  }
  const copy = Object.fromEntries(
    Object.entries(node).map(([field, value]) => [field, map(value, scopeChange(node, field))]),
  ) as Node
  return failed ? undefined : copy
}

/**
 * The nodes an expression that moves may hold. Anything else (order(), now(), a function not named
 * here) keeps the filter as groq-js wrote it.
 */
const movable = new Set([
  ...['Value', 'Parameter', 'Everything', 'Parent', 'This', 'AccessAttribute', 'AccessElement', 'Slice'],
  ...['Deref', 'Map', 'FlatMap', 'Filter', 'Projection', 'ArrayCoerce', 'Group', 'And', 'Or', 'Not'],
  ...['OpCall', 'FuncCall', 'Object', 'ObjectAttributeValue', 'ObjectSplat', 'Array', 'ArrayElement'],
])
const movableFunctions = new Set(['defined', 'count', 'coalesce', 'lower', 'upper', 'string', 'references'])

/** Whether a node reads the value of the scope it is evaluated in (`references()` reads `@`). */
const readsThis = (node: Node) =>
  node.type === 'This' ||
  (node.type === 'AccessAttribute' && node.base === undefined) ||
  (node.type === 'FuncCall' && node.name === 'references')

/**
 * `node` moved out of the scope of the filter's document: into the filter's own scope ('key'), or to a
 * document of its own, for an index ('document'). `depth` counts the scopes between the node and the
 * filter's document, `hidden` says whether the innermost is one of groq-js's hidden scopes (a `[]`
 * map's), whose inner scopes skip it as their parent. Undefined when the node cannot move: a key that
 * reads the filter's document, or an index expression that reads anything else.
 */
function moved(node: Node, to: 'key' | 'document', depth = 0, hidden = false): Node | undefined {
  if (!movable.has(node.type)) return undefined
  if (node.type === 'FuncCall' && (node.namespace !== 'global' || !movableFunctions.has(node.name as string)))
    return undefined
  if (to === 'key' && depth === 0 && readsThis(node)) return undefined
  if (to === 'document' && (node.type === 'Parameter' || node.type === 'Everything')) return undefined
  if (node.type === 'Parent') {
    const n = node.n as number
    if (to === 'document') return n <= depth ? node : undefined
    if (n < depth) return node
    if (n === depth) return undefined
    return n === 1 ? { type: 'This' } : { type: 'Parent', n: n - 1 }
  }
  return mapChildren(node, (child, change) => {
    if (change === 'same') return moved(child, to, depth, hidden)
    return moved(child, to, hidden ? depth : depth + 1, change === 'hidden')
  })
}

/** What one condition of a filter can be looked up by. */
type Lookup =
  | { kind: 'type' }
  // 'within': the document's value is one of the key's (`_id in $ids`).
  | { kind: 'value'; match: Exclude<Match, 'text'> | 'within'; expression: ExprNode }
  | { kind: 'references' }

/** Lookups whose documents together hold every document the condition admits, for one key. */
interface Candidates {
  lookups: Lookup[]
  /** The key, moved into the filter's scope. */
  key: Node
}

const isTypeLookup = ({ lookups }: Candidates) => lookups.every((lookup) => lookup.kind === 'type')

const isTypeField = (node: Node) => node.type === 'AccessAttribute' && node.name === '_type' && !node.base

const unwrap = (node: Node): Node => (node.type === 'Group' ? unwrap(node.base as Node) : node)

function conditions(expression: Node): Node[] {
  const node = unwrap(expression)
  return node.type === 'And' ? [...conditions(node.left as Node), ...conditions(node.right as Node)] : [node]
}

function candidatesOf(condition: Node): Candidates | undefined {
  const node = unwrap(condition)
  if (node.type === 'OpCall' && node.op === '==') {
    for (const [field, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as [Node, Node][]) {
      const key = moved(other, 'key')
      if (!key) continue
      if (isTypeField(field)) return { lookups: [{ kind: 'type' }], key }
      const expression = moved(field, 'document')
      if (expression)
        return { lookups: [{ kind: 'value', match: 'equals', expression: asExpr(expression) }], key }
    }
  }
  if (node.type === 'OpCall' && node.op === 'in') {
    const key = moved(node.left as Node, 'key')
    const expression = moved(node.right as Node, 'document')
    if (key && expression)
      return { lookups: [{ kind: 'value', match: 'holds', expression: asExpr(expression) }], key }
    const list = moved(node.right as Node, 'key')
    const member = moved(node.left as Node, 'document')
    if (list && member)
      return { lookups: [{ kind: 'value', match: 'within', expression: asExpr(member) }], key: list }
  }
  if (node.type === 'FuncCall' && node.name === 'references' && (node.args as Node[]).length === 1) {
    const key = moved((node.args as Node[])[0] as Node, 'key')
    if (key) return { lookups: [{ kind: 'references' }], key }
  }
  if (node.type === 'Or') {
    const left = candidatesOf(node.left as Node)
    const right = candidatesOf(node.right as Node)
    if (left && right && JSON.stringify(left.key) === JSON.stringify(right.key))
      return { lookups: [...left.lookups, ...right.lookups], key: left.key }
  }
  return undefined
}

/** Joins the ids a `references()` key names; a Sanity id holds no NUL. */
const separator = '\u0000'
const marker = `${separator}planned-lookup${separator}`

const value = (data: unknown): Node => ({ type: 'Value', value: data })
const call = (name: string, args: Node[], namespace = 'global'): Node => ({
  type: 'FuncCall',
  namespace,
  name,
  args,
})
const plus = (left: Node, right: Node): Node => ({ type: 'OpCall', op: '+', left, right })

/** Whether a lookup takes a list of keys (the ids `references()` names, the values `in` lists). */
const takesList = (lookup: Lookup) =>
  lookup.kind === 'references' || (lookup.kind === 'value' && lookup.match === 'within')

/** The key as one string: `s` and the key for a string, `a` and the members joined for an array. */
function keyText({ lookups, key }: Candidates): Node {
  if (!lookups.some(takesList)) return plus(value('s'), key)
  return call('coalesce', [
    plus(value('s'), key),
    plus(value('a'), call('join', [key, value(separator)], 'array')),
  ])
}

function keysOfText(text: string): string[] {
  const kind = text[0]
  const rest = text.slice(1)
  return kind === 'a' ? rest.split(separator) : [rest]
}

/** The planner for one dataset: plans queries, and answers the lookups of the plans it made. */
export interface QueryPlanner {
  plan(tree: ExprNode): ExprNode
  /**
   * groq-js's `dereference`: a document by id, or the documents of a planned lookup. The latter are an
   * array, which groq-js passes on as it would a document, though its type declares only documents.
   */
  dereference: DereferenceFunction
}

export function createQueryPlanner(index: DatasetIndex): QueryPlanner {
  const planned: { candidates: Candidates; type: string | undefined }[] = []

  function find({ lookups }: Candidates, type: string | undefined, text: string): SanityDocument[] {
    const list = text.startsWith('a')
    const keys = keysOfText(text)
    const [key = ''] = keys
    return index.union(
      lookups.map((lookup) => {
        if (lookup.kind === 'references') return index.referencing(type, keys)
        // A list where one value is compared (`slug.current == ["a"]`), or the reverse, matches nothing.
        if (list !== takesList(lookup)) return []
        if (lookup.kind === 'type') return type === undefined || key === type ? index.ofType(key) : []
        if (lookup.match !== 'within') return index.withValue(type, lookup.match, lookup.expression, key)
        // By text: a number in the list is looked up as array::join wrote it, and tested again after.
        return index.union(keys.map((member) => index.withValue(type, 'text', lookup.expression, member)))
      }),
    )
  }

  /** The documents a filter starts from, or its `*` when nothing narrows it. */
  function filterBase(expression: Node, hidden: boolean): Node {
    const all = conditions(expression)
    const typed = all.find(
      (node) => node.type === 'OpCall' && node.op === '==' && isTypeField(node.left as Node),
    )
    const typeValue =
      typed && (typed.right as Node).type === 'Value' ? (typed.right as Node).value : undefined
    const type = typeof typeValue === 'string' ? typeValue : undefined
    const whole = type === undefined ? { type: 'Everything' } : value(index.ofType(type))
    // A type is the least selective lookup: any other goes first.
    const found = all
      .flatMap((condition) => {
        const candidates = condition === typed && type !== undefined ? undefined : candidatesOf(condition)
        return candidates ? [candidates] : []
      })
      .sort((a, b) => Number(isTypeLookup(a)) - Number(isTypeLookup(b)))
    // A string known now is looked up now; any other value (a number, null) is not in the indexes. A
    // key known only while the query runs moves to the filter's scope, which in a hidden scope is not
    // where `^` would lead: those filters keep the whole type.
    const isString = ({ key }: Candidates) => key.type === 'Value' && typeof key.value === 'string'
    const candidates =
      found.find(isString) ?? (hidden ? undefined : found.find(({ key }) => key.type !== 'Value'))
    if (!candidates) return whole
    if (candidates.key.type === 'Value') return value(find(candidates, type, `s${candidates.key.value}`))
    const id = planned.push({ candidates, type }) - 1
    const reference: Node = {
      type: 'Object',
      attributes: [
        {
          type: 'ObjectAttributeValue',
          name: '_ref',
          value: plus(value(`${marker}${id}${separator}`), rewrite(keyText(candidates), false)),
        },
      ],
    }
    return call('coalesce', [{ type: 'Deref', base: reference }, whole])
  }

  // The filter's conditions are read as written; the filters they hold and a key that moved (itself a
  // query, maybe) are planned in their own places.
  function rewrite(node: Node, hidden: boolean): Node {
    if (node.type === 'Filter' && (node.base as Node).type === 'Everything')
      return { ...node, base: filterBase(node.expr as Node, hidden), expr: rewrite(node.expr as Node, false) }
    return mapChildren(node, (child, change) =>
      rewrite(child, change === 'same' ? hidden : change === 'hidden'),
    ) as Node
  }

  return {
    plan: (tree) => asExpr(rewrite(tree as unknown as Node, false)),
    dereference: ({ _ref }) => {
      if (!_ref.startsWith(marker)) return index.byId.get(_ref)
      const rest = _ref.slice(marker.length)
      const end = rest.indexOf(separator)
      const lookup = planned[Number(rest.slice(0, end))]
      const documents = lookup ? find(lookup.candidates, lookup.type, rest.slice(end + 1)) : null
      return documents as unknown as ReturnType<DereferenceFunction>
    },
  }
}
