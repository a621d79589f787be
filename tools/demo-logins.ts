/* Prints the demo logins as JSON for `npm start`'s banner (a file, so the @duban/* paths resolve). */
import { DEMO_PASSWORD, DEMO_USERS } from '@duban/domain';

console.log(JSON.stringify({ DEMO_USERS, DEMO_PASSWORD }));
