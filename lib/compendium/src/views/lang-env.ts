/**
 * The name of the environment variable that sets the library's default language, in a module of
 * its own: `npm run reproduce` starts the notebooks' warm tslab host with it before it loads the
 * rest of the library (pipeline/cli).
 * @module views/lang-env
 */

/** The environment variable that sets the library's default language (the pipeline sets it for the notebooks' kernels). */
export const LANG_ENV = "BEHOUD_LANG";
