export { formatDate, formatMonthYear, formatWeekdayDate } from './format-date'
export { formatEventDate } from './format-event-date'
export { formatPublished, type Published } from './format-published'
export { formatTime } from './format-time'
