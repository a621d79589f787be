/** Injection token for the validated AppConfig (provided globally by CoreModule). */
export const CONFIG = Symbol('AppConfig');
