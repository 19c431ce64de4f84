/**
 * The package emitter: everything in the output folder that makes `generated/` a publishable npm package
 * besides the sources other emitters write — `package.json`, the build configs and script, `README.md`,
 * `LICENSE` and the bundled spec `openapi.json`.
 */
import type { ApiModel } from '../../model/types.js';
import type { EmitContext, Emitter, GeneratedFile } from '../types.js';
import { emitBuildFiles } from './build-files.js';
import { renderMitLicense } from './license.js';
import { DEFAULT_PACKAGE_OPTIONS, renderManifest, type PackageOptions } from './manifest.js';
import { renderReadme } from './readme.js';
import { README_TEMPLATE } from './readme-template.js';
import { buildReadmeView } from './readme-view.js';

export { DEFAULT_PACKAGE_OPTIONS, ENTRY_POINTS, type PackageOptions } from './manifest.js';
export { toSemver } from './version.js';

/** What `createPackageEmitter` needs: package settings and the README template text. */
export interface PackageEmitterInput {
  options: PackageOptions;
  readmeTemplate: string;
}

/** The bundled spec, in the document's own key order, two-space JSON with a final newline. */
function renderOpenApiJson(model: ApiModel): string {
  return `${JSON.stringify(model.document, null, 2)}\n`;
}

/** An emitter with explicit settings and template: a pure function of the model. */
export function createPackageEmitter(input: PackageEmitterInput): Emitter {
  return (model: ApiModel, ctx: EmitContext): GeneratedFile[] => [
    { path: 'package.json', contents: renderManifest(model, ctx, input.options) },
    ...emitBuildFiles(),
    { path: 'README.md', contents: renderReadme(input.readmeTemplate, buildReadmeView(model, input.options)) },
    { path: 'LICENSE', contents: renderMitLicense(input.options.copyrightYear, input.options.author) },
    { path: 'openapi.json', contents: renderOpenApiJson(model) },
  ];
}

/** The package emitter with the Braze defaults and the template from `templates/package/README.md.hbs`. */
export const emitPackage: Emitter = (model, ctx) =>
  createPackageEmitter({ options: DEFAULT_PACKAGE_OPTIONS, readmeTemplate: README_TEMPLATE })(model, ctx);
