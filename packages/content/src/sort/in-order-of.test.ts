import { inOrderOf } from './in-order-of'

test('puts documents in the order of the ids, each once, without the ids that have none', () => {
  const documents = [{ _id: 'a' }, { _id: 'b' }, { _id: 'c' }]
  expect(inOrderOf(['c', 'finns-inte', 'a', 'c'], documents)).toEqual([{ _id: 'c' }, { _id: 'a' }])
  expect(inOrderOf([], documents)).toEqual([])
})
