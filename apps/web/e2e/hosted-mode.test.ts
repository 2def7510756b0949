import { hostedSiteForTests } from './hosted/hosted-site'
import { outageTests } from './hosted/outage-tests'
import { presentationTests } from './hosted/presentation-tests'
import { previewTests } from './hosted/preview-tests'
import { publishActionTests } from './hosted/publish-action-tests'
import { recordingTests } from './hosted/recording-tests'
import { webhookTests } from './hosted/webhook-tests'

/**
 * The site in hosted mode, as deployed (hosted/hosted-site.ts): one build, shared by every test here (a
 * second would cost a minute), so the tests run in this order and build on each other. The webhook
 * tests publish Göran Nyström's bio, the preview tests draft Kjell Johansson, the publish actions add a
 * seminar of their own and take it away again, the recording test gives a talk a recording and takes
 * it away again, and the outage comes last: it stops the Content Lake.
 */
const site = hostedSiteForTests()

webhookTests(site)
previewTests(site)
presentationTests(site)
publishActionTests(site)
recordingTests(site)
outageTests(site)
