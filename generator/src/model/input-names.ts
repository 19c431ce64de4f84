import { compareParams } from './params.js';
import type { BodyModel, OperationModel, ParameterModel } from './types.js';

/**
 * Flattens an operation's input: path, query, header and cookie parameters and the top-level fields of a
 * JSON object body share one object, so callers write `{ catalog_name, items }`. A parameter whose name is
 * taken (by a body field, by `body` when the body is passed whole, or by an earlier parameter in
 * path → query → header → cookie order) becomes `<in>_<name>`, e.g. `query_id`; body fields never move,
 * because they are the payload the API documents. A wire name in the bracket-array convention
 * (`phone_numbers[]`, sent as `phone_numbers[]=a&phone_numbers[]=b`) is offered as `phone_numbers`; when that
 * name is taken (Braze's subscription lookups take `external_id=…` for one user and `external_id[]=…` for
 * several), it keeps its wire name, `'external_id[]'`, exactly as Braze's docs write the request.
 */
export function assignInputNames(
  params: ParameterModel[],
  body: BodyModel | undefined,
): { params: ParameterModel[]; renames: OperationModel['inputRenames'] } {
  const taken = new Set<string>(body?.kind === 'object' ? body.fields : body ? ['body'] : []);
  const renames: OperationModel['inputRenames'] = [];
  const named = [...params].sort(compareParams).map((p) => {
    const base = p.name.endsWith('[]') && p.name.length > 2 ? p.name.slice(0, -2) : p.name;
    if (!taken.has(base)) {
      taken.add(base);
      if (base !== p.name) renames.push({ from: p.name, to: base, in: p.in });
      return { ...p, inputName: base };
    }
    if (base !== p.name && !taken.has(p.name)) {
      taken.add(p.name);
      return { ...p, inputName: p.name };
    }
    let inputName = `${p.in}_${base}`;
    for (let n = 2; taken.has(inputName); n++) inputName = `${p.in}_${base}${n}`;
    taken.add(inputName);
    renames.push({ from: p.name, to: inputName, in: p.in });
    return { ...p, inputName };
  });
  return { params: named, renames };
}
