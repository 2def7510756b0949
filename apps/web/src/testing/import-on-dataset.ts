/**
 * A module as loaded on a site serving `datasetFile` (the bundled dataset when undefined): the
 * content package reads CONTENT_DATASET_FILE when it is first imported.
 */
export async function importOnDataset<Module>(
  datasetFile: string | undefined,
  load: () => Promise<Module>,
): Promise<Module> {
  const saved = process.env.CONTENT_DATASET_FILE
  if (datasetFile === undefined) delete process.env.CONTENT_DATASET_FILE
  else process.env.CONTENT_DATASET_FILE = datasetFile
  try {
    let loaded: Module | undefined
    await jest.isolateModulesAsync(async () => {
      loaded = await load()
    })
    return loaded as Module
  } finally {
    if (saved === undefined) delete process.env.CONTENT_DATASET_FILE
    else process.env.CONTENT_DATASET_FILE = saved
  }
}
