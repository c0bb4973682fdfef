// Each journey class starts its own app and browser. On a 2-core CI machine two of them at once (plus
// PostgreSQL and the apps' background workers) starved a Blazor circuit long enough for a 30 s navigation
// wait to run out; one journey at a time keeps every step's timing far from its timeout.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
