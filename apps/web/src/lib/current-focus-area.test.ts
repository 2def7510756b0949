import { currentFocusArea, periodYears } from './current-focus-area'

const industry = { title: 'Bergslagens industri', period: '2022–2023' }
const skills = { title: 'Kompetensförsörjning', period: '2024-2025' }
const transport = { title: 'Transporter', period: '2027' }

test('periods are read with en dash, hyphen or a single year', () => {
  expect(periodYears('2022–2023')).toEqual({ from: 2022, to: 2023 })
  expect(periodYears('2024-2025')).toEqual({ from: 2024, to: 2025 })
  expect(periodYears('2027')).toEqual({ from: 2027, to: 2027 })
  expect(periodYears('tills vidare')).toBeNull()
})

test('the area whose period covers the year is current', () => {
  expect(currentFocusArea([industry, skills], 2023)).toEqual({ area: industry, current: true })
  expect(currentFocusArea([industry, skills], 2024)).toEqual({ area: skills, current: true })
})

test('without a current area the most recent past or future one is shown as not current', () => {
  expect(currentFocusArea([skills, industry], 2026)).toEqual({ area: skills, current: false })
  expect(currentFocusArea([industry, transport], 2026)).toEqual({ area: transport, current: false })
  expect(currentFocusArea([], 2026)).toBeNull()
})
