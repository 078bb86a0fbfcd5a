import { build, type BuildOptions } from 'esbuild';

/**
 * One entry and everything it imports as a single minified script, in memory: how the build makes the
 * files it writes itself (the SCORM player, the service workers, the offline client).
 */
export async function bundleScript(
  entry: string,
  options: Required<Pick<BuildOptions, 'format'>> & Pick<BuildOptions, 'define'>,
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    ...options,
  });
  return result.outputFiles[0]!.text;
}
