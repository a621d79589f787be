// Edge security of the API: CORS policy, body-limit answer, login throttling, per-user rate limit.
export * from './client-address';
export * from './cors';
export * from './login-throttle';
export * from './payload-too-large.filter';
export * from './security-errors';
export * from './user-rate-limit';
