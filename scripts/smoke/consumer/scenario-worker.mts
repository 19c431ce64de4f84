// The scenario as a Worker, for workerd: any request runs it and answers the same JSON as the command.
import { runScenario } from './scenario.mjs';

/** workerd's bindings (text bindings in the generated config). */
interface Env {
  BASE_URL: string;
  API_KEY: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    try {
      return Response.json({ result: await runScenario(env.BASE_URL, env.API_KEY) });
    } catch (e) {
      return Response.json({ error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  },
};
