// Runs once when the server starts. The pages are prerendered, so without this a half-set hosted
// configuration would only surface on the first revalidation. Imported only in the Node.js runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkContentConfig } = await import('./check-content-config')
    checkContentConfig()
  }
}
