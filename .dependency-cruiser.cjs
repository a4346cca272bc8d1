// The layer rules of ARCHITECTURE.md, checked by `npm test` (scripts/test.mjs runs depcruise).
// A violation is an error: the build of the house, not a suggestion.
/** @type {import('dependency-cruiser').IConfiguration} */
const TESTS = '(\\.test\\.tsx?$|\\.int\\.ts$)';
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'src/shared (schemas, rules, i18n) is used by server and web: it imports neither.',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: TESTS },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'web-not-server',
      comment: 'The web app talks to the server over HTTP only; shapes come from src/shared/schemas.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'db-not-modules',
      comment: 'The database layer (client, schema, migrations) knows no module.',
      severity: 'error',
      from: { path: '^src/server/db/' },
      to: { path: '^src/server/(modules|documents|http)/' },
    },
    {
      name: 'documents-not-web',
      comment: 'Documents render on the server; they import no web code.',
      severity: 'error',
      from: { path: '^src/server/documents/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'documents-read-data-only',
      comment:
        "server/documents lays out and renders: it may read modules' data (data.ts) but never their routes, presenters or mutations.",
      severity: 'error',
      from: { path: '^src/server/documents/', pathNot: TESTS },
      to: { path: '^src/server/modules/', pathNot: '^src/server/modules/[^/]+/[^/]*data\\.ts$' },
    },
    {
      name: 'only-data-and-mutations-touch-the-database',
      comment:
        'In a module, only data.ts / mutations.ts (and *-data.ts / *-mutations.ts) import the database client, the tables or drizzle-orm; a type import of Db is allowed.',
      severity: 'error',
      from: {
        path: '^src/server/modules/',
        pathNot: ['[^/]*(data|mutations)\\.ts$', TESTS],
      },
      to: {
        path: ['^src/server/db/(schema|client|versioned)', '(^|/)node_modules/drizzle-orm/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'routes-export-only-the-plugin',
      comment: "A module's routes files are registered by app.ts; no other module imports them.",
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/server/modules/[^/]+/[^/]*routes\\.ts$', pathNot: '^src/server/modules/$1/' },
    },
    {
      name: 'nobody-imports-app',
      comment: 'app.ts builds the instance; only main.ts, tests and benchmarks import it.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/server/main\\.ts$', TESTS] },
      to: { path: '^src/server/app\\.ts$' },
    },
    {
      name: 'no-circular-server',
      comment: 'No import cycles between server files.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    exclude: { path: '(^|/)dist/' },
  },
};
