/** Set by build.mjs: true only in the test build (`node build.mjs --test`). */
declare const __NEWSMARK_TEST__: boolean;
