/*
 * Prints the demo logins as JSON for `npm start`'s banner (a file, so the @duban/* paths resolve): the
 * hand-picked accounts one per line, the generated township heads of 睢县 summarised in one line.
 */
import { DEMO_PASSWORD, demoLoginLines } from '@duban/domain';

console.log(JSON.stringify({ DEMO_USERS: demoLoginLines(), DEMO_PASSWORD }));
